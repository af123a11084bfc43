import { describe, expect, it } from 'vitest';

import { outOfPlan, spendTrend } from '@core/kpi/defs/financial-spend';

import { bill, input } from './fixtures';

describe('cost.outOfPlanShare', () => {
  it('gives the out-of-plan share of the bill over the usage window', () => {
    // Total 100 + 100 + 50 + 50 = 300, out of plan 10 + 5 = 15 -> 5%; 15 / 3 months = 5.
    const invoices = [
      bill('L1', '2026-09', { totalExVat: 100, outOfPlan: 10 }),
      bill('L1', '2026-10', { totalExVat: 100 }),
      bill('L2', '2026-10', { totalExVat: 50, outOfPlan: 5 }),
      bill('L1', '2026-11', { totalExVat: 50 }),
    ];
    const result = outOfPlan.compute(input({ invoices }));

    expect(result.value).toBe(5);
    expect(result.monthlyStake).toBe(5);
    expect(result.evidence).toEqual(['L1', 'L2']);
    // September 10 / 100, October 5 / 150, November 0 / 50.
    expect(result.trend?.map((p) => p.value)).toEqual([10, 500 / 150, 0]);
  });

  it('has no value when nothing was billed', () => {
    const result = outOfPlan.compute(input({ invoices: [bill('L1', '2026-11')] }));

    expect(result.missing?.reason).toBe('no-spend');
  });
});

describe('cost.spendTrend', () => {
  const monthly = (totals: number[]) =>
    totals.map((total, i) => bill('L1', `2026-0${i + 1}`, { totalExVat: total }));

  it.each([
    // k = 3: (110 + 120 + 130) / 3 = 120 against 100 -> +20%.
    [[100, 100, 100, 110, 120, 130], 20],
    // k = 1 with three months: 120 against 90 -> +33.3%.
    [[100, 90, 120], 100 / 3],
    // k = 2: (150 + 120) / 2 = 135 against (200 + 150) / 2 = 175 -> -22.857%.
    [[100, 200, 150, 150, 120], (135 / 175 - 1) * 100],
  ])('compares recent months with the ones before: %o -> %f%%', (totals, expected) => {
    const result = spendTrend.compute(input({ invoices: monthly(totals) }));

    expect(result.value).toBeCloseTo(expected, 6);
    expect(result.trend?.map((p) => p.value)).toEqual(totals);
  });

  it('needs two billed months', () => {
    const result = spendTrend.compute(input({ invoices: monthly([100]) }));

    expect(result.missing?.reason).toBe('too-few-billed-months');
  });
});
