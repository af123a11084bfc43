// The day every measure is taken against. Bills describe the past: judging a fleet from last
// spring's invoices against today would call every device stale and every line idle.
import type { InvoiceRow } from '@core/model/invoice';

const MONTH = /^(\d{4})-(\d{2})$/;

/** The latest service month (`YYYY-MM`) in the bills, or null when there is none. */
export function latestInvoiceMonth(invoices: readonly Pick<InvoiceRow, 'period'>[]): string | null {
  let latest = '';
  for (const invoice of invoices) {
    if (invoice.period > latest) latest = invoice.period;
  }
  return MONTH.test(latest) ? latest : null;
}

/** The last day of a `YYYY-MM` month, or null for anything else. */
export function lastDayOfMonth(month: string | null): string | null {
  const parts = month === null ? null : MONTH.exec(month);
  if (!parts) return null;
  const lastDay = new Date(Date.UTC(Number(parts[1]), Number(parts[2]), 0)).getUTCDate();
  return `${month}-${String(lastDay).padStart(2, '0')}`;
}

/** The last day of the latest service month in the bills, or null when there is none. */
export function latestInvoiceDay(invoices: readonly Pick<InvoiceRow, 'period'>[]): string | null {
  return lastDayOfMonth(latestInvoiceMonth(invoices));
}

/** The engagement's chosen date, else the last day of the latest invoice month, else today. */
export function effectiveReferenceDate(
  chosen: string | null | undefined,
  invoices: readonly Pick<InvoiceRow, 'period'>[],
  today: string,
): string {
  return chosen ?? latestInvoiceDay(invoices) ?? today;
}
