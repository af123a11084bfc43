// The single number per vendor that the committee reads: the weighted mean of its scores.

import type { AggregateTable } from './aggregate';
import type { CriterionId, VendorId } from './ids';

export interface VendorScore {
  vendorId: VendorId;
  /** Σ share_i × mean_i on the 0-5 scale. */
  score5: number;
  /** score5 / 5 × 100, for committees used to percentages. */
  score100: number;
  /**
   * Σ share_i over the criteria the vendor was scored on (0-1). Below 1, criteria nobody scored
   * count as 0, which lowers the score rather than flattering a vendor with missing data.
   */
  coverage: number;
  /** Weighted criteria that no evaluator scored for this vendor. */
  unscored: CriterionId[];
}

/** The mean the maths uses for a cell: an unscored cell counts as 0 (see `coverage`). */
export function meanOrZero(table: AggregateTable, vendorId: VendorId, id: CriterionId): number {
  return table[vendorId]?.[id]?.mean ?? 0;
}

/** Weighted score of each vendor: score5 = Σ_i share_i × mean_i, with shares adding up to 1. */
export function weightedScores(
  shares: Record<CriterionId, number>,
  table: AggregateTable,
  vendorIds: readonly VendorId[],
): VendorScore[] {
  const weighted = (Object.entries(shares) as [CriterionId, number][]).filter(([, s]) => s > 0);

  return vendorIds.map((vendorId) => {
    let score5 = 0;
    let coverage = 0;
    const unscored: CriterionId[] = [];

    for (const [criterionId, share] of weighted) {
      const mean = table[vendorId]?.[criterionId]?.mean ?? null;
      if (mean === null) unscored.push(criterionId);
      else {
        score5 += share * mean;
        coverage += share;
      }
    }

    return { vendorId, score5, score100: (score5 / 5) * 100, coverage, unscored };
  });
}
