// Links the three sources of a fleet audit (MDM inventory, operator lines, people) and lists
// what does not match: the findings the consultant brings to the client.
import type { Device } from '@core/model/device';
import type { FieldConflict } from '@core/model/device-origin';
import type { Line } from '@core/model/line';

import { imeiKey, phoneKey, serialKey } from './keys';
import { findPeople } from './people';
import type { Person } from './people';

/** A device and a line found to go together, and by which key. */
export interface DeviceLineLink {
  deviceKey: string;
  lineNumber: string;
  by: 'phone' | 'imei';
}

/** Devices sharing an IMEI or a serial number that should be unique. */
export interface DuplicateGroup {
  by: 'imei' | 'serial';
  value: string;
  devices: Device[];
}

export interface Reconciliation {
  links: DeviceLineLink[];
  /** Lines still billed (not terminated) that no device carries. */
  linesWithoutDevice: Line[];
  /** Phones (smartphones, or any device the MDM reports an IMEI or number for) with no line. */
  devicesWithoutLine: Device[];
  /** Devices whose last check-in is more than `ghostDays` before the reference date. */
  ghostDevices: Device[];
  /** Devices with no check-in for more than `staleDays` before the reference date. */
  staleDevices: Device[];
  /** In an inventory that is not an MDM's (the asset register), seen by no MDM export. */
  registerOnly: Device[];
  /** Seen by an MDM, listed in no other inventory (only when another one was imported). */
  mdmOnly: Device[];
  /** Fields two inventories gave different values for, one entry per device and field. */
  conflicts: (FieldConflict & { device: Device })[];
  duplicates: DuplicateGroup[];
  people: Person[];
  usersWithSeveralLines: Person[];
}

export interface ReconcileOptions {
  /** The engagement's reference date, `YYYY-MM-DD`: findings are as of that day. */
  referenceDate: string;
  /** @default 90 */
  ghostDays?: number;
  /** @default 30 */
  staleDays?: number;
}

const DAY_MS = 86_400_000;

/** Reconciles devices, lines and people as of the reference date. */
export function reconcile(
  devices: readonly Device[],
  lines: readonly Line[],
  options: ReconcileOptions,
): Reconciliation {
  const links = linkDevicesToLines(devices, lines);
  const linkedDevices = new Set(links.map((link) => link.deviceKey));
  const linkedLines = new Set(links.map((link) => link.lineNumber));
  const people = findPeople(devices, lines);

  return {
    links,
    linesWithoutDevice: lines.filter(
      (line) => line.status !== 'terminated' && !linkedLines.has(line.number),
    ),
    devicesWithoutLine: devices.filter(
      (device) => expectsLine(device) && !linkedDevices.has(device.key),
    ),
    ghostDevices: notSeenSince(devices, options.referenceDate, options.ghostDays ?? 90),
    staleDevices: notSeenSince(devices, options.referenceDate, options.staleDays ?? 30),
    ...bySource(devices),
    conflicts: devices.flatMap((device) =>
      (device.origin?.conflicts ?? []).map((conflict) => ({ ...conflict, device })),
    ),
    duplicates: [...duplicatesBy(devices, 'imei'), ...duplicatesBy(devices, 'serial')],
    people,
    usersWithSeveralLines: people.filter((person) => person.lineNumbers.length > 1),
  };
}

/** Links by phone number first, then by IMEI; one link per device and line pair. */
export function linkDevicesToLines(
  devices: readonly Device[],
  lines: readonly Line[],
): DeviceLineLink[] {
  const byPhone = indexLines(lines, (line) => phoneKey(line.number));
  const byImei = indexLines(lines, (line) => imeiKey(line.imei));
  const links: DeviceLineLink[] = [];
  const seen = new Set<string>();

  const add = (device: Device, found: Line[] | undefined, by: DeviceLineLink['by']): void => {
    for (const line of found ?? []) {
      const id = `${device.key}\u0000${line.number}`;
      if (seen.has(id)) continue;
      seen.add(id);
      links.push({ deviceKey: device.key, lineNumber: line.number, by });
    }
  };

  for (const device of devices) {
    const phone = phoneKey(device.phoneNumber);
    const imei = imeiKey(device.imei);
    if (phone) add(device, byPhone.get(phone), 'phone');
    if (imei) add(device, byImei.get(imei), 'imei');
  }

  return links;
}

function indexLines(lines: readonly Line[], keyOf: (line: Line) => string | null) {
  const index = new Map<string, Line[]>();
  for (const line of lines) {
    const key = keyOf(line);
    if (key) index.set(key, [...(index.get(key) ?? []), line]);
  }
  return index;
}

// Which inventory listed a device is known once inventories are merged (its `origin`); rows
// straight out of one file say nothing about the others.
function bySource(devices: readonly Device[]): Pick<Reconciliation, 'registerOnly' | 'mdmOnly'> {
  const sources = (device: Device) => device.origin?.sources ?? [];
  const seenByMdm = (device: Device) => sources(device).some((source) => source.managed);
  const inRegister = (device: Device) => sources(device).some((source) => !source.managed);

  // Without an MDM export every device would be "seen by no MDM": say nothing instead.
  const anyMdm = devices.some(seenByMdm);
  const anyRegister = devices.some(inRegister);
  return {
    registerOnly: anyMdm && anyRegister ? devices.filter((device) => !seenByMdm(device)) : [],
    mdmOnly: anyMdm && anyRegister ? devices.filter((device) => !inRegister(device)) : [],
  };
}

// Laptops and desktops rarely carry a SIM; a phone, or anything reporting a number, should.
function expectsLine(device: Device): boolean {
  if (device.kind === 'laptop' || device.kind === 'desktop') return false;
  return device.kind === 'smartphone' || phoneKey(device.phoneNumber) !== null || !!device.imei;
}

function notSeenSince(devices: readonly Device[], referenceDate: string, days: number): Device[] {
  const reference = Date.parse(`${referenceDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(reference)) return [];
  const limit = reference - days * DAY_MS;

  return devices.filter((device) => {
    if (!device.lastCheckIn) return false;
    const seen = Date.parse(`${device.lastCheckIn.slice(0, 10)}T00:00:00Z`);
    return !Number.isNaN(seen) && seen < limit;
  });
}

function duplicatesBy(devices: readonly Device[], by: DuplicateGroup['by']): DuplicateGroup[] {
  const groups = new Map<string, Device[]>();
  for (const device of devices) {
    const key = by === 'imei' ? imeiKey(device.imei) : serialKey(device.serial);
    if (key) groups.set(key, [...(groups.get(key) ?? []), device]);
  }

  return [...groups]
    .filter(([, members]) => members.length > 1)
    .map(([value, members]) => ({ by, value, devices: members }));
}
