import { describe, expect, it } from 'vitest';

import { spendByMonth } from '@core/documents/fleet-stats';
import { restoreInvoiceRow } from '@core/model/invoice';

const bill = (period: string, lineNumber: string, planCharge: number, outOfPlan = 0) =>
  restoreInvoiceRow({
    lineNumber,
    period,
    planCharge,
    outOfPlan,
    totalExVat: planCharge + outOfPlan,
  });

describe('the monthly spend of the bills', () => {
  it('counts each line once per month, whatever the order of the rows', () => {
    const months = spendByMonth([
      bill('2026-10', '+33612345678', 20),
      bill('2026-09', '+33612345678', 20, 5),
      bill('2026-10', '+33698765432', 30),
      // A second row for the same line and month: charged, not counted as another line.
      bill('2026-10', '+33612345678', 0, 2.5),
      bill('2026-09', '+33698765432', 30),
    ]);

    expect(months).toEqual([
      {
        period: '2026-09',
        lines: 2,
        planCharge: 50,
        outOfPlan: 5,
        options: 0,
        oneOff: 0,
        total: 55,
      },
      {
        period: '2026-10',
        lines: 2,
        planCharge: 50,
        outOfPlan: 2.5,
        options: 0,
        oneOff: 0,
        total: 52.5,
      },
    ]);
  });

  it('counts thousands of lines in a month, beyond the first bitmap', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => bill('2026-11', `+3361${i}`, 1));
    rows.push(bill('2026-11', '+33610', 1));

    const [november] = spendByMonth(rows);

    expect(november.lines).toBe(3000);
    expect(november.total).toBe(3001);
  });

  it('has no month without bills', () => {
    expect(spendByMonth([])).toEqual([]);
  });
});
