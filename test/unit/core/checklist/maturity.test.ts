import { describe, expect, it } from 'vitest';

import { maturityBand, maturityLevel } from '@core/checklist/maturity';

describe('maturityLevel', () => {
  it.each([
    [0, 1],
    [19.99, 1],
    [20, 2],
    [39.99, 2],
    [40, 3],
    [59.99, 3],
    [60, 4],
    [79.99, 4],
    [80, 5],
    [100, 5],
  ])('puts a score of %d at level %i', (score, level) => {
    expect(maturityLevel(score)).toBe(level);
  });

  it('has no level without a score', () => {
    expect(maturityLevel(null)).toBeNull();
    expect(maturityBand(Number.NaN)).toBeNull();
  });

  it('names the bands in both languages', () => {
    expect(maturityBand(85)?.label).toEqual({ fr: 'Optimisée', en: 'Optimised' });
  });
});
