import { describe, expect, it } from 'vitest';

import { computeKpis } from '@core/kpi/registry';
import type { KpiResult, MissingNeed } from '@core/kpi/types';
import type { Dataset } from '@core/model/import-record';

import { bill, input, line } from './fixtures';

// The KPIs with an exact formula in docs/KPIS.md, on inputs that lack their data: each must
// say it has no value, why, and what to import, rather than show a zero.

function byId(results: readonly KpiResult[]): Map<string, KpiResult> {
  return new Map(results.map((r) => [r.id, r]));
}

/** An import of the dataset, whatever fields it names. */
const imports = (dataset: Dataset): { kind: 'import'; dataset: Dataset } => ({
  kind: 'import',
  dataset,
});

describe('KPIs with nothing imported', () => {
  const results = byId(computeKpis(input()));

  it.each<[string, string, Partial<MissingNeed>]>([
    ['cost.tcoPerDeviceMonthly', 'no-devices', imports('devices')],
    ['cost.tcoPerUserMonthly', 'no-devices', imports('devices')],
    ['cost.perLineMonthly', 'no-invoices', imports('invoices')],
    ['lines.unusedRate', 'no-invoices', imports('invoices')],
    ['lines.underusedRate', 'no-invoices', imports('invoices')],
    ['cost.outOfPlanShare', 'no-invoices', imports('invoices')],
    ['devices.complianceRate', 'no-compliance-state', imports('devices')],
    ['devices.ghostRate', 'no-check-in-dates', imports('devices')],
    ['devices.averageAgeYears', 'no-purchase-dates', imports('devices')],
    ['devices.olderThan3YearsRate', 'no-purchase-dates', imports('devices')],
    ['devices.osBehindRate', 'no-os-catalogue', { kind: 'reference', file: 'os-catalogue' }],
    [
      'devices.pastSupportRate',
      'no-support-catalogue',
      { kind: 'reference', file: 'device-support' },
    ],
  ])('%s has no value: %s', (id, reason, need) => {
    const result = results.get(id);

    expect(result?.value).toBeNull();
    expect(result?.status).toBe('none');
    expect(result?.basis).toBe(0);
    expect(result?.missing?.reason).toBe(reason);
    expect(result?.missing?.need).toMatchObject(need);
  });
});

describe('KPIs on a single billed month', () => {
  // November only: 3 lines, 40, 60 and 50 billed, 5 of it out of plan on L2.
  const invoices = [
    bill('L1', '2026-11', { totalExVat: 40, planCharge: 40, dataMb: 100 }),
    bill('L2', '2026-11', { totalExVat: 60, planCharge: 55, outOfPlan: 5, dataMb: 900 }),
    bill('L3', '2026-11', { totalExVat: 50, planCharge: 50, dataMb: 10 }),
  ];
  const lines = [
    line('L1', { dataAllowanceMb: 1000 }),
    line('L2', { dataAllowanceMb: 2000 }),
    line('L3', { dataAllowanceMb: 0 }),
  ];
  const results = byId(computeKpis(input({ invoices, lines })));

  it.each(['lines.unusedRate', 'lines.underusedRate'])(
    '%s needs as many billed months as its window (2 months unused, 3 under-used)',
    (id) => {
      expect(results.get(id)?.value).toBeNull();
      expect(results.get(id)?.missing?.reason).toBe('too-few-billed-months');
    },
  );

  it('still gives the cost per line and the out-of-plan share of that month', () => {
    // (40 + 60 + 50) / 3 line-months = 50; 5 / 150 = 3.33%, a stake of 5 a month.
    expect(results.get('cost.perLineMonthly')?.value).toBe(50);
    expect(results.get('cost.perLineMonthly')?.basis).toBe(3);
    expect(results.get('cost.outOfPlanShare')?.value).toBeCloseTo(10 / 3, 9);
    expect(results.get('cost.outOfPlanShare')?.monthlyStake).toBe(5);
    expect(results.get('cost.outOfPlanShare')?.evidence).toEqual(['L2']);
  });

  it('judges use on that month when both windows are one month', () => {
    // L1: 100 of 1,000 MB = 10% < 20% -> under-used; L2: 900 of 2,000 = 45%. L3 is billed and
    // used, but its zero allowance is no plan to resize: out of the denominator, 1 of 2 = 50%.
    const settings = { ...input().settings, usageWindowMonths: 1, unusedWindowMonths: 1 };
    const result = byId(computeKpis(input({ invoices, lines, settings })));

    expect(result.get('lines.underusedRate')?.value).toBe(50);
    expect(result.get('lines.underusedRate')?.basis).toBe(2);
    expect(result.get('lines.underusedRate')?.evidence).toEqual(['L1']);
    expect(result.get('lines.underusedRate')?.monthlyStake).toBe(40);
    expect(result.get('lines.unusedRate')?.value).toBe(0);
  });
});
