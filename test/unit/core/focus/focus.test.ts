import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

import { FOCUS_COLUMNS, focusCsv, monthBounds, toFocusRows } from '@core/focus';
import { restoreInvoiceRow } from '@core/model/invoice';

// March's usage billed on the April invoice: 25 plan + 5 options + 2.40 out of plan, a 10
// credit, and a total of 23.90 ex VAT, so 1.50 the bill does not break down.
const arrears = restoreInvoiceRow({
  lineNumber: '+33612345678',
  period: '2024-03',
  billingPeriod: '2024-04',
  operator: 'Orange',
  plan: 'Pro 20 Go',
  planCharge: 25,
  options: 5,
  outOfPlan: 2.4,
  oneOff: -10,
  dataMb: 3500.5,
  voiceMin: 0,
  sms: 12,
  totalExVat: 23.9,
});

const december = restoreInvoiceRow({
  lineNumber: '+33698765432',
  period: '2024-12',
  operator: '=HYPERLINK("http://x")',
  plan: null,
  planCharge: 19,
  totalExVat: 19,
});

describe('toFocusRows', () => {
  const rows = toFocusRows([arrears], { currency: 'EUR' });

  it('gives one row per charge, usage kind and unexplained difference', () => {
    expect(
      rows.map((r) => [
        r.ChargeCategory,
        r.ChargeFrequency,
        r.ChargeDescription,
        r.BilledCost,
        r.ConsumedQuantity,
        r.ConsumedUnit,
      ]),
    ).toEqual([
      ['Purchase', 'Recurring', 'Pro 20 Go', 25, null, null],
      ['Purchase', 'Recurring', 'Options', 5, null, null],
      ['Credit', 'One-Time', 'One-off charges', -10, null, null],
      ['Usage', 'Usage-Based', 'Out-of-plan usage', 2.4, null, null],
      ['Usage', 'Usage-Based', 'Data', 0, 3500.5, 'MB'],
      ['Usage', 'Usage-Based', 'SMS', 0, 12, 'Messages'],
      ['Adjustment', 'One-Time', 'Difference with the bill total', 1.5, null, null],
    ]);
  });

  it('adds up to the bill’s total ex VAT', () => {
    const sum = rows.reduce((total, r) => total + r.BilledCost, 0);

    expect(Math.round(sum * 100) / 100).toBe(23.9);
  });

  it('dates the charge in its service month and the bill in its invoice month', () => {
    expect(rows[0]).toMatchObject({
      ChargePeriodStart: '2024-03-01T00:00:00.000Z',
      ChargePeriodEnd: '2024-04-01T00:00:00.000Z',
      BillingPeriodStart: '2024-04-01T00:00:00.000Z',
      BillingPeriodEnd: '2024-05-01T00:00:00.000Z',
      BillingCurrency: 'EUR',
      ProviderName: 'Orange',
      InvoiceIssuerName: 'Orange',
      ResourceId: '+33612345678',
      ResourceType: 'Mobile line',
      ServiceCategory: 'Networking',
    });
  });

  it('bills a row with one month in that month, the year turning in December', () => {
    const [plan] = toFocusRows([december], { currency: 'EUR' });

    expect(plan).toMatchObject({
      BillingPeriodStart: '2024-12-01T00:00:00.000Z',
      BillingPeriodEnd: '2025-01-01T00:00:00.000Z',
      ChargeDescription: 'Plan',
    });
    expect(monthBounds('2024-02').end).toBe('2024-03-01T00:00:00.000Z');
  });

  it('adds no adjustment when the file gave no total', () => {
    const noTotal = restoreInvoiceRow({ lineNumber: '+33611', period: '2024-01', planCharge: 9 });

    expect(toFocusRows([noTotal], { currency: 'EUR' }).map((r) => r.ChargeCategory)).toEqual([
      'Purchase',
    ]);
  });
});

describe('focusCsv', () => {
  it('writes every FOCUS column and neutralises a formula in a text', () => {
    const text = focusCsv(toFocusRows([arrears, december], { currency: 'EUR' }));
    const parsed = Papa.parse<Record<string, string>>(text, { header: true });

    expect(parsed.meta.fields).toEqual([...FOCUS_COLUMNS]);
    expect(parsed.data).toHaveLength(8);
    expect(parsed.data[7]).toMatchObject({
      BilledCost: '19',
      ProviderName: '\'=HYPERLINK("http://x")',
      ResourceId: '+33698765432',
      ConsumedQuantity: '',
      ChargeClass: '',
    });
  });
});
