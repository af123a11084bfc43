import { describe, expect, it } from 'vitest';

import type { WeightMode } from '@core/grid/grid';
import { normaliseWeights } from '@core/grid/weights';
import type { WeightStatus } from '@core/grid/weights';

import { cid } from './build';

const rows = (weights: number[]) => weights.map((weight, i) => ({ id: cid(`c${i + 1}`), weight }));

describe('normaliseWeights', () => {
  it.each<[string, WeightMode, number[], number[], WeightStatus]>([
    // 2 + 3 + 5 = 10 -> 2/10, 3/10, 5/10
    ['points', 'points', [2, 3, 5], [0.2, 0.3, 0.5], { kind: 'ok' }],
    // 40 + 40 + 20 = 100 -> shares are the percents / 100
    ['percents summing to 100', 'percent', [40, 40, 20], [0.4, 0.4, 0.2], { kind: 'ok' }],
    // 40 + 30 + 20 = 90: 10 points still to hand out; shares 40/90, 30/90, 20/90
    [
      'percents short of 100',
      'percent',
      [40, 30, 20],
      [4 / 9, 3 / 9, 2 / 9],
      { kind: 'percent-mismatch', total: 90, missingPoints: 10 },
    ],
    // 60 + 50 = 110: 10 points too many; shares 60/110, 50/110
    [
      'percents over 100',
      'percent',
      [60, 50],
      [6 / 11, 5 / 11],
      { kind: 'percent-mismatch', total: 110, missingPoints: -10 },
    ],
    // 33.33 + 33.33 + 33.34 = 100 up to float noise
    ['typed thirds', 'percent', [33.33, 33.33, 33.34], [0.3333, 0.3333, 0.3334], { kind: 'ok' }],
    // nothing weighted: no share, whatever the mode
    ['zero total (points)', 'points', [0, 0], [0, 0], { kind: 'zero-total' }],
    ['zero total (percent)', 'percent', [0, 0, 0], [0, 0, 0], { kind: 'zero-total' }],
  ])('%s', (_name, mode, weights, expected, status) => {
    const result = normaliseWeights(mode, rows(weights));

    const shares = Object.values(result.shares);
    shares.forEach((share, i) => expect(share).toBeCloseTo(expected[i], 12));
    expect(result.status).toEqual(status);
  });

  it('gives shares that add up to exactly 1 when anything is weighted', () => {
    const result = normaliseWeights('points', rows([1, 1, 1, 4, 0]));

    const sum = Object.values(result.shares).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 12);
    expect(result.total).toBe(7);
  });
});
