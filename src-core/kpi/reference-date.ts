// The day every measure is taken against. Bills describe the past: judging a fleet from last
// spring's invoices against today would call every device stale and every line idle.
import type { InvoiceRow } from '@core/model/invoice';

const MONTH = /^(\d{4})-(\d{2})$/;

/** The last day of the latest service month in the bills, or null when there is none. */
export function latestInvoiceDay(invoices: readonly Pick<InvoiceRow, 'period'>[]): string | null {
  let latest = '';
  for (const invoice of invoices) {
    if (invoice.period > latest) latest = invoice.period;
  }

  const month = MONTH.exec(latest);
  if (!month) return null;
  const lastDay = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
  return `${latest}-${String(lastDay).padStart(2, '0')}`;
}

/** The engagement's chosen date, else the last day of the latest invoice month, else today. */
export function effectiveReferenceDate(
  chosen: string | null | undefined,
  invoices: readonly Pick<InvoiceRow, 'period'>[],
  today: string,
): string {
  return chosen ?? latestInvoiceDay(invoices) ?? today;
}
