// The keys that put a device in a bar of the overview, shared by the counting and by the
// search for the rows behind a bar, so that both always agree.
import type { Device } from '@core/model/device';
import { isoDayNumber } from '@core/reference/dates';
import { findCycle } from '@core/reference/os-lookup';
import type { OsCatalogue, OsTrack } from '@core/reference/os-catalogue';

const DAYS_PER_YEAR = 365.25;

/** Age bands in whole years; the last one holds every older device. */
export const AGE_BANDS = [0, 1, 2, 3, 4, 5] as const;

/** The device's OS release: the catalogue's name for it, else only its platform. */
export interface OsRelease {
  key: string;
  label: string | null;
}

/** Finds OS releases, each combination of platform and version looked up once. */
export function osReleaseFinder(
  catalogue: OsCatalogue | null,
  windowsTrack: OsTrack,
): (device: Device) => OsRelease {
  const found = new Map<string, OsRelease>();

  return (device) => {
    const asked = `${device.platform}\u0000${device.osVersion ?? ''}`;
    let release = found.get(asked);
    if (!release) {
      const cycle = catalogue
        ? findCycle(catalogue, device.platform, device.osVersion, { windowsTrack })
        : null;
      // Windows cycles carry their servicing track, "(W)" or "(E)": one track is shown at once.
      const label = cycle ? cycle.label.replace(/\s*\([A-Z]\)$/, '') : null;
      release = { key: `${device.platform}:${label ?? ''}`, label };
      found.set(asked, release);
    }
    return release;
  };
}

/** Maker and model as one name; '' when neither is known. */
export function modelKey({ manufacturer, model }: Device): string {
  return manufacturer && model ? `${manufacturer} ${model}` : manufacturer || model || '';
}

/**
 * The lower bound of the device's age band at the reference date, from its purchase date, else
 * its enrolment date; null when it has neither on or before that date. `today` is the
 * reference date's day number.
 */
export function ageBandOf(device: Device, referenceDate: string, today: number): number | null {
  let date = device.purchaseDate;
  let day = isoDayNumber(date);
  if (day === null) {
    date = device.enrolledAt;
    day = isoDayNumber(date);
  }
  if (day === null || (date as string) > referenceDate) return null;

  const years = Math.floor((today - day) / DAYS_PER_YEAR);
  return Math.min(years, AGE_BANDS[AGE_BANDS.length - 1]);
}
