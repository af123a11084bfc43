import type { InvoiceRow } from '@core/model/invoice';

import { invoiceIndex } from './invoice-index';
import type { LineMonth, PeriodFigures } from './invoice-index';

// Invoices hold one row per line, month and sometimes charge type: everything here works on
// line-months (all rows of one line in one billing month added up). The rows are grouped once
// per invoice list (see invoice-index.ts) and every function below reads that grouping, so the
// KPIs and the savings share one pass over the rows.

export type { InvoiceIndex, LineMonth, LineWindow, PeriodFigures } from './invoice-index';
export { invoiceIndex } from './invoice-index';

/** Distinct billing months up to the reference date's month, oldest first. */
export function billedPeriods(invoices: readonly InvoiceRow[], referenceDate: string): string[] {
  const lastMonth = referenceDate.slice(0, 7);
  return invoiceIndex(invoices).periods.filter((p) => p <= lastMonth);
}

/** The last `count` billing months up to the reference date, oldest first. */
export function lastPeriods(
  invoices: readonly InvoiceRow[],
  referenceDate: string,
  count: number,
): string[] {
  return billedPeriods(invoices, referenceDate).slice(-count);
}

/** The line-months of the given billing months, in the order the rows first name them. */
export function lineMonths(
  invoices: readonly InvoiceRow[],
  periods: readonly string[],
): readonly LineMonth[] {
  return invoiceIndex(invoices).within(periods);
}

/** Totals and line counts of each of the given months (zeros for a month without rows). */
export function monthFigures(
  invoices: readonly InvoiceRow[],
  periods: readonly string[],
): Array<PeriodFigures & { period: string }> {
  const { figures } = invoiceIndex(invoices);
  return periods.map((period) => ({
    period,
    ...(figures.get(period) ?? { total: 0, outOfPlan: 0, dataMb: 0, lineMonths: 0 }),
  }));
}

/** Lines with out-of-plan charges over some billing months, in the order the rows name them. */
export function outOfPlanLines(
  invoices: readonly InvoiceRow[],
  periods: readonly string[],
): string[] {
  const sums = invoiceIndex(invoices).perLine(periods);
  return sums.lines.filter((_number, at) => sums.outOfPlan[at] > 0);
}

const lineGroups = new WeakMap<readonly LineMonth[], Map<string, LineMonth[]>>();

/** Line-months grouped by line number; the same list always gives the same (shared) map. */
export function byLine(months: readonly LineMonth[]): ReadonlyMap<string, LineMonth[]> {
  const known = lineGroups.get(months);
  if (known) return known;

  const groups = new Map<string, LineMonth[]>();
  for (const month of months) {
    const list = groups.get(month.lineNumber);
    if (list) list.push(month);
    else groups.set(month.lineNumber, [month]);
  }
  lineGroups.set(months, groups);
  return groups;
}
