import { describe, expect, it } from 'vitest';

import { createRandom, deriveSeed } from '@core/demo/random';

const draws = (seed: number, n = 5): number[] => {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => random.next());
};

describe('createRandom', () => {
  it('repeats the same sequence for the same seed and another for another seed', () => {
    expect(draws(42)).toEqual(draws(42));
    expect(draws(43)).not.toEqual(draws(42));
  });

  it('draws integers within both bounds, reaching each of them', () => {
    const random = createRandom(7);
    const values = Array.from({ length: 2000 }, () => random.int(3, 6));

    expect(new Set(values)).toEqual(new Set([3, 4, 5, 6]));
  });

  it('draws weighted values in proportion to their weights', () => {
    const random = createRandom(11);
    const values = Array.from({ length: 10_000 }, () =>
      random.weighted([
        ['rare', 1],
        ['common', 9],
      ]),
    );

    const rare = values.filter((v) => v === 'rare').length / values.length;
    expect(rare).toBeGreaterThan(0.08);
    expect(rare).toBeLessThan(0.12);
  });

  it('draws a bell curve around the mean and never outside the clamp', () => {
    const random = createRandom(5);
    const values = Array.from({ length: 10_000 }, () => random.normal(10, 2, 6, 13));

    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(9.8);
    expect(mean).toBeLessThan(10.1);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(6);
    expect(Math.max(...values)).toBeLessThanOrEqual(13);
  });

  it('draws dates within the range, both ends included', () => {
    const random = createRandom(3);
    const dates = Array.from({ length: 500 }, () => random.date('2026-02-27', '2026-03-02'));

    expect(new Set(dates)).toEqual(
      new Set(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']),
    );
  });

  it('samples distinct items, no more than there are', () => {
    const random = createRandom(9);
    const items = ['a', 'b', 'c', 'd', 'e'];

    expect(new Set(random.sample(items, 3)).size).toBe(3);
    expect([...random.sample(items, 10)].sort()).toEqual(items);
  });
});

describe('deriveSeed', () => {
  it('gives each part of the dataset its own stream', () => {
    expect(deriveSeed(1, 'fleet')).not.toBe(deriveSeed(1, 'lines'));
    expect(deriveSeed(1, 'fleet')).not.toBe(deriveSeed(2, 'fleet'));
    expect(deriveSeed(1, 'fleet')).toBe(deriveSeed(1, 'fleet'));
  });
});
