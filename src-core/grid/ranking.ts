// Orders the vendors still in the race; equal scores share a rank.

import type { VendorId } from './ids';

/** Two weighted scores closer than this are a tie: float noise must not pick a winner. */
export const SCORE_EPSILON = 1e-9;

export interface RankedVendor {
  vendorId: VendorId;
  score5: number;
  /** 1 for the best; tied vendors share a rank and the next rank is skipped (1, 1, 3). */
  rank: number | null;
  tied: boolean;
  eliminated: boolean;
}

export interface Ranking {
  /** Contenders best first, then the eliminated vendors (rank null) in their original order. */
  vendors: RankedVendor[];
  /** Vendors ranked first; the winner is clear only when there is exactly one. */
  leaders: VendorId[];
}

/** Ranks contenders by score, descending, with standard competition ranking for ties. */
export function rankVendors(
  scores: readonly { vendorId: VendorId; score5: number }[],
  eliminated: ReadonlySet<VendorId>,
): Ranking {
  const contenders = scores
    .filter((s) => !eliminated.has(s.vendorId))
    .sort((a, b) => b.score5 - a.score5);

  const ranked: RankedVendor[] = contenders.map((s, index) => {
    const previous = contenders[index - 1];
    const next = contenders[index + 1];
    const tiedAbove = previous !== undefined && isTie(previous.score5, s.score5);
    const tiedBelow = next !== undefined && isTie(next.score5, s.score5);
    const tied = tiedAbove || tiedBelow;
    return { vendorId: s.vendorId, score5: s.score5, rank: index + 1, tied, eliminated: false };
  });

  // A tied vendor takes the rank of the first vendor of its tie group.
  for (let i = 1; i < ranked.length; i++) {
    if (isTie(ranked[i - 1].score5, ranked[i].score5)) ranked[i].rank = ranked[i - 1].rank;
  }

  const out = scores
    .filter((s) => eliminated.has(s.vendorId))
    .map((s) => ({
      vendorId: s.vendorId,
      score5: s.score5,
      rank: null,
      tied: false,
      eliminated: true,
    }));

  const leaders = ranked.filter((r) => r.rank === 1).map((r) => r.vendorId);
  return { vendors: [...ranked, ...out], leaders };
}

/** Whether two weighted scores are equal for ranking purposes. */
export function isTie(a: number, b: number): boolean {
  return Math.abs(a - b) <= SCORE_EPSILON;
}
