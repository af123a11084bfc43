// Plain tallies of the fleet and the bills that several sections and sheets share.
import type { Device } from '@core/model/device';
import type { InvoiceRow } from '@core/model/invoice';

export interface Tally {
  key: string;
  count: number;
}

export interface MonthSpend {
  period: string;
  lines: number;
  planCharge: number;
  outOfPlan: number;
  options: number;
  oneOff: number;
  total: number;
}

/** Counts of devices by a key, largest first, ties by key. */
export function tallyBy(devices: readonly Device[], keyOf: (d: Device) => string): Tally[] {
  const counts = new Map<string, number>();
  for (const device of devices) {
    const key = keyOf(device);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return sortedTallies(counts);
}

function sortedTallies(counts: ReadonlyMap<string, number>): Tally[] {
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** Each billed month's charges by type, oldest first. */
export function spendByMonth(invoices: readonly InvoiceRow[]): MonthSpend[] {
  // Months and line numbers become small integers on first sight; sums then live in flat
  // arrays and each month marks the lines it bills in a bitmap, which keeps a year of a large
  // fleet's bills to a few milliseconds.
  const monthIds = new Map<string, number>();
  const lineIds = new Map<string, number>();
  const sums: number[][] = [];
  const marks: Uint8Array[] = [];
  const counts: number[] = [];
  let lastPeriod: string | undefined;
  let month = -1;

  for (const row of invoices) {
    if (row.period !== lastPeriod) {
      lastPeriod = row.period;
      month = monthIds.get(row.period) ?? -1;
      if (month < 0) {
        month = monthIds.size;
        monthIds.set(row.period, month);
        sums.push([0, 0, 0, 0, 0]);
        marks.push(new Uint8Array(1024));
        counts.push(0);
      }
    }
    const sum = sums[month];
    sum[0] += row.planCharge;
    sum[1] += row.outOfPlan;
    sum[2] += row.options;
    sum[3] += row.oneOff;
    sum[4] += row.totalExVat;

    let line = lineIds.get(row.lineNumber);
    if (line === undefined) {
      line = lineIds.size;
      lineIds.set(row.lineNumber, line);
    }
    if (marks[month].length <= line) marks[month] = grown(marks[month], line);
    counts[month] += 1 - marks[month][line];
    marks[month][line] = 1;
  }

  return [...monthIds]
    .map(([period, id]) => {
      const [planCharge, outOfPlan, options, oneOff, total] = sums[id];
      return { period, lines: counts[id], planCharge, outOfPlan, options, oneOff, total };
    })
    .sort((a, b) => a.period.localeCompare(b.period));
}

function grown(marks: Uint8Array, index: number): Uint8Array {
  const larger = new Uint8Array(Math.max(marks.length * 2, index + 1));
  larger.set(marks);
  return larger;
}

/** Total billed per operator, largest first. */
export function spendByOperator(invoices: readonly InvoiceRow[], unknown: string): Tally[] {
  // Bills come operator by operator: the running total is looked up only when it changes.
  const totals = new Map<string, { total: number }>();
  let lastOperator: string | null | undefined;
  let current = { total: 0 };

  for (const row of invoices) {
    if (row.operator !== lastOperator) {
      lastOperator = row.operator;
      const key = row.operator?.trim() || unknown;
      current = totals.get(key) ?? { total: 0 };
      totals.set(key, current);
    }
    current.total += row.totalExVat;
  }
  return [...totals]
    .map(([key, { total }]) => ({ key, count: total }))
    .sort((a, b) => b.count - a.count);
}

/** Sum of a numeric field over rows. */
export function total<T>(rows: readonly T[], valueOf: (row: T) => number | null): number {
  let sum = 0;
  for (const row of rows) sum += valueOf(row) ?? 0;
  return sum;
}
