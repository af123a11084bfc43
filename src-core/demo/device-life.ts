// A device's timeline against the reference date: bought, enrolled, last seen, last updated,
// and the compliance state the MDM derives from it.

import { addDays, daysBetween, earlierOf, laterOf } from './dates';
import { appleOsState } from './os-apple';
import { androidOsState } from './os-android';
import { windowsOsState } from './os-windows';
import type { DeviceModel } from './models';
import type { OsState } from './os-state';
import type { Random } from './random';
import type { ComplianceState } from '../model/device';
import type { IsoDate } from '../model/ids';

const YEAR = 365;

/** Fleets renew over three to four years; a tail of six-year-old devices remains. */
export function purchaseDate(random: Random, referenceDate: IsoDate): IsoDate {
  const ageYears = random.weighted([
    [0, 24],
    [1, 23],
    [2, 20],
    [3, 16],
    [4, 11],
    [5, 6],
  ]);

  return addDays(referenceDate, -random.int(ageYears * YEAR + 1, (ageYears + 1) * YEAR));
}

/** The client moved to its current MDM about 2.6 years before the audit and re-enrolled all. */
export function mdmMigrationDate(referenceDate: IsoDate): IsoDate {
  return addDays(referenceDate, -950);
}

/** Enrolled within days of purchase, or during the migration campaign for older devices. */
export function enrolmentDate(random: Random, boughtOn: IsoDate, referenceDate: IsoDate): IsoDate {
  const migration = mdmMigrationDate(referenceDate);
  const enrolled =
    boughtOn < migration
      ? addDays(migration, random.int(0, 75))
      : addDays(boughtOn, random.int(0, 10));

  return earlierOf(enrolled, referenceDate);
}

/** Devices that can turn ghost: enrolled long enough ago to have gone silent for 90 days. */
export function canGoSilent(enrolledAt: IsoDate, referenceDate: IsoDate): boolean {
  return daysBetween(enrolledAt, referenceDate) >= 120;
}

/** Last check-in: within days for a live device, 90 days or more for a ghost. */
export function lastCheckIn(
  random: Random,
  enrolledAt: IsoDate,
  referenceDate: IsoDate,
  ghost: boolean,
): IsoDate {
  if (ghost) {
    const longest = Math.min(420, daysBetween(enrolledAt, referenceDate) - 10);
    return addDays(referenceDate, -random.int(90, Math.max(90, longest)));
  }

  const daysAgo = random.weighted<[number, number]>([
    [[0, 0], 45],
    [[1, 1], 25],
    [[2, 6], 20],
    [[7, 30], 8],
    [[31, 89], 2],
  ]);
  return laterOf(enrolledAt, addDays(referenceDate, -random.int(...daysAgo)));
}

/** When the device last took updates: most keep up, some lag months, a few years. */
export function lastUpdate(random: Random, seen: IsoDate, referenceDate: IsoDate): IsoDate {
  const lag = random.weighted<[number, number]>([
    [[0, 30], 64],
    [[31, 120], 26],
    [[121, 400], 7],
    [[401, 900], 3],
  ]);

  return earlierOf(seen, addDays(referenceDate, -random.int(...lag)));
}

export interface OsChoice {
  /** iOS devices held back on an older major by policy or by their user. */
  appleMajorCap?: number;
  /** Windows generation and newest feature update the laptop's ring allows. */
  windows?: 10 | 11;
  windowsNewestBuild?: number;
}

/** The version and patch level a device reports after its last update. */
export function osState(model: DeviceModel, updatedOn: IsoDate, choice: OsChoice): OsState {
  if (model.platform === 'windows') {
    return windowsOsState(choice.windows ?? 11, choice.windowsNewestBuild ?? 99999, updatedOn);
  }

  if (model.platform === 'android') return androidOsState(model, updatedOn);

  const highest = Math.min(model.lastOs, choice.appleMajorCap ?? model.lastOs);
  return appleOsState(model.firstOs, highest, updatedOn);
}

/** Compliance as the MDM reports it: silence and stale patches are what break it. */
export function complianceState(
  random: Random,
  ghost: boolean,
  securityPatch: IsoDate,
  referenceDate: IsoDate,
): ComplianceState {
  // The MDM marks a device noncompliant once it has not checked in for its validity period.
  if (ghost) return random.chance(0.85) ? 'noncompliant' : 'compliant';

  const patchAge = daysBetween(securityPatch, referenceDate);
  const [noncompliant, grace] = patchAge > YEAR ? [30, 5] : patchAge > 180 ? [10, 4] : [1, 1];
  return random.weighted([
    ['noncompliant', noncompliant],
    ['grace', grace],
    ['compliant', 100 - noncompliant - grace],
  ]);
}
