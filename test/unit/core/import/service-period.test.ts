import { describe, expect, it } from 'vitest';

import { serviceMonthOf } from '@core/import/recognise/service-month';
import type { InvoiceRow } from '@core/model/invoice';
import { mergeDatasets } from '@core/reconcile/merge-rows';

import { fixture } from './fixtures';
import { onlyPart } from './import-part';

const ADVANCE = 'operator-fr-subscription-in-advance-usage-in-arrears.csv';
const INDIVIDUAL = 'telus-individual-detail-report-blocks-latin1.txt';

const row = (fields: Partial<InvoiceRow>): InvoiceRow => ({
  lineNumber: '+33612345678',
  period: '2024-02',
  billingPeriod: null,
  operator: 'Orange',
  plan: 'Pro 20 Go',
  planCharge: 0,
  dataMb: 0,
  voiceMin: 0,
  sms: 0,
  outOfPlan: 0,
  options: 0,
  oneOff: 0,
  totalExVat: 0,
  ...fields,
});

// A KPI's grain: one sum per line and service month, whatever invoice billed it.
function byServiceMonth(rows: readonly InvoiceRow[]) {
  const months = new Map<string, { total: number; dataMb: number }>();
  for (const r of rows) {
    const key = `${r.lineNumber} ${r.period}`;
    const sum = months.get(key) ?? { total: 0, dataMb: 0 };
    months.set(key, { total: sum.total + r.totalExVat, dataMb: sum.dataMb + r.dataMb });
  }
  return Object.fromEntries(months);
}

describe('service month and billing month', () => {
  it('reads the service month and the invoice month of a French bill apart', async () => {
    const part = await onlyPart(ADVANCE);
    const rows = part.result?.rows as InvoiceRow[];

    expect(part.recognition).toMatchObject({
      source: 'operator-fr',
      mapping: { period: 'Période de service', billingPeriod: 'Date de facture' },
    });
    expect(rows).toHaveLength(8);
    expect(rows.slice(4, 6)).toEqual([
      row({ period: '2024-03', planCharge: 29, totalExVat: 29 }),
      row({
        period: '2024-02',
        billingPeriod: '2024-03',
        dataMb: 3072,
        voiceMin: 140,
        sms: 20,
        outOfPlan: 4.5,
        totalExVat: 4.5,
      }),
    ]);
  });

  it('adds each month’s advance subscription and arrears usage into the month they cover', async () => {
    const part = await onlyPart(ADVANCE);
    const imported = part.result?.rows as InvoiceRow[];

    const merged = mergeDatasets({
      devices: [],
      lines: [],
      plans: [],
      invoices: [{ importId: 'bills', rows: imported }],
    }).invoices;

    expect(merged).toHaveLength(8);
    expect(byServiceMonth(merged)).toEqual({
      '+33612345678 2024-01': { total: 0, dataMb: 2048 },
      '+33612345678 2024-02': { total: 33.5, dataMb: 3072 },
      '+33612345678 2024-03': { total: 29, dataMb: 0 },
      '+33698765432 2024-01': { total: 0, dataMb: 0 },
      '+33698765432 2024-02': { total: 19, dataMb: 0 },
      '+33698765432 2024-03': { total: 19, dataMb: 0 },
    });
  });

  it('keeps an invoice-date column as the only month when no service column is given', async () => {
    const text =
      'Numéro de ligne;Forfait;Prix forfait HT;Conso data (Mo);Total HT;Date de facture\n' +
      '0612345678;Pro;12,00;10;12,00;05/03/2024\n';
    const bytes = new TextEncoder().encode(text);
    const part = await onlyPart('one-month.csv', undefined, bytes);

    expect(part.result?.rows).toMatchObject([{ period: '2024-03', billingPeriod: null }]);
  });

  it('reads a French service range as the month it mostly covers', async () => {
    const text =
      'Numéro de ligne;Forfait;Total HT;Période couverte;Date de facture\n' +
      '0612345678;Pro;12,00;du 16/02/2024 au 15/03/2024;05/02/2024\n' +
      '0612345678;Pro;3,00;2024-01;05/02/2024\n';
    const bytes = new TextEncoder().encode(text);
    const part = await onlyPart('ranges.csv', undefined, bytes);

    expect(part.result?.rows).toMatchObject([
      { period: '2024-03', billingPeriod: '2024-02', totalExVat: 12 },
      { period: '2024-01', billingPeriod: '2024-02', totalExVat: 3 },
    ]);
  });

  it('puts a Telus plan billed ahead in the month its range mostly covers', async () => {
    // The same report, the plan's cycle moved to Feb 20 – Mar 19: ten days of February.
    const text = new TextDecoder('windows-1252').decode(fixture(INDIVIDUAL));
    const moved = text.replaceAll('07-Feb-24 to 06-Mar-24', '20-Feb-24 to 19-Mar-24');
    const bytes = new TextEncoder().encode(moved);
    const part = await onlyPart(INDIVIDUAL, undefined, bytes);

    expect(part.result?.rows).toMatchObject([
      { period: '2024-03', billingPeriod: '2024-02', planCharge: 50, totalExVat: 50 },
      { period: '2024-02', billingPeriod: null, planCharge: 0, totalExVat: 19.35 },
    ]);
  });

  it('names the month most of a service range falls in', () => {
    expect(serviceMonthOf('02/17/24 - 03/16/24', 'mdy')).toBe('2024-03');
    expect(serviceMonthOf('07-Feb-24 to 06-Mar-24')).toBe('2024-02');
    expect(serviceMonthOf('du 01/02/2024 au 29/02/2024')).toBe('2024-02');
    expect(serviceMonthOf('2024-01-17 - 2024-02-15')).toBe('2024-01');
    expect(serviceMonthOf('03/16/24 - 02/17/24', 'mdy')).toBeNull();
    expect(serviceMonthOf('Business Unlimited')).toBeNull();
  });
});
