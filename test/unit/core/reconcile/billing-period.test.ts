import { describe, expect, it } from 'vitest';

import { restoreInvoiceRow } from '@core/model/invoice';
import type { InvoiceRow } from '@core/model/invoice';
import { invoiceKey, mergeDatasets } from '@core/reconcile/merge-rows';

const LINE = '+33611223344';
const row = (period: string, billingPeriod: string | null, fields: Partial<InvoiceRow>) =>
  restoreInvoiceRow({ lineNumber: LINE, period, billingPeriod, ...fields });

const merge = (...imports: InvoiceRow[][]) =>
  mergeDatasets({
    devices: [],
    lines: [],
    plans: [],
    invoices: imports.map((rows, i) => ({ importId: `import-${i}`, rows })),
  }).invoices;

// What a KPI reads: one sum per line and service month, whatever invoice billed it.
function serviceMonthTotals(rows: readonly InvoiceRow[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const r of rows) totals[r.period] = (totals[r.period] ?? 0) + r.totalExVat;
  return totals;
}

describe('billing period and service period', () => {
  it('keeps a month billed on two invoices as two rows that sum to the month', () => {
    // February's subscription comes on the February invoice, its usage on March's.
    const february = [
      row('2024-02', '2024-02', { planCharge: 20, totalExVat: 20 }),
      row('2024-01', '2024-02', { outOfPlan: 4.5, dataMb: 900, totalExVat: 4.5 }),
    ];
    const march = [
      row('2024-03', '2024-03', { planCharge: 20, totalExVat: 20 }),
      row('2024-02', '2024-03', { outOfPlan: 7.25, dataMb: 1200, totalExVat: 7.25 }),
    ];

    const merged = merge(february, march);

    expect(merged).toHaveLength(4);
    expect(serviceMonthTotals(merged)).toEqual({ '2024-01': 4.5, '2024-02': 27.25, '2024-03': 20 });
  });

  it('lets a re-imported invoice replace its own rows, not the other invoice’s', () => {
    const first = [row('2024-02', '2024-03', { outOfPlan: 7.25, totalExVat: 7.25 })];
    const corrected = [row('2024-02', '2024-03', { outOfPlan: 6, totalExVat: 6 })];
    const advance = [row('2024-02', '2024-02', { planCharge: 20, totalExVat: 20 })];

    const merged = merge(advance, first, corrected);

    expect(merged.map((r) => [r.billingPeriod, r.totalExVat])).toEqual([
      ['2024-02', 20],
      ['2024-03', 6],
    ]);
  });

  it('pairs a usage report with the row billed in its own month, keeping the charges', () => {
    const bill = [row('2024-02', null, { planCharge: 20, totalExVat: 20 })];
    const usage = [row('2024-02', null, { dataMb: 2048, voiceMin: 95 })];

    const [merged] = merge(bill, usage);

    expect(merged).toMatchObject({ billingPeriod: null, totalExVat: 20, dataMb: 2048 });
  });

  it('treats a billing month equal to the service month as no billing month', () => {
    expect(invoiceKey(row('2024-02', '2024-02', {}))).toEqual(invoiceKey(row('2024-02', null, {})));
    expect(invoiceKey(row('2024-02', '2024-03', {}))).not.toEqual(
      invoiceKey(row('2024-02', null, {})),
    );
  });

  it('keeps the invoice month when a usage report without one completes the row', () => {
    const bill = [row('2024-02', '2024-02', { planCharge: 20, totalExVat: 20 })];
    const usage = [row('2024-02', null, { dataMb: 10 })];

    expect(merge(bill, usage)[0].billingPeriod).toBe('2024-02');
  });

  it('restores a stored row written before billing periods existed', () => {
    const old = restoreInvoiceRow({ lineNumber: LINE, period: '2023-11', totalExVat: 3 });

    expect(old.billingPeriod).toBeNull();
  });
});
