import { describe, expect, it } from 'vitest';

import { KPI_SETTING_DEFAULTS } from '@core/kpi/settings';
import type { InvoiceRow } from '@core/model/invoice';
import type { Line } from '@core/model/line';
import { restorePlan } from '@core/model/plan';
import type { Plan } from '@core/model/plan';
import { recommendSavings } from '@core/savings';

import { bill, line } from '../kpi/fixtures';

// The usage window is the last 3 billed months before 2026-11-30. Every line here is with
// Orange on Pro 50 Go at 29 a month, unlimited calls and texts.
const WINDOW = ['2026-09', '2026-10', '2026-11'];
const GB = 1024;
const current = { operator: 'Orange', plan: 'Pro 50 Go', planPrice: 29, dataAllowanceMb: 50 * GB };

function plan(name: string, planPrice: number, fields: Partial<Plan> = {}): Plan {
  return restorePlan({ operator: 'Orange', plan: name, planPrice, dataAllowanceMb: 0, ...fields });
}

function months(number: string, each: Array<Partial<InvoiceRow>>): InvoiceRow[] {
  return each.map((fields, i) => bill(number, WINDOW[i], fields));
}

function run(lines: Line[], invoices: InvoiceRow[], plans: Plan[]) {
  return recommendSavings({
    lines,
    invoices,
    plans,
    settings: KPI_SETTING_DEFAULTS,
    referenceDate: '2026-11-30',
  });
}

// L uses 2, 3 and 2.5 GB (5% of its 50 GB on average; 3 GB at its 95th percentile, which
// over three months is its peak), 200 minutes and 10 texts a month.
const light = months('L', [
  { dataMb: 2 * GB, voiceMin: 200, sms: 10 },
  { dataMb: 3 * GB, voiceMin: 200, sms: 10 },
  { dataMb: 2.5 * GB, voiceMin: 200, sms: 10 },
]);

// Another Orange line shows a Pro 3 Go plan at 10: cheaper than any catalogue plan covering L.
const seenOnLines = {
  operator: 'Orange',
  plan: 'Pro 3 Go',
  planPrice: 10,
  dataAllowanceMb: 3 * GB,
};
const lines = [line('L', current), line('S', seenOnLines)];

const catalogue = [
  plan('Pro 2 Go', 9, { dataAllowanceMb: 2 * GB }),
  plan('Data 20 Go', 8, { dataAllowanceMb: 20 * GB, voiceAllowanceMin: 0, smsAllowance: 0 }),
  plan('Pro 4 Go 5 SMS', 11, { dataAllowanceMb: 4 * GB, smsAllowance: 5 }),
  plan('Pro 10 Go', 15, { dataAllowanceMb: 10 * GB }),
  plan('Pro 5 Go', 12.5, { dataAllowanceMb: 5 * GB }),
  plan('Pro Illimité', 45, { dataAllowanceMb: null }),
];

describe('savings with the contract plan catalogue', () => {
  it('moves a line using 3 GB of 50 GB to the cheapest catalogue plan covering 3 GB', () => {
    // 2 GB is too small, the data SIM takes no calls, 5 texts are too few: Pro 5 Go at 12.50.
    const [found] = run(lines, light, catalogue);

    expect(found).toMatchObject({ kind: 'downgrade', lineNumber: 'L', monthly: 16.5 });
    expect(found.yearly).toBe(198);
    expect(found.facts).toMatchObject({
      currentPlan: 'Pro 50 Go',
      targetPlan: 'Pro 5 Go',
      targetPrice: 12.5,
      targetSource: 'catalogue',
      peakDataMb: 3 * GB,
    });
  });

  it('gives no move when no catalogue plan covers the line, whatever the lines show', () => {
    const small = catalogue.filter((p) => p.plan === 'Pro 2 Go' || p.plan === 'Data 20 Go');

    expect(run(lines, light, small)).toEqual([]);
  });

  it('falls back on the plans seen on lines when no catalogue is imported', () => {
    const [found] = run(lines, light, []);

    expect(found.facts).toMatchObject({ targetPlan: 'Pro 3 Go', targetSource: 'inventory' });
    expect(found.monthly).toBe(19);
  });

  it('keeps the lines fallback for an operator the catalogue does not list', () => {
    const otherOperator = catalogue.map((p) => ({ ...p, operator: 'SFR' }));
    const [found] = run(lines, light, otherOperator);

    expect(found.facts).toMatchObject({ targetPlan: 'Pro 3 Go', targetSource: 'inventory' });
  });

  it('upgrades a line that overflows every month to an unlimited catalogue plan', () => {
    // 60 GB a month and 20 of overage: 29 + 20 = 49 paid; Pro Illimité costs 45, 4 a month less.
    const heavy = months('L', [
      { dataMb: 60 * GB, outOfPlan: 20 },
      { dataMb: 60 * GB, outOfPlan: 20 },
      { dataMb: 60 * GB, outOfPlan: 20 },
    ]);
    const [found] = run(lines, heavy, catalogue);

    expect(found).toMatchObject({ kind: 'upgrade', monthly: 4, yearly: 48 });
    expect(found.facts).toMatchObject({ targetPlan: 'Pro Illimité', targetSource: 'catalogue' });
  });

  it('prefers the unlimited plan among plans of the same price', () => {
    const sameprice = [
      plan('Pro 5 Go', 12.5, { dataAllowanceMb: 5 * GB }),
      plan('Pro Sans Limite', 12.5, { dataAllowanceMb: null }),
    ];
    const [found] = run(lines, light, sameprice);

    expect(found.facts.targetPlan).toBe('Pro Sans Limite');
  });
});

describe('the use a target plan must cover', () => {
  it('is the 95th-percentile month: over 20 months, one exceptional month is left aside', () => {
    // 19 months at 3 GB and one at 40 GB: the nearest-rank 95th percentile is 3 GB. The
    // window runs from April 2025 (month 3 counted from January 2025) to November 2026.
    const window = Array.from({ length: 20 }, (_, i) => {
      const month = 3 + i;
      return `${2025 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
    });
    const usage = window.map((period, i) =>
      bill('L', period, { dataMb: (i === 7 ? 40 : 3) * GB, voiceMin: 200, sms: 10 }),
    );

    const [found] = recommendSavings({
      lines,
      invoices: usage,
      plans: catalogue,
      settings: { ...KPI_SETTING_DEFAULTS, usageWindowMonths: 20 },
      referenceDate: '2026-11-30',
    });

    expect(window[0]).toBe('2025-04');
    expect(window[19]).toBe('2026-11');
    expect(found.facts).toMatchObject({ peakDataMb: 3 * GB, targetPlan: 'Pro 5 Go' });
  });
});
