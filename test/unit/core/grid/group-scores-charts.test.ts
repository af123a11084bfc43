import { describe, expect, it } from 'vitest';

import { gridScoreBarsOption } from '@core/charts/grid-bars';
import { gridRadarOption } from '@core/charts/grid-radar';
import { aggregateScores } from '@core/grid/aggregate';
import type { Criterion } from '@core/grid/criterion';
import { groupScores } from '@core/grid/group-scores';

import { cid, criteria, scores, vid } from './build';

describe('group scores and charts', () => {
  it('weights criteria within a theme and skips themes without weight', () => {
    const list: Criterion[] = [
      ...criteria([
        ['a', 3],
        ['b', 1],
      ]),
      { ...criteria([['c', 0]])[0], group: 'cost' },
    ];
    const table = aggregateScores(
      [vid('x')],
      list.map((c) => c.id),
      scores({ e: { x: { a: 4, b: 0 } } }),
    );
    const shares = { [cid('a')]: 0.75, [cid('b')]: 0.25, [cid('c')]: 0 };

    const result = groupScores(list, shares, table, [vid('x')]);

    expect(result.groups).toEqual(['security']);
    expect(result.byVendor[vid('x')]).toEqual([{ group: 'security', score5: 3 }]);
  });

  it('draws the best vendor at the top of the bars, eliminated ones grey', () => {
    const option = gridScoreBarsOption(
      [
        { name: 'A', score5: 2.5, index: 0, eliminated: false },
        { name: 'B', score5: 4.123, index: 1, eliminated: true },
      ],
      'score',
    );

    expect(option.yAxis.data).toEqual(['A', 'B']);
    expect(option.series[0].data[1]).toEqual({ value: 4.12, itemStyle: { color: '#b0b7bf' } });
  });

  it('gives the radar one 0-5 axis per theme and one shape per vendor', () => {
    const option = gridRadarOption(['Sécurité', 'Coût'], [{ name: 'A', index: 0, values: [4, 2] }]);

    expect(option.radar.indicator).toEqual([
      { name: 'Sécurité', max: 5, min: 0 },
      { name: 'Coût', max: 5, min: 0 },
    ]);
    expect(option.series[0].data[0].value).toEqual([4, 2]);
  });
});
