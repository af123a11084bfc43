import { describe, expect, it } from 'vitest';

import { restoreInvoiceRow } from '@core/model/invoice';
import type { InvoiceRow } from '@core/model/invoice';
import { combineInvoiceRows } from '@core/reconcile/combine-invoice-rows';

const row = (fields: Partial<InvoiceRow>): InvoiceRow =>
  restoreInvoiceRow({ lineNumber: '+15145550100', period: '2024-03', ...fields });

const bill = row({ operator: 'Bell', plan: 'Affaires 10 Go', planCharge: 45, totalExVat: 52.5 });
const usage = row({ dataMb: 2048, voiceMin: 130, sms: 12 });

describe('combineInvoiceRows', () => {
  it('adds a usage report to the bill of the same line and month', () => {
    expect(combineInvoiceRows(bill, usage)).toEqual({
      ...bill,
      dataMb: 2048,
      voiceMin: 130,
      sms: 12,
    });
  });

  it('keeps the usage when the bill comes after the usage report', () => {
    expect(combineInvoiceRows(usage, bill)).toEqual({
      ...bill,
      dataMb: 2048,
      voiceMin: 130,
      sms: 12,
    });
  });

  it('lets a later bill with charges and usage replace the earlier one entirely', () => {
    const corrected = row({ operator: 'Bell', planCharge: 40, totalExVat: 40, dataMb: 10 });
    expect(combineInvoiceRows(row({ ...bill, dataMb: 999 }), corrected)).toEqual({
      ...corrected,
      plan: 'Affaires 10 Go',
    });
  });
});
