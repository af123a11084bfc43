// Must-have criteria: a vendor that fails one is out, however well it scores elsewhere.

import type { AggregateTable } from './aggregate';
import type { Criterion } from './criterion';
import type { CriterionId, VendorId } from './ids';

/**
 * Why a vendor is out: its mean is below the threshold, or nobody scored it on that
 * must-have. An unproven must-have is treated as failed so that a gap in the evaluation
 * cannot carry a vendor to the top.
 */
export type EliminationReason =
  | { kind: 'below-threshold'; criterionId: CriterionId; mean: number; threshold: number }
  | { kind: 'not-scored'; criterionId: CriterionId; threshold: number };

export interface Elimination {
  vendorId: VendorId;
  eliminated: boolean;
  reasons: EliminationReason[];
}

/** Checks every vendor against every must-have criterion: out when mean < threshold. */
export function eliminateVendors(
  criteria: readonly Pick<Criterion, 'id' | 'mustHave'>[],
  table: AggregateTable,
  vendorIds: readonly VendorId[],
): Elimination[] {
  const mustHaves = criteria.filter((c) => c.mustHave !== null);

  return vendorIds.map((vendorId) => {
    const reasons: EliminationReason[] = [];

    for (const criterion of mustHaves) {
      const threshold = criterion.mustHave?.threshold ?? 0;
      const mean = table[vendorId]?.[criterion.id]?.mean ?? null;
      if (mean === null) reasons.push({ kind: 'not-scored', criterionId: criterion.id, threshold });
      else if (mean < threshold) {
        reasons.push({ kind: 'below-threshold', criterionId: criterion.id, mean, threshold });
      }
    }

    return { vendorId, eliminated: reasons.length > 0, reasons };
  });
}
