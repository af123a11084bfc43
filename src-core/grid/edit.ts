// Small pure edits of a grid, one per gesture on the Vendors screen, so each can be tested.

import type { Criterion } from './criterion';
import type { VendorCost } from './cost-input';
import type { Grid, WeightMode } from './grid';
import type { CriterionId, EvaluatorId, VendorId } from './ids';
import type { Evaluator, Vendor } from './participants';
import { scoreKey } from './score';
import type { Score } from './score';

/** Replaces one criterion's fields (weight, must-have...); other criteria stay as they are. */
export function updateCriterion(
  grid: Grid,
  id: CriterionId,
  patch: Partial<Pick<Criterion, 'weight' | 'mustHave'>>,
): Grid {
  const criteria = grid.criteria.map((c) => (c.id === id ? { ...c, ...patch } : c));
  return { ...grid, criteria };
}

/**
 * Switches between points and percents. Going to percents rescales the weights so they add
 * up to 100 (rounded to two decimals), so the switch never changes the ranking by itself.
 */
export function setWeightMode(grid: Grid, mode: WeightMode): Grid {
  if (mode === grid.weightMode) return grid;

  const total = grid.criteria.reduce((sum, c) => sum + Math.max(0, c.weight), 0);
  if (mode === 'points' || total <= 0) return { ...grid, weightMode: mode };

  const criteria = grid.criteria.map((c) => ({
    ...c,
    weight: Math.round((Math.max(0, c.weight) / total) * 10_000) / 100,
  }));
  return { ...grid, weightMode: mode, criteria };
}

/** Adds a vendor at the end of the shortlist. */
export function addVendor(grid: Grid, vendor: Vendor): Grid {
  return { ...grid, vendors: [...grid.vendors, vendor] };
}

/** Removes a vendor together with its scores and its cost offer. */
export function removeVendor(grid: Grid, id: VendorId): Grid {
  return {
    ...grid,
    vendors: grid.vendors.filter((v) => v.id !== id),
    scores: grid.scores.filter((s) => s.vendorId !== id),
    costs: grid.costs.filter((c) => c.vendorId !== id),
  };
}

/** Adds a person to the scoring panel. */
export function addEvaluator(grid: Grid, evaluator: Evaluator): Grid {
  return { ...grid, evaluators: [...grid.evaluators, evaluator] };
}

/** Removes an evaluator and every score they gave. */
export function removeEvaluator(grid: Grid, id: EvaluatorId): Grid {
  return {
    ...grid,
    evaluators: grid.evaluators.filter((e) => e.id !== id),
    scores: grid.scores.filter((s) => s.evaluatorId !== id),
  };
}

export type ScoreCell = Pick<Score, 'evaluatorId' | 'vendorId' | 'criterionId'>;

/** The score of one cell, or an empty one when nobody typed anything there yet. */
export function scoreAt(grid: Grid, cell: ScoreCell): Score {
  const key = scoreKey(cell);
  const found = grid.scores.find((s) => scoreKey(s) === key);
  return found ?? { ...cell, value: null, rationale: '', evidence: [] };
}

/** Changes one cell's value, rationale or evidence; an emptied cell is dropped. */
export function updateScore(
  grid: Grid,
  cell: ScoreCell,
  patch: Partial<Pick<Score, 'value' | 'rationale' | 'evidence'>>,
): Grid {
  const next = { ...scoreAt(grid, cell), ...patch };
  const key = scoreKey(cell);
  const others = grid.scores.filter((s) => scoreKey(s) !== key);

  const empty = next.value === null && next.rationale === '' && next.evidence.length === 0;
  return { ...grid, scores: empty ? others : [...others, next] };
}

/** A vendor's offer, or a zero offer per device when none was typed yet. */
export function costOf(grid: Grid, vendorId: VendorId): VendorCost {
  const found = grid.costs.find((c) => c.vendorId === vendorId);
  return (
    found ?? {
      vendorId,
      basis: 'device',
      monthlyPrice: 0,
      setup: 0,
      training: 0,
      migration: 0,
      yearlyIncreasePercent: 0,
    }
  );
}

/** Replaces fields of one vendor's offer. */
export function updateCost(grid: Grid, vendorId: VendorId, patch: Partial<VendorCost>): Grid {
  const next = { ...costOf(grid, vendorId), ...patch, vendorId };
  return { ...grid, costs: [...grid.costs.filter((c) => c.vendorId !== vendorId), next] };
}
