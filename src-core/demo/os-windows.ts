// Windows feature updates and their monthly cumulative updates. The build revision grows each
// Patch Tuesday, so version and patch date move together as in a real Intune export.

import {
  addDays,
  addMonths,
  dayNumber,
  earlierOf,
  fromDayNumber,
  monthOf,
  monthsBetween,
} from './dates';
import type { OsState } from './os-state';
import type { IsoDate, YearMonth } from '../model/ids';

interface FeatureUpdate {
  windows: 10 | 11;
  build: number;
  released: IsoDate;
  /** A month whose cumulative update revision is known, and the monthly growth after it. */
  baseMonth: YearMonth;
  baseRevision: number;
  monthlyStep: number;
  /** Last month of patches for enterprise editions, when it has passed or is announced. */
  lastMonth: YearMonth | null;
}

const FEATURE_UPDATES: readonly FeatureUpdate[] = [
  featureUpdate(10, 19044, '2021-11-16', ['2021-12', 1415, 110], '2024-06'),
  featureUpdate(10, 19045, '2022-10-18', ['2022-11', 2251, 120], '2025-10'),
  featureUpdate(11, 22621, '2022-09-20', ['2022-10', 674, 140], '2025-10'),
  featureUpdate(11, 22631, '2023-10-31', ['2023-11', 2715, 145], '2026-11'),
  featureUpdate(11, 26100, '2024-10-01', ['2024-10', 2033, 405], null),
  // 25H2 shares 24H2's servicing branch, hence the same revisions.
  featureUpdate(11, 26200, '2025-09-30', ['2024-10', 2033, 405], null),
];

function featureUpdate(
  windows: 10 | 11,
  build: number,
  released: IsoDate,
  [baseMonth, baseRevision, monthlyStep]: [YearMonth, number, number],
  lastMonth: YearMonth | null,
): FeatureUpdate {
  return { windows, build, released, baseMonth, baseRevision, monthlyStep, lastMonth };
}

/** Feature updates reach the fleet this long after Microsoft ships them. */
const RING_DELAY_DAYS = 60;

/**
 * What a laptop reports when last updated on `updatedOn`, on the newest feature update of its
 * Windows generation that the IT ring had rolled out by then, but no newer than `newestBuild`.
 */
export function windowsOsState(windows: 10 | 11, newestBuild: number, updatedOn: IsoDate): OsState {
  const candidates = FEATURE_UPDATES.filter((u) => u.windows === windows && u.build <= newestBuild);
  const rolledOut = candidates.filter((u) => addDays(u.released, RING_DELAY_DAYS) <= updatedOn);
  const update = rolledOut.length > 0 ? rolledOut[rolledOut.length - 1] : candidates[0];

  const lastDay = update.lastMonth ? patchTuesdayOf(update.lastMonth) : updatedOn;
  const tuesday = latestPatchTuesday(earlierOf(updatedOn, lastDay));
  const month = monthOf(tuesday) < update.baseMonth ? update.baseMonth : monthOf(tuesday);
  const revision =
    update.baseRevision + monthsBetween(update.baseMonth, month) * update.monthlyStep;

  return { osVersion: `10.0.${update.build}.${revision}`, securityPatch: patchTuesdayOf(month) };
}

/** The Patch Tuesday on or before a day. */
function latestPatchTuesday(day: IsoDate): IsoDate {
  const thisMonth = patchTuesdayOf(monthOf(day));

  return thisMonth <= day ? thisMonth : patchTuesdayOf(addMonths(monthOf(day), -1));
}

/** The second Tuesday of a month. */
function patchTuesdayOf(month: YearMonth): IsoDate {
  const first = dayNumber(`${month}-01`);
  // Day 0 (1970-01-01) was a Thursday, so (n + 4) % 7 gives 0 for Sunday and 2 for Tuesday.
  const firstTuesday = first + ((2 - ((first + 4) % 7) + 7) % 7);

  return fromDayNumber(firstTuesday + 7);
}
