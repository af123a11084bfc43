import type { InvoiceRow } from '@core/model/invoice';

// One pass over the invoice rows: each line-month (all rows of one line in one month) gets an id
// in the order the rows first name it, and its sums live in typed arrays under that id rather
// than in 240,000 objects the garbage collector would copy.

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

export interface PeriodFigures {
  /** Sum of `totalExVat` of the month's rows. */
  total: number;
  /** Sum of `outOfPlan` of the month's rows. */
  outOfPlan: number;
  /** Sum of `dataMb` of the month's rows. */
  dataMb: number;
  /** Lines billed that month. */
  lineMonths: number;
}

/** The summed fields, in the order of `Grouped.sums`. */
export const FIELD_COUNT = 6;

export interface Grouped {
  periodNames: string[];
  lineNames: string[];
  /** Per line-month (first-seen order): its line, its month slot, and the sums of planCharge,
   * dataMb, voiceMin, sms, outOfPlan and totalExVat in that order. */
  lineOf: Int32Array;
  slotOf: Int32Array;
  sums: Float64Array[];
  count: number;
  /** Months per line in `cellId`, which gives the id of line x width + month slot, or -1. */
  width: number;
  cellId: Int32Array;
  perPeriod: PeriodFigures[];
}

/** Groups the rows into line-months and month figures. */
export function group(invoices: readonly InvoiceRow[]): Grouped {
  // First pass: number the months and the lines, so the second can address a line-month as
  // line x months + month without building a "line|month" key per row.
  const slots = new Map<string, number>();
  const lines = new Map<string, number>();
  const rowLine = new Int32Array(invoices.length);
  invoices.forEach((row, i) => {
    if (!slots.has(row.period)) slots.set(row.period, slots.size);
    let line = lines.get(row.lineNumber);
    if (line === undefined) {
      line = lines.size;
      lines.set(row.lineNumber, line);
    }
    rowLine[i] = line;
  });

  const width = slots.size;
  const cellId = new Int32Array(lines.size * width).fill(-1);
  const lineOf = new Int32Array(invoices.length);
  const slotOf = new Int32Array(invoices.length);
  const sums = Array.from({ length: FIELD_COUNT }, () => new Float64Array(invoices.length));
  const perPeriod = [...slots.keys()].map(() => ({
    total: 0,
    outOfPlan: 0,
    dataMb: 0,
    lineMonths: 0,
  }));
  let count = 0;

  invoices.forEach((row, i) => {
    const slot = slots.get(row.period) ?? 0;
    const cell = rowLine[i] * width + slot;
    let id = cellId[cell];
    if (id < 0) {
      id = count++;
      cellId[cell] = id;
      lineOf[id] = rowLine[i];
      slotOf[id] = slot;
      perPeriod[slot].lineMonths += 1;
    }
    sums[0][id] += row.planCharge;
    sums[1][id] += row.dataMb;
    sums[2][id] += row.voiceMin;
    sums[3][id] += row.sms;
    sums[4][id] += row.outOfPlan;
    sums[5][id] += row.totalExVat;
    perPeriod[slot].total += row.totalExVat;
    perPeriod[slot].outOfPlan += row.outOfPlan;
    perPeriod[slot].dataMb += row.dataMb;
  });

  const periodNames = [...slots.keys()];
  const lineNames = [...lines.keys()];
  return { periodNames, lineNames, lineOf, slotOf, sums, count, width, cellId, perPeriod };
}
