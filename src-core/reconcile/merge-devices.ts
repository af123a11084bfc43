// Merges the device rows of several inventories (MDM exports, the client's asset register) into
// one device per physical device: matched by serial, then IMEI, then the MDM's own id (then the
// row's key, which is one of those), because
// recent iPhones often reach an MDM export with no IMEI and registers often lack the MDM's id.
// Each field remembers which import gave it; two imports disagreeing on a field is a conflict
// the consultant sees (the later import's value is kept, as for every other merge).
import type { Device } from '@core/model/device';
import type { DeviceOrigin, FieldConflict } from '@core/model/device-origin';

import { imeiKey, phoneKey, serialKey } from './keys';

/** One inventory's rows, in the order the imports were made. */
export interface DeviceImport {
  importId: string;
  rows: readonly Device[];
}

type Field = Exclude<keyof Device, 'key' | 'managed' | 'origin'>;
type Merged = Device & { origin: DeviceOrigin };

/** Merges inventories into one device list; each device's `origin` says which import gave what. */
export function mergeDevices(imports: readonly DeviceImport[]): Device[] {
  const merged: Merged[] = [];
  const index = { serial: new Map<string, Merged>(), imei: new Map<string, Merged>() };
  const byMdmId = new Map<string, Merged>();
  const byKey = new Map<string, Merged>();

  const remember = (device: Merged) => {
    const serial = serialKey(device.serial);
    const imei = imeiKey(device.imei);
    if (serial && !index.serial.has(serial)) index.serial.set(serial, device);
    if (imei && !index.imei.has(imei)) index.imei.set(imei, device);
    if (device.mdmId && !byMdmId.has(device.mdmId)) byMdmId.set(device.mdmId, device);
    if (!byKey.has(device.key)) byKey.set(device.key, device);
  };

  for (const { importId, rows } of imports) {
    // An import is an MDM's export when most of its rows are managed devices; a register may
    // flag a few devices as managed, an MDM export may list a few it has lost.
    const fromMdm = rows.filter((row) => row.managed).length * 2 > rows.length;

    for (const row of rows) {
      const serial = serialKey(row.serial);
      const imei = imeiKey(row.imei);
      const found =
        (serial ? index.serial.get(serial) : undefined) ??
        compatible(row, imei ? index.imei.get(imei) : undefined) ??
        compatible(row, row.mdmId ? byMdmId.get(row.mdmId) : undefined) ??
        compatible(row, byKey.get(row.key));

      const device = found ?? start(row, importId, fromMdm);
      if (found) absorb(found, row, importId, fromMdm);
      else merged.push(device);
      remember(device);
    }
  }

  return merged;
}

// Two different serials (or IMEIs) are two devices, whatever else they share: such a pair is
// a duplicate for the reconciliation to list, not one device.
function compatible(row: Device, candidate: Merged | undefined): Merged | undefined {
  if (!candidate) return undefined;
  const serials = [serialKey(row.serial), serialKey(candidate.serial)];
  const imeis = [imeiKey(row.imei), imeiKey(candidate.imei)];
  const differ = ([a, b]: (string | null)[]) => a !== null && b !== null && a !== b;
  return differ(serials) || differ(imeis) ? undefined : candidate;
}

function start(row: Device, importId: string, fromMdm: boolean): Merged {
  const fields: DeviceOrigin['fields'] = {};
  for (const field of fieldsOf(row)) {
    if (hasValue(row[field])) fields[field] = importId;
  }
  const origin = { sources: [{ importId, managed: fromMdm }], fields, conflicts: [] };
  return { ...row, origin };
}

// A later row fills what is missing and replaces what differs; a difference between two
// imports is recorded, a repeat within the same import (a re-export's duplicate) is not.
function absorb(device: Merged, row: Device, importId: string, fromMdm: boolean): void {
  const { origin } = device;
  origin.sources.push({ importId, managed: fromMdm });
  device.managed = device.managed || row.managed;

  for (const field of fieldsOf(row)) {
    const value = row[field];
    if (!hasValue(value)) continue;

    const current = device[field];
    const from = origin.fields[field];
    if (
      hasValue(current) &&
      !same(field, current, value) &&
      from !== undefined &&
      from !== importId
    ) {
      recordConflict(origin, field, { importId: from, value: current }, { importId, value });
    }
    (device as Record<Field, unknown>)[field] = value;
    origin.fields[field] = importId;
  }
}

function recordConflict(
  origin: DeviceOrigin,
  field: Field,
  earlier: FieldConflict['values'][number],
  later: FieldConflict['values'][number],
): void {
  const known = origin.conflicts.find((conflict) => conflict.field === field);
  if (known) known.values.push(later);
  else origin.conflicts.push({ field, values: [earlier, later] });
}

function fieldsOf(row: Device): Field[] {
  return (Object.keys(row) as (keyof Device)[]).filter(
    (field): field is Field => field !== 'key' && field !== 'managed' && field !== 'origin',
  );
}

// 'unknown' and 'other' are what the importer writes when a source says nothing.
function hasValue(value: unknown): value is string | number | boolean {
  if (value === null || value === undefined || value === '') return false;
  return value !== 'unknown' && value !== 'other';
}

// Identifiers are compared the way they are matched: one IMEI written with spaces is the same.
const IDENTIFIER_KEYS: Partial<Record<Field, (value: string | null) => string | null>> = {
  imei: imeiKey,
  serial: serialKey,
  phoneNumber: phoneKey,
};

function same(field: Field, a: unknown, b: unknown): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return a === b;

  const key = IDENTIFIER_KEYS[field];
  if (key && key(a) !== null) return key(a) === key(b);
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
