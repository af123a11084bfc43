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
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** The most common models, named with their manufacturer. */
export function topModels(devices: readonly Device[], limit: number, unknown: string): Tally[] {
  const named = tallyBy(
    devices,
    (d) => [d.manufacturer, d.model].filter((part) => part).join(' ') || unknown,
  );
  return named.slice(0, limit);
}

/** Each billed month's charges by type, oldest first. */
export function spendByMonth(invoices: readonly InvoiceRow[]): MonthSpend[] {
  const months = new Map<string, MonthSpend & { numbers: Set<string> }>();

  for (const row of invoices) {
    const month = months.get(row.period) ?? {
      period: row.period,
      lines: 0,
      planCharge: 0,
      outOfPlan: 0,
      options: 0,
      oneOff: 0,
      total: 0,
      numbers: new Set<string>(),
    };
    month.numbers.add(row.lineNumber);
    month.planCharge += row.planCharge;
    month.outOfPlan += row.outOfPlan;
    month.options += row.options;
    month.oneOff += row.oneOff;
    month.total += row.totalExVat;
    months.set(row.period, month);
  }

  return [...months.values()]
    .sort((a, b) => a.period.localeCompare(b.period))
    .map(({ numbers, ...month }) => ({ ...month, lines: numbers.size }));
}

/** Total billed per operator, largest first. */
export function spendByOperator(invoices: readonly InvoiceRow[], unknown: string): Tally[] {
  const totals = new Map<string, number>();
  for (const row of invoices) {
    const key = row.operator?.trim() || unknown;
    totals.set(key, (totals.get(key) ?? 0) + row.totalExVat);
  }
  return [...totals].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count);
}

/** Sum of a numeric field over rows. */
export function total<T>(rows: readonly T[], valueOf: (row: T) => number | null): number {
  let sum = 0;
  for (const row of rows) sum += valueOf(row) ?? 0;
  return sum;
}
