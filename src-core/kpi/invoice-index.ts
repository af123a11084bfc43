import type { InvoiceRow } from '@core/model/invoice';

import { group } from './invoice-grouping';
import type { Grouped, LineMonth, PeriodFigures } from './invoice-grouping';

export type { LineMonth, PeriodFigures } from './invoice-grouping';

// Every invoice-based KPI and the savings look at line-months of some window of billing months.
// Grouping 240,000 rows is the costly part, so it is done once per invoice list and kept beside
// it (the list is a merged view, never edited in place). The sums live in typed arrays, one
// slot per line-month, rather than in 240,000 objects the garbage collector would copy: objects
// are only made for the windows asked for (three months for usage), and month totals need none.

export interface InvoiceIndex {
  /** Every billing month the rows name, oldest first. */
  periods: string[];
  /** Invoiced total (`totalExVat`) per billing month. */
  totals: ReadonlyMap<string, number>;
  /** Totals and line counts per billing month. */
  figures: ReadonlyMap<string, PeriodFigures>;
  /** The line-months of some billing months; the same months always give the same list. */
  within: (periods: readonly string[]) => readonly LineMonth[];
  /** Lines billed in any of some billing months, in the order the rows first name them. */
  linesIn: (periods: readonly string[]) => string[];
  /** Per line, its billed months and sums over some billing months; shared like `within`. */
  perLine: (periods: readonly string[]) => LineWindow;
}

/** Lines billed in a window, with column arrays in the same order (no object per line). */
export interface LineWindow {
  /** Lines billed in at least one month of the window, in the order the rows first name them. */
  lines: string[];
  /** How many months of the window each line was billed in. */
  months: Int32Array;
  planCharge: Float64Array;
  dataMb: Float64Array;
  voiceMin: Float64Array;
  sms: Float64Array;
  outOfPlan: Float64Array;
  totalExVat: Float64Array;
}

interface Cached {
  /** Row count when grouped: a list that grew since is grouped again. */
  rows: number;
  index: InvoiceIndex;
}

const cache = new WeakMap<readonly InvoiceRow[], Cached>();

/** The line-month grouping of an invoice list, built on first use and shared afterwards. */
export function invoiceIndex(invoices: readonly InvoiceRow[]): InvoiceIndex {
  const cached = cache.get(invoices);
  if (cached && cached.rows === invoices.length) return cached.index;

  const index = indexOf(group(invoices));
  cache.set(invoices, { rows: invoices.length, index });
  return index;
}

function indexOf(grouped: Grouped): InvoiceIndex {
  const { periodNames, perPeriod } = grouped;
  const figures = new Map(periodNames.map((period, slot) => [period, perPeriod[slot]]));
  const totals = new Map(periodNames.map((period, slot) => [period, perPeriod[slot].total]));
  const windows = new Map<string, readonly LineMonth[]>();
  const lineWindows = new Map<string, LineWindow>();
  const lineLists = new Map<string, string[]>();

  return {
    periods: [...periodNames].sort(),
    totals,
    figures,
    within(periods) {
      const key = periods.join(',');
      const found = windows.get(key) ?? lineMonthsOf(grouped, slotsOf(periodNames, periods));
      windows.set(key, found);
      return found;
    },
    linesIn(periods) {
      const key = periods.join(',');
      const found = lineLists.get(key) ?? linesOf(grouped, slotsOf(periodNames, periods));
      lineLists.set(key, found);
      // Callers keep the list as their evidence: each gets its own copy of the shared one.
      return found.slice();
    },
    perLine(periods) {
      const key = periods.join(',');
      const found = lineWindows.get(key) ?? lineWindowOf(grouped, slotsOf(periodNames, periods));
      lineWindows.set(key, found);
      return found;
    },
  };
}

function slotsOf(periodNames: readonly string[], periods: readonly string[]): Uint8Array {
  const wanted = new Set(periods);
  return Uint8Array.from(periodNames, (period) => (wanted.has(period) ? 1 : 0));
}

function lineMonthsOf(grouped: Grouped, wanted: Uint8Array): LineMonth[] {
  const { lineNames, periodNames, lineOf, slotOf, sums } = grouped;
  const months: LineMonth[] = [];
  for (let id = 0; id < grouped.count; id++) {
    if (!wanted[slotOf[id]]) continue;
    months.push({
      lineNumber: lineNames[lineOf[id]],
      period: periodNames[slotOf[id]],
      planCharge: sums[0][id],
      dataMb: sums[1][id],
      voiceMin: sums[2][id],
      sms: sums[3][id],
      outOfPlan: sums[4][id],
      totalExVat: sums[5][id],
    });
  }
  return months;
}

function linesOf(grouped: Grouped, wanted: Uint8Array): string[] {
  const seen = new Uint8Array(grouped.lineNames.length);
  const found: string[] = [];
  for (let id = 0; id < grouped.count; id++) {
    const line = grouped.lineOf[id];
    if (!wanted[grouped.slotOf[id]] || seen[line]) continue;
    seen[line] = 1;
    found.push(grouped.lineNames[line]);
  }
  return found;
}

function lineWindowOf(grouped: Grouped, wanted: Uint8Array): LineWindow {
  const { lineNames, width, cellId, sums } = grouped;
  const slots = [...wanted.keys()].filter((slot) => wanted[slot]);
  const size = lineNames.length;
  const columns = Array.from({ length: sums.length }, () => new Float64Array(size));
  const months = new Int32Array(size);
  const lines: string[] = [];

  for (let line = 0; line < size; line++) {
    const at = lines.length;
    for (const slot of slots) {
      const id = cellId[line * width + slot];
      if (id < 0) continue;
      months[at] += 1;
      for (let f = 0; f < sums.length; f++) columns[f][at] += sums[f][id];
    }
    if (months[at] > 0) lines.push(lineNames[line]);
  }

  const cut = (column: Float64Array) => column.subarray(0, lines.length);
  return {
    lines,
    months: months.subarray(0, lines.length),
    planCharge: cut(columns[0]),
    dataMb: cut(columns[1]),
    voiceMin: cut(columns[2]),
    sms: cut(columns[3]),
    outOfPlan: cut(columns[4]),
    totalExVat: cut(columns[5]),
  };
}
