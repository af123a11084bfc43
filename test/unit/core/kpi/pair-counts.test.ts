import { describe, expect, it } from 'vitest';

import { PairCounts } from '@core/kpi/pair-counts';
import { countBy } from '@core/kpi/results';

describe('pair counts', () => {
  it('count as countBy on the joined pair, keys in first-seen order', () => {
    const pairs: Array<[string, string]> = [
      ['android', 'outdated'],
      ['ios', 'unsupported'],
      ['android', 'outdated'],
      ['android', 'unsupported'],
    ];
    const counts = new PairCounts();
    for (const [platform, status] of pairs) counts.add(platform, status);

    const expected = countBy(pairs, ([platform, status]) => `${platform}:${status}`);
    expect(counts.record()).toEqual(expected);
    expect(Object.keys(counts.record())).toEqual(Object.keys(expected));
  });

  it('add up pairs that join to the same key', () => {
    const counts = new PairCounts();
    counts.add('a:b', 'c');
    counts.add('x', 'y');
    counts.add('a', 'b:c');

    expect(counts.record()).toEqual({ 'a:b:c': 2, 'x:y': 1 });
    expect(Object.keys(counts.record())).toEqual(['a:b:c', 'x:y']);
  });

  it('are empty before anything is counted', () => {
    expect(new PairCounts().record()).toEqual({});
  });
});
