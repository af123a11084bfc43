import type { Device } from '@core/model/device';
import { dayNumber, isoDayNumber } from '@core/reference/dates';

// A device's age as the age KPIs read it: from its purchase date, else its enrolment date, to
// the reference date; a date after the reference date is an input error and gives no age.

const DAYS_PER_MONTH = 365.25 / 12;

/** Age in months of a dated device at the reference date; null without a usable date. */
export function ageInMonths(device: Device, referenceDate: string): number | null {
  let date = device.purchaseDate;
  let day = isoDayNumber(date);
  if (day === null) {
    date = device.enrolledAt;
    day = isoDayNumber(date);
  }
  if (day === null || (date ?? '') > referenceDate) return null;
  return (dayNumber(referenceDate) - day) / DAYS_PER_MONTH;
}

/** Devices grouped by kind (smartphone, tablet...), kinds in alphabetical order. */
export function byDeviceKind(devices: readonly Device[]): [string, Device[]][] {
  const groups = new Map<string, Device[]>();
  for (const device of devices) {
    const group = groups.get(device.kind);
    if (group) group.push(device);
    else groups.set(device.kind, [device]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}
