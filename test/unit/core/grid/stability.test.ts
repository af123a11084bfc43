import { describe, expect, it } from 'vitest';

import { rankStability } from '@core/grid/stability';

import { oneEvaluator, scoringInput } from './build';
import type { CriterionRow } from './build';

const halfHalf: CriterionRow[] = [
  ['c1', 1],
  ['c2', 1],
];

describe('rankStability', () => {
  it('computes worst and best ranks under ±1 moves, clamped to 0-5', () => {
    // Now: A = (4 + 4)/2 = 4, B = (3 + 3)/2 = 3, C = (5 + 0)/2 = 2.5 -> A 1, B 2, C 3.
    // A worst: A (3, 3) = 3; B (4, 4) = 4; C (5, 1) = 3 (5 + 1 clamped to 5) -> A 2, tied with C.
    // A best:  A (5, 5) = 5; B (2, 2) = 2; C (4, 0) = 2 (0 - 1 clamped to 0) -> A 1.
    // B worst: B (2, 2) = 2; A (5, 5) = 5; C (5, 1) = 3 -> B 3.
    // B best:  B (4, 4) = 4; A (3, 3) = 3; C (4, 0) = 2 -> B 1: the winner can change.
    // C worst: C (4, 0) = 2; A (5, 5) = 5; B (4, 4) = 4 -> C 3.
    // C best:  C (5, 1) = 3; A (3, 3) = 3; B (2, 2) = 2 -> C 1, tied with A.
    const input = scoringInput(
      halfHalf,
      ['A', 'B', 'C'],
      oneEvaluator({ A: { c1: 4, c2: 4 }, B: { c1: 3, c2: 3 }, C: { c1: 5, c2: 0 } }),
    );

    const result = rankStability(input);

    expect(result.vendors).toEqual([
      { vendorId: 'A', rank: 1, worstRank: 2, bestRank: 1 },
      { vendorId: 'B', rank: 2, worstRank: 3, bestRank: 1 },
      { vendorId: 'C', rank: 3, worstRank: 3, bestRank: 1 },
    ]);
    expect(result.winnerCanChange).toBe(true);
  });

  it('says the winner holds when a one-point error everywhere cannot overturn it', () => {
    // A = 5, B = 2. A worst: A (4, 4) = 4 vs B (3, 3) = 3 -> still first.
    // B best: B (3, 3) = 3 vs A (4, 4) = 4 -> still second.
    const input = scoringInput(
      halfHalf,
      ['A', 'B'],
      oneEvaluator({ A: { c1: 5, c2: 5 }, B: { c1: 2, c2: 2 } }),
    );

    const result = rankStability(input);

    expect(result.vendors.map((v) => [v.worstRank, v.bestRank])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(result.winnerCanChange).toBe(false);
  });

  it('checks must-haves again: one point less can eliminate the winner', () => {
    // c1 is a must-have at 4.5. A's c1 = 5 passes; in A's worst case 4 < 4.5 -> eliminated.
    const input = scoringInput(
      [
        ['c1', 1, 4.5],
        ['c2', 1],
      ],
      ['A', 'B'],
      oneEvaluator({ A: { c1: 5, c2: 5 }, B: { c1: 5, c2: 1 } }),
    );

    const result = rankStability(input);

    expect(result.vendors[0]).toEqual({ vendorId: 'A', rank: 1, worstRank: null, bestRank: 1 });
    expect(result.winnerCanChange).toBe(true);
  });
});
