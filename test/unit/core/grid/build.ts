// Compact builders for hand-computed grid cases: ids are short letters, scores a nested map.

import type { Criterion } from '@core/grid/criterion';
import type { ScoringInput } from '@core/grid/evaluate';
import type { Grid, WeightMode } from '@core/grid/grid';
import type { CriterionId, EvaluatorId, GridId, VendorId } from '@core/grid/ids';
import type { Score } from '@core/grid/score';

export const cid = (id: string) => id as CriterionId;
export const vid = (id: string) => id as VendorId;
export const eid = (id: string) => id as EvaluatorId;

/** [id, weight] or [id, weight, must-have threshold]. */
export type CriterionRow = [string, number] | [string, number, number];

/** evaluator -> vendor -> criterion -> score (null: not scored). */
export type ScoreMap = Record<string, Record<string, Record<string, number | null>>>;

export function criteria(rows: CriterionRow[]): Criterion[] {
  return rows.map(([id, weight, threshold]) => ({
    id: cid(id),
    group: 'security',
    label: { fr: id, en: id },
    description: { fr: '', en: '' },
    weight,
    mustHave: threshold === undefined ? null : { threshold },
    libraryId: null,
  }));
}

export function scores(map: ScoreMap): Score[] {
  return Object.entries(map).flatMap(([evaluatorId, byVendor]) =>
    Object.entries(byVendor).flatMap(([vendorId, byCriterion]) =>
      Object.entries(byCriterion).map(([criterionId, value]) => ({
        evaluatorId: eid(evaluatorId),
        vendorId: vid(vendorId),
        criterionId: cid(criterionId),
        value,
        rationale: '',
        evidence: [],
      })),
    ),
  );
}

/** A single evaluator 'e1' scoring vendor -> criterion -> value. */
export function oneEvaluator(byVendor: Record<string, Record<string, number | null>>): Score[] {
  return scores({ e1: byVendor });
}

export function scoringInput(
  rows: CriterionRow[],
  vendorIds: string[],
  scoreList: Score[],
  weightMode: WeightMode = 'points',
): ScoringInput {
  return {
    weightMode,
    criteria: criteria(rows),
    vendors: vendorIds.map((id) => ({
      id: vid(id),
      name: id,
      publisher: '',
      libraryId: null,
      notes: '',
    })),
    scores: scoreList,
  };
}

export function grid(input: ScoringInput, evaluatorIds: string[]): Grid {
  return {
    schemaVersion: 1,
    id: 'g1' as GridId,
    name: 'Test grid',
    weightMode: input.weightMode,
    libraryVersion: null,
    criteria: input.criteria,
    vendors: input.vendors,
    evaluators: evaluatorIds.map((id) => ({ id: eid(id), name: id, role: '' })),
    scores: input.scores,
    fleet: { devices: 0, users: 0 },
    costs: [],
  };
}
