import { describe, expect, it } from 'vitest';

import type { ContractTermsRow } from '@core/kpi/inputs';
import { KPI_SETTING_DEFAULTS } from '@core/kpi/settings';
import type { InvoiceRow } from '@core/model/invoice';
import { recommendSavings } from '@core/savings';
import type { SavingKind } from '@core/savings';

import { bill, line } from '../kpi/fixtures';

// Ten lines of "Op" at 20 a month over September to November 2026; lines 1 to 3 are idle (three
// terminations at 20 each), the others used. Reference date 2026-11-30.
const MONTHS = ['2026-09', '2026-10', '2026-11'];
const numbers = Array.from({ length: 10 }, (_, i) => `+3360000000${i}`);
const lines = numbers.map((number) => line(number, { operator: 'Op', planPrice: 20 }));
const invoices: InvoiceRow[] = numbers.flatMap((number, i) =>
  MONTHS.map((period) =>
    bill(number, period, { operator: 'Op', totalExVat: 20, dataMb: i >= 1 && i <= 3 ? 0 : 500 }),
  ),
);

function terms(fields: Partial<ContractTermsRow>): ContractTermsRow {
  return {
    id: 't',
    operator: ' op ',
    contractEnd: null,
    respirationPct: 0,
    minimumMonthly: 0,
    penaltyPerLine: 0,
    ...fields,
  };
}

function run(rows: ContractTermsRow[], kind: SavingKind) {
  return recommendSavings({
    lines,
    invoices,
    settings: KPI_SETTING_DEFAULTS,
    referenceDate: '2026-11-30',
    inputs: { 'contract-terms': rows },
  }).filter((saving) => saving.kind === kind);
}

describe('contract levers', () => {
  it('frees floor(share x lines) terminations from penalty, and charges the rest', () => {
    const row = terms({ respirationPct: 25, contractEnd: '2027-05-31', penaltyPerLine: 45 });
    // 25% of 10 lines = 2.5, so 2 free; the third termination costs 45 once.
    expect(run([row], 'respiration')).toMatchObject([
      { monthly: 0, detail: { allowance: 2, terminations: 3, lines: 10 } },
    ]);
    const [end] = run([row], 'contract-end');
    expect(end).toMatchObject({
      monthly: 0,
      detail: { running: true, monthsLeft: 6, excess: 1, penalty: 45 },
    });
    expect(end.evidence).toHaveLength(3);
  });

  it('has no penalty once the commitment has ended, and no lever without terms', () => {
    const ended = terms({ contractEnd: '2026-10-31', penaltyPerLine: 45 });
    expect(run([ended], 'contract-end')).toMatchObject([
      { detail: { running: false, excess: 0, penalty: 0 } },
    ]);
    expect(run([], 'contract-end')).toEqual([]);
    expect(run([terms({ respirationPct: 5 })], 'respiration')).toEqual([]);
  });

  it('deducts what the terminations would take below the guaranteed minimum', () => {
    // Spend 10 x 20 = 200 a month; the terminations take 60 off, to 140. With a minimum of
    // 150, 10 a month is still billed: -10 a month, -120 a year.
    const [floor] = run([terms({ minimumMonthly: 150 })], 'minimum-revenue');
    expect(floor).toMatchObject({ monthly: -10, yearly: -120 });
    expect(floor.detail).toMatchObject({ spendMonthly: 200, spendAfter: 140 });
    // A minimum the spend stays above gives nothing; one above today's spend loses it all.
    expect(run([terms({ minimumMonthly: 140 })], 'minimum-revenue')).toEqual([]);
    expect(run([terms({ minimumMonthly: 500 })], 'minimum-revenue')[0].monthly).toBe(-60);
  });

  it('takes the row that ends last when an operator is entered twice', () => {
    const rows = [
      terms({ id: 'a', contractEnd: '2027-01-31' }),
      terms({ id: 'b', contractEnd: '2028-01-31' }),
    ];
    expect(run(rows, 'contract-end').map((saving) => saving.detail?.contractEnd)).toEqual([
      '2028-01-31',
    ]);
  });
});
