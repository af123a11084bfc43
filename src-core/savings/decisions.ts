import { z } from 'zod';

import type { SavingRecommendation } from './types';

// The consultant accepts, rejects or defers each recommendation, with a note if they wish; the
// decision is kept by the recommendation's id, so it lapses by itself when new invoices change
// the facts. Only accepted ones reach the deliverables; deferred ones stay to be examined.

export const SAVING_DECISIONS = ['accepted', 'rejected', 'deferred'] as const;
export type SavingDecisionValue = (typeof SAVING_DECISIONS)[number];

const savingDecisionSchema = z.object({
  id: z.string().min(1),
  decision: z.enum(SAVING_DECISIONS),
  decidedAt: z.string().catch(() => new Date(0).toISOString()),
  /** Why, or what waits: a client's answer, a contract date... */
  note: z.string().max(2000).catch('').default(''),
});

export type SavingDecision = z.infer<typeof savingDecisionSchema>;

/** Validates a stored decision; throws when it has no id or no known decision. */
export function restoreSavingDecision(raw: unknown): SavingDecision {
  return savingDecisionSchema.parse(raw);
}

export interface SavingsTotal {
  count: number;
  monthly: number;
  yearly: number;
}

/** What the accepted recommendations still current add up to, per month and per year. */
export function acceptedTotal(
  recommendations: readonly SavingRecommendation[],
  decisions: readonly SavingDecision[],
): SavingsTotal {
  const accepted = new Set(decisions.filter((d) => d.decision === 'accepted').map((d) => d.id));
  const kept = recommendations.filter((r) => accepted.has(r.id));

  return {
    count: kept.length,
    monthly: cents(kept.reduce((sum, r) => sum + r.monthly, 0)),
    yearly: cents(kept.reduce((sum, r) => sum + r.yearly, 0)),
  };
}

/** Rounds to the cent, so sums of amounts in cents read as they were billed. */
function cents(value: number): number {
  return Math.round(value * 100) / 100;
}
