import { describe, expect, it } from 'vitest';

import { KPI_SETTING_DEFAULTS } from '@core/kpi/settings';
import type { InvoiceRow } from '@core/model/invoice';
import type { Line } from '@core/model/line';
import { recommendSavings } from '@core/savings';
import type { SavingsInput } from '@core/savings';

import { bill, line } from '../kpi/fixtures';

// One operator with three plans; the usage window is the last 3 billed months before
// 2026-11-30: September, October, November.
const WINDOW = ['2026-09', '2026-10', '2026-11'];
const GB = 1024;
const small = { operator: 'Op', plan: 'Small', planPrice: 10, dataAllowanceMb: 2 * GB };
const medium = { operator: 'Op', plan: 'Medium', planPrice: 20, dataAllowanceMb: 20 * GB };
const big = { operator: 'Op', plan: 'Big', planPrice: 30, dataAllowanceMb: 80 * GB };

function months(number: string, each: Array<Partial<InvoiceRow>>): InvoiceRow[] {
  return each.map((fields, i) => bill(number, WINDOW[i], fields));
}

function run(lines: Line[], invoices: InvoiceRow[]): ReturnType<typeof recommendSavings> {
  const input: SavingsInput = {
    lines,
    invoices,
    settings: KPI_SETTING_DEFAULTS,
    referenceDate: '2026-11-30',
  };
  return recommendSavings(input);
}

const inventory = [
  line('A', { ...big, voiceAllowanceMin: null }),
  line('B', { ...medium, voiceAllowanceMin: null }),
  line('C', { ...small, voiceAllowanceMin: 120 }),
  line('D', { ...medium, voiceAllowanceMin: null }),
];

const invoices = [
  // A uses 1 GB a month on average (1.2% of 80 GB), peaking at 1.5 GB and 100 minutes.
  ...months('A', [
    { dataMb: 500, voiceMin: 50 },
    { dataMb: 1000, voiceMin: 100 },
    { dataMb: 1500, voiceMin: 80 },
  ]),
  // B is billed and never used.
  ...months('B', [{ planCharge: 20 }, { planCharge: 20 }, { planCharge: 20 }]),
  // C overflows its 2 GB every month and pays 15 a month on average for it.
  ...months('C', [
    { dataMb: 3000, voiceMin: 100, outOfPlan: 15 },
    { dataMb: 3500, voiceMin: 100, outOfPlan: 18 },
    { dataMb: 2500, voiceMin: 100, outOfPlan: 12 },
  ]),
  // D uses about half of its plan: nothing to do.
  ...months('D', [{ dataMb: 10000 }, { dataMb: 10000 }, { dataMb: 10000 }]),
  // E is not in the inventory and idle; its invoices say it costs 12 a month.
  ...months('E', [{ planCharge: 12 }, { planCharge: 12 }, { planCharge: 12 }]),
  // F is billed in two months of the window only: too new to judge.
  bill('F', '2026-10', { planCharge: 20 }),
  bill('F', '2026-11', { planCharge: 20 }),
];

describe('savings recommendations', () => {
  const found = run(inventory, invoices);
  const byLine = (number: string) => found.find((r) => r.lineNumber === number);

  it('terminates an unused line at its plan price, twelve times a year', () => {
    expect(byLine('B')).toMatchObject({ kind: 'terminate', monthly: 20, yearly: 240 });
    expect(byLine('B')?.evidence).toEqual(['B|2026-09', 'B|2026-10', 'B|2026-11']);
  });

  it('prices an idle line missing from the inventory from its invoiced plan charge', () => {
    expect(byLine('E')).toMatchObject({ kind: 'terminate', monthly: 12, yearly: 144 });
    expect(byLine('E')?.facts.priceSource).toBe('invoices');
  });

  it('moves an under-used line to the cheapest plan that takes its peak month', () => {
    // Small (10) takes 1.5 GB and 100 minutes: 30 - 10 = 20 a month.
    expect(byLine('A')).toMatchObject({ kind: 'downgrade', monthly: 20, yearly: 240 });
    expect(byLine('A')?.facts).toMatchObject({
      targetPlan: 'Small',
      targetPrice: 10,
      peakDataMb: 1500,
      peakVoiceMin: 100,
      meanDataMb: 1000,
    });
  });

  it('upgrades a line whose plan plus overage costs more than the bigger plan', () => {
    // Paid 10 + (15 + 18 + 12) / 3 = 25 a month; Medium takes 3.5 GB for 20: 5 a month saved.
    expect(byLine('C')).toMatchObject({ kind: 'upgrade', monthly: 5, yearly: 60 });
    expect(byLine('C')?.facts).toMatchObject({ targetPlan: 'Medium', meanOutOfPlan: 15 });
  });

  it('leaves alone lines used normally and lines billed in part of the window', () => {
    expect(byLine('D')).toBeUndefined();
    expect(byLine('F')).toBeUndefined();
  });

  it('lists the largest yearly saving first, then by line number', () => {
    expect(found.map((r) => r.lineNumber)).toEqual(['A', 'B', 'E', 'C']);
  });
});

describe('choosing the target plan', () => {
  it('skips a cheaper plan whose minutes do not cover the peak month', () => {
    const heavyCaller = months('A', [{ dataMb: 100, voiceMin: 150 }, {}, {}]);
    const found = run(inventory, heavyCaller);

    // Small allows 120 minutes; Medium (unlimited, 20) is the cheapest that fits.
    expect(found[0]).toMatchObject({ kind: 'downgrade', monthly: 10 });
    expect(found[0].facts.targetPlan).toBe('Medium');
  });

  it('never offers a data-only plan to a line that calls or texts', () => {
    const dataOnly = { operator: 'Op', plan: 'Data', planPrice: 5, voiceAllowanceMin: 0 };
    const sim = line('X', { ...dataOnly, dataAllowanceMb: GB });
    const texts = months('A', [{ dataMb: 100, sms: 3 }, {}, {}]);
    const found = run([...inventory, sim], texts);

    expect(found[0].facts.targetPlan).toBe('Small');
  });

  it('only looks at plans of the line’s own operator', () => {
    const tiny = { operator: 'Other', plan: 'Tiny', planPrice: 2, dataAllowanceMb: 5 * GB };
    const other = line('Y', tiny);
    const found = run([...inventory, other], months('A', [{ dataMb: 100 }, {}, {}]));

    expect(found[0].facts.targetPlan).toBe('Small');
  });

  it('recommends nothing when fewer months are billed than the usage window', () => {
    expect(
      run(
        inventory,
        invoices.filter((row) => row.period !== '2026-09'),
      ),
    ).toEqual([]);
  });
});
