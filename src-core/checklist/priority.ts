// Priority of an action and its place on the impact / effort matrix.

import type { ActionItem, Rating, Ratings } from './action';

export type PriorityBand = 'P1' | 'P2' | 'P3' | 'P4';

/**
 * Lowest weighted sum 2 x impact + 2 x urgency + feasibility of each band (the sum runs from 5
 * to 25, i.e. a priority of 1 to 5): P1 >= 20 (priority 4), P2 >= 15 (3), P3 >= 10 (2), P4 below.
 */
export const PRIORITY_BANDS: readonly { band: PriorityBand; minSum: number }[] = [
  { band: 'P1', minSum: 20 },
  { band: 'P2', minSum: 15 },
  { band: 'P3', minSum: 10 },
  { band: 'P4', minSum: 0 },
];

/**
 * priority = (2 x impact + 2 x urgency + feasibility) / 5, on the 1-5 rating scale.
 * What is gained and what is at risk count double; ease breaks ties, so among equally
 * important and urgent gaps the easy ones come first. A sum rather than a product, so that
 * a critical, urgent but hard gap (5, 5, 1 -> 4.2) still ranks P1 instead of being buried.
 * Null until all three ratings are given.
 */
export function priorityScore(ratings: Ratings): number | null {
  const sum = weightedSum(ratings);
  return sum === null ? null : sum / 5;
}

/** The P1-P4 band of a rated action; null until all three ratings are given. */
export function priorityBand(ratings: Ratings): PriorityBand | null {
  // Banding on the integer sum avoids any rounding doubt at the boundaries.
  const sum = weightedSum(ratings);
  if (sum === null) return null;

  return PRIORITY_BANDS.find((b) => sum >= b.minSum)?.band ?? 'P4';
}

export type Quadrant = 'quick-win' | 'major-project' | 'fill-in' | 'thankless';

/** Impact and feasibility from this rating up count as high; the middle rating 3 is high. */
export const QUADRANT_THRESHOLD = 3;

/**
 * Place on the matrix: high impact and easy = quick win; high impact and hard = major project;
 * low impact and easy = fill-in; low impact and hard = thankless. A rating of 3 gets the
 * favourable side, so middling items are not dismissed as thankless.
 */
export function quadrant(ratings: Pick<Ratings, 'impact' | 'feasibility'>): Quadrant | null {
  const { impact, feasibility } = ratings;
  if (impact === null || feasibility === null) return null;

  const high = impact >= QUADRANT_THRESHOLD;
  const easy = feasibility >= QUADRANT_THRESHOLD;

  if (high) return easy ? 'quick-win' : 'major-project';
  return easy ? 'fill-in' : 'thankless';
}

/** Effort for the matrix's horizontal axis: effort = 6 - feasibility, so 1 = easiest. */
export function effortOf(feasibility: Rating): Rating {
  return (6 - feasibility) as Rating;
}

/**
 * Orders a plan: priority first, then impact, urgency and feasibility, then id for a stable
 * result. Actions not fully rated come last, in their given order.
 */
export function rankActions(actions: readonly ActionItem[]): ActionItem[] {
  const rated = actions.filter((a) => weightedSum(a) !== null);
  const unrated = actions.filter((a) => weightedSum(a) === null);

  rated.sort(
    (a, b) =>
      (weightedSum(b) ?? 0) - (weightedSum(a) ?? 0) ||
      (b.impact ?? 0) - (a.impact ?? 0) ||
      (b.urgency ?? 0) - (a.urgency ?? 0) ||
      (b.feasibility ?? 0) - (a.feasibility ?? 0) ||
      a.id.localeCompare(b.id),
  );

  return [...rated, ...unrated];
}

function weightedSum({ impact, feasibility, urgency }: Ratings): number | null {
  if (impact === null || feasibility === null || urgency === null) return null;
  return 2 * impact + 2 * urgency + feasibility;
}
