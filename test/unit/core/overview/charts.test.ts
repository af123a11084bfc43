import { describe, expect, it } from 'vitest';

import { agePyramidOption } from '@core/charts/overview-ages';
import { savingsWaterfallOption } from '@core/charts/savings-waterfall';
import type { AgeBand } from '@core/overview';

const text = (value: number) => String(value);

interface Series {
  data: (number | { value: number })[];
  stack?: string;
  markArea?: unknown;
}

describe('the savings waterfall', () => {
  it('steps down from today to the optimised spend, each step floating on what is left', () => {
    const option = savingsWaterfallOption(
      1000,
      [
        { label: 'Résilier', amount: 300 },
        { label: 'Forfait inférieur', amount: 200 },
      ],
      { current: 'Actuelle', optimised: 'Optimisée' },
      { total: '#1f4e79', saving: '#2e7d32', cost: '#c62828' },
      text,
    ) as { series: Series[]; xAxis: { data: string[] } };
    const [base, bars] = option.series;

    expect(option.xAxis.data).toEqual(['Actuelle', 'Résilier', 'Forfait inférieur', 'Optimisée']);
    expect(base.data).toEqual([0, 700, 500, 0]);
    expect(bars.data.map((bar) => (typeof bar === 'number' ? bar : bar.value))).toEqual([
      1000, 300, 200, 500,
    ]);
  });

  it('never goes below zero when the savings outweigh the spend', () => {
    const option = savingsWaterfallOption(
      100,
      [{ label: 'Résilier', amount: 150 }],
      { current: 'Actuelle', optimised: 'Optimisée' },
      { total: '#000', saving: '#0f0', cost: '#f00' },
      text,
    ) as { series: Series[] };

    const last = option.series[1].data.at(-1);
    expect(typeof last === 'number' ? last : last?.value).toBe(0);
  });
});

describe('a guaranteed minimum in the waterfall', () => {
  it('draws a cost still to pay as a step rising from what is left', () => {
    const option = savingsWaterfallOption(
      1000,
      [
        { label: 'Résilier', amount: 300 },
        { label: 'Minimum garanti', amount: -100 },
      ],
      { current: 'Actuelle', optimised: 'Optimisée' },
      { total: '#000', saving: '#0f0', cost: '#f00' },
      text,
    ) as { series: Series[] };
    const [base, bars] = option.series;

    expect(base.data).toEqual([0, 700, 700, 0]);
    expect(bars.data.map((bar) => (typeof bar === 'number' ? bar : bar.value))).toEqual([
      1000, 300, 100, 800,
    ]);
  });
});

describe('the age pyramid', () => {
  const band = (fromYears: number, smartphone: number, laptop: number): AgeBand => ({
    fromYears,
    byKind: { smartphone, tablet: 0, laptop, desktop: 0, other: 0 },
  });

  it('draws mobiles to the left and computers to the right, shading the old bands', () => {
    const option = agePyramidOption(
      [band(0, 5, 2), band(1, 3, 1), band(2, 0, 0), band(3, 1, 4)],
      {
        bands: ['<1', '1-2', '2-3', '3+'],
        kinds: {
          smartphone: 'Smartphones',
          tablet: 'Tablettes',
          laptop: 'Portables',
          desktop: 'Fixes',
          other: 'Autres',
        },
      },
      3,
      text,
    ) as { series: Series[] };
    const [smartphones, , laptops] = option.series;

    expect(smartphones.data).toEqual([-5, -3, -0, -1]);
    expect(laptops.data).toEqual([2, 1, 0, 4]);
    expect(smartphones.stack).not.toBe(laptops.stack);
    expect(JSON.stringify(smartphones.markArea)).toContain('"3+"');
  });
});
