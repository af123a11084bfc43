// Reconciliation of devices, lines and people: pure, run wherever the rows are.

export { reconcile, linkDevicesToLines } from './reconcile';
export { mergeDevices } from './merge-devices';
export type { DeviceImport } from './merge-devices';
export type { DeviceLineLink, DuplicateGroup, Reconciliation, ReconcileOptions } from './reconcile';
export { findPeople } from './people';
export type { Person } from './people';
export { emailKey, imeiKey, nameKey, phoneKey, serialKey } from './keys';
