// A wave's progress read from a newer MDM export instead of typed from the console: each
// device of the wave is looked up in the export by serial, IMEI or key, and counts as enrolled
// only when the MDM manages it and it checked in lately, because an export keeps devices that
// were wiped or lost long after they stopped talking to the MDM.
import type { Device } from '@core/model/device';

import { daysBetween } from './fields';
import type { Wave, WaveEntry } from './waves';

/** A device silent for longer than this before the export's date no longer counts as enrolled. */
export const STALE_AFTER_DAYS = 30;

export type MissingReason = 'absent' | 'unmanaged' | 'stale';

export interface MissingDevice {
  device: Device;
  reason: MissingReason;
}

export interface WaveReading {
  /** The day the export reflects: its latest check-in; null when it records none. */
  exportDate: string | null;
  /** Devices of the wave found enrolled in the export. */
  found: Device[];
  /** Devices of the wave not enrolled, with why. */
  missing: MissingDevice[];
}

// Exports write serials with spaces or dashes and lower case; IMEIs with spaces.
const plain = (value: string | null) => (value ?? '').toUpperCase().replace(/[\s.\-_/]/g, '');

/** The identifiers a device can be recognised by, tagged so a serial never matches an IMEI. */
export function deviceIdentifiers(device: Device): string[] {
  const ids: string[] = [];
  const serial = plain(device.serial);
  const imei = (device.imei ?? '').replace(/\D/g, '');
  const key = plain(device.key);

  if (serial) ids.push(`serial:${serial}`);
  if (imei) ids.push(`imei:${imei}`);
  if (key) ids.push(`key:${key}`);
  return ids;
}

/** The latest check-in among the exported devices, as an ISO day. */
export function exportDate(exported: readonly Device[]): string | null {
  let latest: string | null = null;
  for (const device of exported) {
    const day = device.lastCheckIn?.slice(0, 10) ?? null;
    if (day && (latest === null || day > latest)) latest = day;
  }
  return latest;
}

function standing(device: Device, asOf: string | null): MissingReason | null {
  if (!device.managed) return 'unmanaged';

  const checkIn = device.lastCheckIn?.slice(0, 10);
  if (checkIn && asOf && daysBetween(checkIn, asOf) > STALE_AFTER_DAYS) return 'stale';
  return null;
}

/** Which devices of the wave the export shows enrolled, and why the others are not. */
export function readWaveProgress(
  waveDevices: readonly Device[],
  exported: readonly Device[],
): WaveReading {
  const asOf = exportDate(exported);

  // A device exported twice (re-enrolled) is enrolled when any of its rows is.
  const best = new Map<string, MissingReason | null>();
  for (const device of exported) {
    const state = standing(device, asOf);
    for (const id of deviceIdentifiers(device)) {
      const known = best.get(id);
      if (known === undefined || (known !== null && state === null)) best.set(id, state);
    }
  }

  const reading: WaveReading = { exportDate: asOf, found: [], missing: [] };
  for (const device of waveDevices) {
    const states = deviceIdentifiers(device).flatMap((id) => {
      const state = best.get(id);
      return state === undefined ? [] : [state];
    });
    if (states.includes(null)) reading.found.push(device);
    else reading.missing.push({ device, reason: states[0] ?? 'absent' });
  }
  return reading;
}

/**
 * The progress entry a reading makes on `date`: entries count devices enrolled since the
 * previous one, so the devices already recorded up to that day are taken off.
 */
export function readingEntry(wave: Wave, found: number, date: string, id: string): WaveEntry {
  const recorded = wave.entries
    .filter((entry) => entry.date <= date)
    .reduce((total, entry) => total + entry.enrolled, 0);

  return {
    id,
    date,
    enrolled: Math.max(0, found - recorded),
    failed: 0,
    incidents: 0,
    satisfaction: null,
  };
}
