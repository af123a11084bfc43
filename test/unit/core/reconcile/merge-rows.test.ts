import { describe, expect, it } from 'vitest';

import { restoreInvoiceRow } from '@core/model/invoice';
import type { InvoiceRow } from '@core/model/invoice';
import { restoreLine } from '@core/model/line';
import { restorePlan } from '@core/model/plan';
import { mergeDatasets } from '@core/reconcile/merge-rows';

const bill = (lineNumber: string, period: string, fields: Partial<InvoiceRow>) =>
  restoreInvoiceRow({ lineNumber, period, ...fields });

describe('mergeDatasets', () => {
  const merged = mergeDatasets({
    devices: [],
    lines: [
      { importId: 'a', rows: [restoreLine({ number: '+33611', plan: 'Pro 5 Go' })] },
      {
        importId: 'b',
        rows: [
          restoreLine({ number: '+33622', plan: 'Pro 20 Go' }),
          restoreLine({ number: '+33611', plan: 'Pro 50 Go' }),
        ],
      },
    ],
    invoices: [
      {
        importId: 'bill',
        rows: [
          bill('+33611', '2024-03', { planCharge: 20, totalExVat: 20 }),
          bill('+33611', '2024-04', { planCharge: 20, totalExVat: 20 }),
        ],
      },
      { importId: 'usage', rows: [bill('+33611', '2024-03', { dataMb: 512 })] },
    ],
    plans: [
      {
        importId: 'catalogue',
        rows: [
          restorePlan({
            operator: 'Orange',
            plan: 'Pro 5 Go',
            planPrice: 12,
            dataAllowanceMb: 5120,
          }),
        ],
      },
    ],
  });

  it('keeps the first-seen order and the later import’s row for the same key', () => {
    expect(merged.lines.map((l) => [l.number, l.plan])).toEqual([
      ['+33611', 'Pro 50 Go'],
      ['+33622', 'Pro 20 Go'],
    ]);
  });

  it('completes a month’s charges with a later usage report instead of losing them', () => {
    expect(merged.invoices.map((r) => [r.period, r.totalExVat, r.dataMb])).toEqual([
      ['2024-03', 20, 512],
      ['2024-04', 20, 0],
    ]);
  });

  it('passes a single import through', () => {
    expect(merged.plans).toHaveLength(1);
  });
});
