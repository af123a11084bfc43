import { describe, expect, it } from 'vitest';

import { aggregateScores, aggregateValues, mostDisputedCriteria } from '@core/grid/aggregate';

import { cid, scores, vid } from './build';

describe('aggregateValues', () => {
  it.each([
    // mean (2+4)/2 = 3; spread 4-2 = 2; variance ((2-3)² + (4-3)²)/2 = 1 -> sd 1
    [[2, 4], { count: 2, mean: 3, min: 2, max: 4, spread: 2, stdDev: 1 }],
    // mean 3; spread 4; variance (4 + 0 + 4)/3 = 8/3 -> sd √(8/3) ≈ 1.63299
    [[1, 3, 5], { count: 3, mean: 3, min: 1, max: 5, spread: 4, stdDev: Math.sqrt(8 / 3) }],
    // a single score: no disagreement
    [[4.5], { count: 1, mean: 4.5, min: 4.5, max: 4.5, spread: 0, stdDev: 0 }],
    // nobody scored: no mean rather than a 0
    [[], { count: 0, mean: null, min: null, max: null, spread: 0, stdDev: 0 }],
  ])('summarises %j', (values, expected) => {
    const result = aggregateValues(values);

    const { stdDev, ...rest } = result;
    const { stdDev: expectedStdDev, ...expectedRest } = expected;
    expect(rest).toEqual(expectedRest);
    expect(stdDev).toBeCloseTo(expectedStdDev, 12);
  });
});

describe('aggregateScores', () => {
  const list = scores({
    e1: { A: { c1: 2, c2: 1 }, B: { c1: 3, c2: 4 } },
    e2: { A: { c1: 4, c2: 3 }, B: { c1: 3 } },
    e3: { A: { c1: null, c2: 5 }, B: { c1: 3 } },
  });
  const table = aggregateScores([vid('A'), vid('B'), vid('C')], [cid('c1'), cid('c2')], list);

  it('ignores missing scores instead of counting them as zero', () => {
    // A/c1: e1 = 2, e2 = 4, e3 missing -> mean 3 over 2 scores, not 6/3 = 2
    expect(table[vid('A')][cid('c1')]).toMatchObject({ count: 2, mean: 3, spread: 2, stdDev: 1 });
  });

  it('fills a cell for every vendor and criterion, empty when nobody scored', () => {
    expect(table[vid('C')][cid('c2')]).toMatchObject({ count: 0, mean: null });
    expect(table[vid('B')][cid('c2')]).toMatchObject({ count: 1, mean: 4 });
  });

  it('lists the criteria with the widest spread first, skipping agreement and lone scores', () => {
    // c2: A has 1, 3, 5 -> spread 4 (B has one score: cannot disagree)
    // c1: A has 2, 4 -> spread 2; B has 3, 3, 3 -> spread 0
    const disputed = mostDisputedCriteria(table);

    expect(disputed.map((d) => [d.criterionId, d.vendorId, d.spread])).toEqual([
      ['c2', 'A', 4],
      ['c1', 'A', 2],
    ]);
    expect(disputed[0].stdDev).toBeCloseTo(Math.sqrt(8 / 3), 12);
    expect(disputed[1].stdDev).toBe(1);
    expect(mostDisputedCriteria(table, 1)).toHaveLength(1);
  });
});
