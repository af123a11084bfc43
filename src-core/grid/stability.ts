// Whether the ranking survives scores that are each one point off, which a committee will ask.
//
// For each vendor v, two scenarios are recomputed end to end (means, eliminations, ranking):
// - worst case: every score given to v drops by 1 and every score given to the others rises
//   by 1, clamped to 0-5;
// - best case: the reverse.
// Each scenario is the most adverse (or favourable) for v among ±1 moves: v's score falls and
// every rival's rises at once. Must-haves are checked again, so a vendor can fall out.

import { SCORE_MAX, SCORE_MIN } from './criterion';
import { evaluateGrid } from './evaluate';
import type { ScoringInput } from './evaluate';
import type { VendorId } from './ids';
import type { Score } from './score';

export interface VendorStability {
  vendorId: VendorId;
  /** Rank now; null when eliminated. */
  rank: number | null;
  /** Rank in the worst case; null when a must-have is failed in that case. */
  worstRank: number | null;
  /** Rank in the best case; null when still eliminated even then. */
  bestRank: number | null;
}

export interface RankStability {
  vendors: VendorStability[];
  /**
   * True when the winner is not the sole leader in its own worst case, or when another vendor
   * becomes the sole leader in its best case. False when there is no clear winner to begin with.
   */
  winnerCanChange: boolean;
}

/** Moves every score of `vendorId` by `delta` and every other vendor's by `-delta`, in 0-5. */
export function shiftScores(scores: readonly Score[], vendorId: VendorId, delta: number): Score[] {
  return scores.map((score) => {
    if (score.value === null) return score;
    const move = score.vendorId === vendorId ? delta : -delta;
    const value = Math.min(SCORE_MAX, Math.max(SCORE_MIN, score.value + move));
    return { ...score, value };
  });
}

/** Worst-case and best-case rank of each vendor under ±`step` moves of every score. */
export function rankStability(input: ScoringInput, step = 1): RankStability {
  const baseline = evaluateGrid(input).ranking;
  const winner = baseline.leaders.length === 1 ? baseline.leaders[0] : null;

  let winnerCanChange = false;
  const vendors = input.vendors.map((vendor) => {
    const worst = scenario(input, vendor.id, -step);
    const best = scenario(input, vendor.id, step);

    if (winner !== null && vendor.id === winner && !worst.soleLeader) winnerCanChange = true;
    if (winner !== null && vendor.id !== winner && best.soleLeader) winnerCanChange = true;

    const rank = baseline.vendors.find((r) => r.vendorId === vendor.id)?.rank ?? null;
    return { vendorId: vendor.id, rank, worstRank: worst.rank, bestRank: best.rank };
  });

  return { vendors, winnerCanChange };
}

function scenario(input: ScoringInput, vendorId: VendorId, delta: number) {
  const scores = shiftScores(input.scores, vendorId, delta);
  const ranking = evaluateGrid({ ...input, scores }).ranking;

  const rank = ranking.vendors.find((r) => r.vendorId === vendorId)?.rank ?? null;
  const soleLeader = ranking.leaders.length === 1 && ranking.leaders[0] === vendorId;
  return { rank, soleLeader };
}
