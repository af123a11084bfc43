// Turns the weights the consultant typed into shares that add up to 1.

import type { Criterion } from './criterion';
import type { WeightMode } from './grid';
import type { CriterionId } from './ids';

/** Typed percentages such as 33.33 + 33.33 + 33.34 are exact enough within this margin. */
const PERCENT_TOLERANCE = 1e-6;

/**
 * - `ok`: points mode, or percents that add up to 100.
 * - `percent-mismatch`: percents that do not add up to 100; `missingPoints` is 100 - total
 *   (positive: points left to hand out; negative: too many handed out). Shares are still
 *   rescaled so that the ranking can be shown, but the grid should say so.
 * - `zero-total`: nothing is weighted; every share is 0 and no vendor can lead.
 */
export type WeightStatus =
  | { kind: 'ok' }
  | { kind: 'percent-mismatch'; total: number; missingPoints: number }
  | { kind: 'zero-total' };

export interface NormalisedWeights {
  /** Share of each criterion in the final score, between 0 and 1; they add up to 1. */
  shares: Record<CriterionId, number>;
  /** Sum of the raw weights, in the grid's unit. */
  total: number;
  status: WeightStatus;
}

/**
 * Share of criterion i: share_i = w_i / Σ w_j. The same formula serves points and percents,
 * so a grid whose percents miss 100 still ranks the vendors as its proportions say.
 */
export function normaliseWeights(
  mode: WeightMode,
  criteria: readonly Pick<Criterion, 'id' | 'weight'>[],
): NormalisedWeights {
  const total = criteria.reduce((sum, c) => sum + Math.max(0, c.weight), 0);

  const shares = {} as Record<CriterionId, number>;
  for (const c of criteria) shares[c.id] = total > 0 ? Math.max(0, c.weight) / total : 0;

  return { shares, total, status: weightStatus(mode, total) };
}

function weightStatus(mode: WeightMode, total: number): WeightStatus {
  if (total <= 0) return { kind: 'zero-total' };

  const missingPoints = 100 - total;
  if (mode === 'percent' && Math.abs(missingPoints) > PERCENT_TOLERANCE) {
    return { kind: 'percent-mismatch', total, missingPoints };
  }
  return { kind: 'ok' };
}
