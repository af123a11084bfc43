import { describe, expect, it } from 'vitest';

import { evaluateGrid } from '@core/grid/evaluate';
import { rankVendors } from '@core/grid/ranking';

import { oneEvaluator, scores, scoringInput, vid } from './build';

describe('must-have elimination', () => {
  // c1 is a must-have at 3 (weight 1); c2 carries most of the weight (weight 3).
  const input = scoringInput(
    [
      ['c1', 1, 3],
      ['c2', 3],
    ],
    ['A', 'B', 'C', 'D'],
    scores({
      // A: c1 mean (2 + 3)/2 = 2.5 < 3 -> out, although 0.25 × 2.5 + 0.75 × 5 = 4.375 is the best
      // B: c1 mean 3 = threshold -> in; 0.25 × 3 + 0.75 × 3 = 3
      // C: c1 never scored -> out (a must-have that was not shown is not met)
      // D: c1 mean 4 -> in; 0.25 × 4 + 0.75 × 2 = 2.5
      e1: { A: { c1: 2, c2: 5 }, B: { c1: 3, c2: 3 }, C: { c1: null, c2: 5 }, D: { c1: 4, c2: 2 } },
      e2: { A: { c1: 3, c2: 5 }, B: { c1: 3, c2: 3 }, D: { c1: 4, c2: 2 } },
    }),
  );
  const result = evaluateGrid(input);

  it('eliminates a vendor below a must-have threshold whatever its weighted score', () => {
    expect(result.scores[0].score5).toBeCloseTo(4.375, 12);
    expect(result.eliminations[0]).toEqual({
      vendorId: 'A',
      eliminated: true,
      reasons: [{ kind: 'below-threshold', criterionId: 'c1', mean: 2.5, threshold: 3 }],
    });
  });

  it('keeps a vendor exactly at the threshold and drops one never scored on the must-have', () => {
    expect(result.eliminations[1]).toMatchObject({ vendorId: 'B', eliminated: false, reasons: [] });
    expect(result.eliminations[2].reasons).toEqual([
      { kind: 'not-scored', criterionId: 'c1', threshold: 3 },
    ]);
  });

  it('ranks the remaining vendors only, the eliminated ones last without a rank', () => {
    expect(result.ranking.vendors.map((r) => [r.vendorId, r.rank])).toEqual([
      ['B', 1],
      ['D', 2],
      ['A', null],
      ['C', null],
    ]);
    expect(result.ranking.leaders).toEqual(['B']);
  });
});

describe('rankVendors', () => {
  it('gives tied vendors the same rank and skips the next one (1, 2, 2, 4)', () => {
    const ranking = rankVendors(
      [
        { vendorId: vid('A'), score5: 3 },
        { vendorId: vid('B'), score5: 4 },
        { vendorId: vid('C'), score5: 3 },
        { vendorId: vid('D'), score5: 2 },
        { vendorId: vid('E'), score5: 5 },
      ],
      new Set([vid('E')]),
    );

    expect(ranking.vendors.map((r) => [r.vendorId, r.rank, r.tied])).toEqual([
      ['B', 1, false],
      ['A', 2, true],
      ['C', 2, true],
      ['D', 4, false],
      ['E', null, false],
    ]);
  });

  it('treats scores equal up to float noise as a tie for first place', () => {
    // 0.1 + 0.2 = 0.30000000000000004: the same score for a committee
    const ranking = rankVendors(
      [
        { vendorId: vid('A'), score5: 0.1 + 0.2 },
        { vendorId: vid('B'), score5: 0.3 },
      ],
      new Set(),
    );

    expect(ranking.leaders).toEqual(['A', 'B']);
  });

  it('has no leader when every vendor is eliminated', () => {
    const input = scoringInput([['c1', 1, 4]], ['A'], oneEvaluator({ A: { c1: 1 } }));

    expect(evaluateGrid(input).ranking.leaders).toEqual([]);
  });
});
