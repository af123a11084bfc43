// The burn-up of a wave: devices enrolled so far against a straight plan from zero on the
// planned start to the target on the planned end.
import { daysBetween } from './fields';
import type { Wave } from './waves';

export type SeriesPoint = [date: string, value: number];

export interface Burnup {
  planned: SeriesPoint[];
  enrolled: SeriesPoint[];
  failed: SeriesPoint[];
}

/** Devices the plan expects enrolled by `date`; null without planned dates or target. */
export function plannedAt(wave: Wave, date: string): number | null {
  const { plannedStart, plannedEnd, targetCount } = wave;
  if (!plannedStart || !plannedEnd || targetCount === null) return null;

  const span = daysBetween(plannedStart, plannedEnd);
  const elapsed = daysBetween(plannedStart, date);
  if (span <= 0) return elapsed < 0 ? 0 : targetCount;

  const share = Math.min(1, Math.max(0, elapsed / span));
  return Math.round(targetCount * share);
}

/** Cumulative enrolled and failed devices per recorded date, and the plan's straight line. */
export function burnupSeries(wave: Wave): Burnup {
  const entries = [...wave.entries].sort((a, b) => a.date.localeCompare(b.date));
  const enrolled: SeriesPoint[] = [];
  const failed: SeriesPoint[] = [];
  let enrolledSoFar = 0;
  let failedSoFar = 0;

  for (const entry of entries) {
    enrolledSoFar += entry.enrolled;
    failedSoFar += entry.failed;
    // Two entries on one day make one point: the day's total.
    if (enrolled.at(-1)?.[0] === entry.date) {
      enrolled.pop();
      failed.pop();
    }
    enrolled.push([entry.date, enrolledSoFar]);
    failed.push([entry.date, failedSoFar]);
  }

  const { plannedStart, plannedEnd, targetCount } = wave;
  const planned: SeriesPoint[] =
    plannedStart && plannedEnd && targetCount !== null
      ? [
          [plannedStart, 0],
          [plannedEnd, targetCount],
        ]
      : [];
  return { planned, enrolled, failed };
}

/** Enrolled so far minus what the plan expected by the last entry; null when not computable. */
export function aheadOfPlan(wave: Wave): number | null {
  const { enrolled } = burnupSeries(wave);
  const last = enrolled.at(-1);
  if (!last) return null;

  const expected = plannedAt(wave, last[0]);
  return expected === null ? null : last[1] - expected;
}
