// One evaluator's score for one vendor on one criterion.

import { z } from 'zod';

import { SCORE_MAX, SCORE_MIN } from './criterion';
import type { CriterionId, EvaluatorId, VendorId } from './ids';

/**
 * `value` is null when the evaluator has not scored (yet): a missing score is ignored by the
 * means, never read as zero. Evidence refs point at POC notes, documents or demo recordings.
 */
export const scoreSchema = z.object({
  evaluatorId: z.string().min(1),
  vendorId: z.string().min(1),
  criterionId: z.string().min(1),
  value: z.number().min(SCORE_MIN).max(SCORE_MAX).nullable().catch(null),
  rationale: z.string().catch(''),
  evidence: z.array(z.string()).catch([]),
});

export interface Score {
  evaluatorId: EvaluatorId;
  vendorId: VendorId;
  criterionId: CriterionId;
  value: number | null;
  rationale: string;
  evidence: string[];
}

/** The key of a score cell; one evaluator has at most one score per vendor and criterion. */
export function scoreKey(score: Pick<Score, 'evaluatorId' | 'vendorId' | 'criterionId'>): string {
  return `${score.evaluatorId}\u0000${score.vendorId}\u0000${score.criterionId}`;
}
