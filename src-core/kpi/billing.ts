import type { InvoiceRow } from '@core/model/invoice';

// Invoices hold one row per line, month and sometimes charge type: everything here works on
// line-months (all rows of one line in one billing month added up).

export interface LineMonth {
  lineNumber: string;
  period: string;
  planCharge: number;
  dataMb: number;
  voiceMin: number;
  sms: number;
  outOfPlan: number;
  totalExVat: number;
}

/** Distinct billing months up to the reference date's month, oldest first. */
export function billedPeriods(invoices: readonly InvoiceRow[], referenceDate: string): string[] {
  const lastMonth = referenceDate.slice(0, 7);
  const periods = new Set(invoices.map((row) => row.period).filter((p) => p <= lastMonth));
  return [...periods].sort();
}

/** The last `count` billing months up to the reference date, oldest first. */
export function lastPeriods(
  invoices: readonly InvoiceRow[],
  referenceDate: string,
  count: number,
): string[] {
  return billedPeriods(invoices, referenceDate).slice(-count);
}

/** Adds up the rows of each line in each of the given months. */
export function lineMonths(
  invoices: readonly InvoiceRow[],
  periods: readonly string[],
): LineMonth[] {
  const wanted = new Set(periods);
  const byKey = new Map<string, LineMonth>();

  for (const row of invoices) {
    if (!wanted.has(row.period)) continue;

    const key = `${row.lineNumber}|${row.period}`;
    const current = byKey.get(key) ?? emptyLineMonth(row.lineNumber, row.period);
    current.planCharge += row.planCharge;
    current.dataMb += row.dataMb;
    current.voiceMin += row.voiceMin;
    current.sms += row.sms;
    current.outOfPlan += row.outOfPlan;
    current.totalExVat += row.totalExVat;
    byKey.set(key, current);
  }

  return [...byKey.values()];
}

function emptyLineMonth(lineNumber: string, period: string): LineMonth {
  const zero = { planCharge: 0, dataMb: 0, voiceMin: 0, sms: 0, outOfPlan: 0, totalExVat: 0 };
  return { lineNumber, period, ...zero };
}

/** Line-months grouped by line number. */
export function byLine(months: readonly LineMonth[]): Map<string, LineMonth[]> {
  const groups = new Map<string, LineMonth[]>();
  for (const month of months) {
    const list = groups.get(month.lineNumber);
    if (list) list.push(month);
    else groups.set(month.lineNumber, [month]);
  }
  return groups;
}

/** Line-months grouped by billing month, in the order of `periods`. */
export function byPeriod(
  months: readonly LineMonth[],
  periods: readonly string[],
): Array<{ period: string; months: LineMonth[] }> {
  return periods.map((period) => ({ period, months: months.filter((m) => m.period === period) }));
}
