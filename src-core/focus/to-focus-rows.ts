import { billingMonthOf } from '@core/model/invoice';
import type { InvoiceRow } from '@core/model/invoice';

import type { ChargeCategory, ChargeFrequency, FocusRow } from './focus-row';

export interface FocusOptions {
  /** ISO 4217 code of the amounts: the model stores no currency per row. */
  currency: string;
}

interface Component {
  category: Exclude<ChargeCategory, 'Credit' | 'Tax'>;
  frequency: ChargeFrequency;
  description: string;
  cost: number;
  quantity?: number;
  unit?: string;
}

// Half a cent: amounts are kept to the cent, anything smaller is a float's noise.
const CENT = 0.005;

/** The month `YYYY-MM` as FOCUS periods: the first instant, and the first of the next month. */
export function monthBounds(month: string): { start: string; end: string } {
  const [year, index] = month.split('-').map(Number);
  const iso = (y: number, m: number) => new Date(Date.UTC(y, m - 1, 1)).toISOString();
  return { start: iso(year, index), end: iso(year, index + 1) };
}

/**
 * Each bill row as FOCUS charges: one row per non-zero amount (plan, options, one-off,
 * out-of-plan), one usage row per kind of usage measured, and an adjustment for what the total
 * holds beyond its parts. A negative amount is a credit.
 */
export function toFocusRows(invoices: readonly InvoiceRow[], options: FocusOptions): FocusRow[] {
  return invoices.flatMap((invoice) => rowsOf(invoice, options.currency));
}

function rowsOf(invoice: InvoiceRow, currency: string): FocusRow[] {
  const charge = monthBounds(invoice.period);
  const billing = monthBounds(billingMonthOf(invoice));
  const base = {
    BillingCurrency: currency,
    BillingPeriodStart: billing.start,
    BillingPeriodEnd: billing.end,
    ChargePeriodStart: charge.start,
    ChargePeriodEnd: charge.end,
    ChargeClass: null,
    ProviderName: invoice.operator,
    PublisherName: invoice.operator,
    InvoiceIssuerName: invoice.operator,
    ResourceId: invoice.lineNumber,
    ResourceType: 'Mobile line',
    ServiceCategory: 'Networking',
    ServiceName: 'Mobile telephony',
  };

  return componentsOf(invoice).map((part) => ({
    ...base,
    BilledCost: part.cost,
    // A negative charge (a discount, a refund) is a credit, whatever it reduces; an adjustment
    // keeps its name either way, being the bill's own arithmetic rather than a grant.
    ChargeCategory: part.cost < 0 && part.category !== 'Adjustment' ? 'Credit' : part.category,
    ChargeFrequency: part.frequency,
    ChargeDescription: part.description,
    ConsumedQuantity: part.quantity ?? null,
    ConsumedUnit: part.unit ?? null,
  }));
}

function componentsOf(invoice: InvoiceRow): Component[] {
  const plan = invoice.plan ?? 'Plan';
  const amounts: Component[] = [
    money('Purchase', 'Recurring', plan, invoice.planCharge),
    money('Purchase', 'Recurring', 'Options', invoice.options),
    money('Purchase', 'One-Time', 'One-off charges', invoice.oneOff),
    money('Usage', 'Usage-Based', 'Out-of-plan usage', invoice.outOfPlan),
  ].filter((part) => Math.abs(part.cost) >= CENT);

  return [...amounts, ...usageOf(invoice), ...adjustmentOf(invoice, amounts)];
}

const money = (
  category: Component['category'],
  frequency: ChargeFrequency,
  description: string,
  cost: number,
): Component => ({ category, frequency, description, cost });

// Usage within the plan is paid by the plan's recurring charge, so each kind measured gets a
// row of its own at no cost; out-of-plan money stays one row, since bills rarely split it.
function usageOf(invoice: InvoiceRow): Component[] {
  const kinds: [string, number, string][] = [
    ['Data', invoice.dataMb, 'MB'],
    ['Voice', invoice.voiceMin, 'Minutes'],
    ['SMS', invoice.sms, 'Messages'],
  ];
  return kinds
    .filter(([, quantity]) => quantity > 0)
    .map(([description, quantity, unit]) => ({
      category: 'Usage',
      frequency: 'Usage-Based',
      description,
      cost: 0,
      quantity,
      unit,
    }));
}

// The total is before VAT, so taxes are never in it: what it holds beyond its parts is a fee or
// rounding the import could not place, kept so the charges add up to the bill. A zero total
// with charges means the file gave no total, not a bill that cancels itself.
function adjustmentOf(invoice: InvoiceRow, amounts: readonly Component[]): Component[] {
  if (invoice.totalExVat === 0) return [];

  const parts = amounts.reduce((sum, part) => sum + part.cost, 0);
  const difference = Math.round((invoice.totalExVat - parts) * 100) / 100;
  if (Math.abs(difference) < CENT) return [];
  return [money('Adjustment', 'One-Time', 'Difference with the bill total', difference)];
}
