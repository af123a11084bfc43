// The savings the consultant accepted, among the recommendations still current.
import { acceptedTotal, restoreSavingDecision } from '@core/savings/decisions';
import type { SavingsTotal } from '@core/savings/decisions';
import type { SavingRecommendation } from '@core/savings/types';

import { RECORD_KINDS, restoredRecords } from './kinds';

export interface AcceptedSavings {
  /** Accepted recommendations, the largest yearly amount first. */
  accepted: SavingRecommendation[];
  total: SavingsTotal;
}

/** Accepted recommendations and their total; a decision whose facts changed has lapsed. */
export function acceptedSavingsOf(
  recommendations: readonly SavingRecommendation[],
  records: Readonly<Record<string, readonly unknown[]>>,
): AcceptedSavings {
  const decisions = restoredRecords(records, RECORD_KINDS.savingDecision, restoreSavingDecision);
  const ids = new Set(decisions.filter((d) => d.decision === 'accepted').map((d) => d.id));
  const accepted = recommendations
    .filter((r) => ids.has(r.id))
    .sort((a, b) => b.yearly - a.yearly || a.lineNumber.localeCompare(b.lineNumber));

  return { accepted, total: acceptedTotal(recommendations, decisions) };
}
