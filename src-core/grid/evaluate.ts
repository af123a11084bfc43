// The full chain from raw scores to a ranking, and the what-if that reruns it with one weight.

import { aggregateScores } from './aggregate';
import type { AggregateTable } from './aggregate';
import type { Grid } from './grid';
import type { CriterionId, VendorId } from './ids';
import { eliminateVendors } from './must-have';
import type { Elimination } from './must-have';
import { rankVendors } from './ranking';
import type { Ranking } from './ranking';
import { normaliseWeights } from './weights';
import type { NormalisedWeights } from './weights';
import { weightedScores } from './weighted-score';
import type { VendorScore } from './weighted-score';

/** The parts of a grid the scoring maths reads. */
export type ScoringInput = Pick<Grid, 'weightMode' | 'criteria' | 'vendors' | 'scores'>;

export interface GridEvaluation {
  weights: NormalisedWeights;
  aggregates: AggregateTable;
  scores: VendorScore[];
  eliminations: Elimination[];
  ranking: Ranking;
}

/** Weights, evaluator means, weighted scores, must-have eliminations and ranking, in order. */
export function evaluateGrid(input: ScoringInput): GridEvaluation {
  const vendorIds = input.vendors.map((v) => v.id);
  const criterionIds = input.criteria.map((c) => c.id);

  const weights = normaliseWeights(input.weightMode, input.criteria);
  const aggregates = aggregateScores(vendorIds, criterionIds, input.scores);
  const scores = weightedScores(weights.shares, aggregates, vendorIds);

  const eliminations = eliminateVendors(input.criteria, aggregates, vendorIds);
  const out = new Set(eliminations.filter((e) => e.eliminated).map((e) => e.vendorId));
  const ranking = rankVendors(scores, out);

  return { weights, aggregates, scores, eliminations, ranking };
}

export interface RankChange {
  vendorId: VendorId;
  before: number | null;
  after: number | null;
}

export interface WhatIf {
  baseline: GridEvaluation;
  scenario: GridEvaluation;
  /** Every vendor's rank before and after, in the grid's vendor order. */
  changes: RankChange[];
  /** True when the sole leader differs, or a clear winner turns into a tie (or back). */
  winnerChanged: boolean;
}

/** Reruns the evaluation with one criterion's raw weight replaced (in the grid's unit). */
export function whatIfWeight(
  input: ScoringInput,
  criterionId: CriterionId,
  weight: number,
): WhatIf {
  const criteria = input.criteria.map((c) =>
    c.id === criterionId ? { ...c, weight: Math.max(0, weight) } : c,
  );
  const baseline = evaluateGrid(input);
  const scenario = evaluateGrid({ ...input, criteria });

  const rankOf = (evaluation: GridEvaluation, vendorId: VendorId) =>
    evaluation.ranking.vendors.find((r) => r.vendorId === vendorId)?.rank ?? null;
  const changes = input.vendors.map((v) => ({
    vendorId: v.id,
    before: rankOf(baseline, v.id),
    after: rankOf(scenario, v.id),
  }));

  const before = baseline.ranking.leaders;
  const after = scenario.ranking.leaders;
  const winnerChanged = before.length !== after.length || before.some((id, i) => id !== after[i]);

  return { baseline, scenario, changes, winnerChanged };
}
