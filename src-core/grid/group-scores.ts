// Each vendor's score per theme, which the radar chart draws: one axis per criterion group.

import type { AggregateTable } from './aggregate';
import { CRITERION_GROUPS } from './criterion';
import type { Criterion, CriterionGroup } from './criterion';
import type { CriterionId, VendorId } from './ids';

export interface GroupScore {
  group: CriterionGroup;
  /** Weighted mean (0-5) of the vendor's means on the group's criteria; unscored count as 0. */
  score5: number;
}

/**
 * Per vendor, the groups that carry weight, in the library's order. Within a group:
 * Σ share_i × mean_i / Σ share_i, so a heavy criterion counts more on its own axis too.
 */
export function groupScores(
  criteria: readonly Pick<Criterion, 'id' | 'group'>[],
  shares: Record<CriterionId, number>,
  table: AggregateTable,
  vendorIds: readonly VendorId[],
): { groups: CriterionGroup[]; byVendor: Record<VendorId, GroupScore[]> } {
  const groups = CRITERION_GROUPS.filter((group) =>
    criteria.some((c) => c.group === group && (shares[c.id] ?? 0) > 0),
  );

  const byVendor = {} as Record<VendorId, GroupScore[]>;
  for (const vendorId of vendorIds) {
    byVendor[vendorId] = groups.map((group) => {
      const inGroup = criteria.filter((c) => c.group === group);
      const weight = inGroup.reduce((sum, c) => sum + (shares[c.id] ?? 0), 0);
      const points = inGroup.reduce(
        (sum, c) => sum + (shares[c.id] ?? 0) * (table[vendorId]?.[c.id]?.mean ?? 0),
        0,
      );
      return { group, score5: weight > 0 ? points / weight : 0 };
    });
  }
  return { groups, byVendor };
}
