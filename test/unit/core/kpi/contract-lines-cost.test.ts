// The line and cost KPIs of the product contract, on five lines billed over three months.
import { describe, expect, it } from 'vitest';

import { computeKpis } from '@core/kpi/registry';
import type { KpiInput, KpiResult } from '@core/kpi/types';

import { bill, input, line } from './fixtures';

const idle = { totalExVat: 10 };
const invoices = [
  bill('L1', '2026-09', { dataMb: 100, totalExVat: 20 }),
  bill('L2', '2026-09', idle),
  bill('L4', '2026-09', { dataMb: 500, totalExVat: 30 }),
  bill('L1', '2026-10', { dataMb: 100, totalExVat: 20 }),
  bill('L2', '2026-10', idle),
  bill('L3', '2026-10', idle),
  bill('L4', '2026-10', { dataMb: 500, totalExVat: 30 }),
  bill('L1', '2026-11', { dataMb: 100, totalExVat: 25, outOfPlan: 5 }),
  bill('L2', '2026-11', idle),
  bill('L3', '2026-11', idle),
  bill('L4', '2026-11', { dataMb: 500, totalExVat: 30, outOfPlan: 10 }),
  bill('L5', '2026-11', { dataMb: 50, totalExVat: 15 }),
];
const lines = [
  line('L1', { dataAllowanceMb: 1000 }),
  line('L2', { dataAllowanceMb: 5000 }),
  line('L4', { dataAllowanceMb: 0 }),
  line('L6', { dataAllowanceMb: 2000 }),
];

function kpis(fields: Partial<KpiInput>): Map<string, KpiResult> {
  return new Map(computeKpis(input(fields)).map((r) => [r.id, r]));
}

describe('line and cost KPIs of the contract', () => {
  const results = kpis({ invoices, lines });

  it('lines.total counts numbers billed or listed, once each', () => {
    expect(results.get('lines.total')?.value).toBe(6);
  });

  it('lines.unusedRate judges lines billed in both latest months, idle in both', () => {
    // Billed in October and November: L1, L2, L3, L4; idle in both: L2, L3.
    expect(results.get('lines.unusedRate')).toMatchObject({
      value: 50,
      basis: 4,
      evidence: ['L2', 'L3'],
    });
  });

  it('lines.underusedRate keeps unused lines in the base and drops zero allowances', () => {
    // Billed all three months with an allowance: L1 (100 of 1,000 MB = 10%) and L2 (unused).
    expect(results.get('lines.underusedRate')).toMatchObject({
      value: 50,
      basis: 2,
      evidence: ['L1'],
    });
  });

  it('cost.totalMonthly is every charge over the number of invoice months', () => {
    // (60 + 70 + 90) / 3.
    expect(results.get('cost.totalMonthly')?.value).toBeCloseTo(220 / 3, 12);
    expect(results.get('cost.totalMonthly')?.trend?.map((p) => p.value)).toEqual([60, 70, 90]);
  });

  it('cost.perLineMonthly is every charge over the line-months billed', () => {
    expect(results.get('cost.perLineMonthly')).toMatchObject({ value: 220 / 12, basis: 12 });
  });

  it('cost.outOfPlanMonthly is out-of-plan charges over the number of invoice months', () => {
    expect(results.get('cost.outOfPlanMonthly')).toMatchObject({
      value: 5,
      evidence: ['L1', 'L4'],
    });
  });
});

describe('line and cost KPIs on one invoice month', () => {
  const results = kpis({ invoices: invoices.filter((row) => row.period === '2026-11'), lines });

  it('give no unused rate, and say a month is missing', () => {
    expect(results.get('lines.unusedRate')?.value).toBeNull();
    expect(results.get('lines.unusedRate')?.missing?.reason).toBe('too-few-billed-months');
  });

  it('still give the monthly spend of that month', () => {
    expect(results.get('cost.totalMonthly')?.value).toBe(90);
    expect(results.get('cost.outOfPlanMonthly')?.value).toBe(15);
  });
});

describe('the cost window', () => {
  // Thirteen months: the oldest, at 1,000, falls out of the default 12-month window.
  const months = Array.from({ length: 13 }, (_, i) => `20${25 + Math.floor((i + 10) / 12)}-`);
  const periods = months.map((year, i) => `${year}${String(((i + 10) % 12) + 1).padStart(2, '0')}`);
  const long = periods.map((period, i) => bill('L1', period, { totalExVat: i === 0 ? 1000 : 10 }));

  it('averages the latest 12 invoice months only', () => {
    expect(periods[0]).toBe('2025-11');
    expect(periods[12]).toBe('2026-11');
    expect(kpis({ invoices: long }).get('cost.totalMonthly')?.value).toBe(10);
  });
});

describe('line and cost KPIs without data', () => {
  const empty = kpis({});

  it.each([
    ['lines.total', 'no-lines'],
    ['lines.unusedRate', 'no-invoices'],
    ['cost.totalMonthly', 'no-invoices'],
    ['cost.perLineMonthly', 'no-invoices'],
    ['cost.outOfPlanMonthly', 'no-invoices'],
  ])('%s is null and says why (%s)', (id, reason) => {
    expect(empty.get(id)?.value).toBeNull();
    expect(empty.get(id)?.missing?.reason).toBe(reason);
  });
});
