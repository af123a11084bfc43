import { parseAmount } from '../../fields/amounts';
import { parsePeriod } from '../../fields/period';
import type { Table } from '../../types';

/**
 * The columns of the table built by `perLineMonth`, one row per line, service month and bill:
 * `Period` is the month the charges cover, `Billing period` the bill's month when it differs.
 */
export const LINE_MONTH_HEADER = [
  'Line',
  'User',
  'Account',
  'Period',
  'Plan',
  'Plan charges',
  'Options',
  'Out of plan',
  'One-off',
  'Total before taxes',
  'Voice minutes',
  'SMS',
  'Data (MB)',
  'Billing period',
] as const;

const BILLING_COLUMN = 13;

/** The summed columns of `LINE_MONTH_HEADER`, by the name of the amount they hold. */
export type LineMonthSlot =
  'planCharge' | 'options' | 'outOfPlan' | 'oneOff' | 'totalExVat' | 'voiceMin' | 'sms' | 'dataMb';

const SLOT_COLUMN: Record<LineMonthSlot, number> = {
  planCharge: 5,
  options: 6,
  outOfPlan: 7,
  oneOff: 8,
  totalExVat: 9,
  voiceMin: 10,
  sms: 11,
  dataMb: 12,
};

/** One value a source row adds to its line's month: the text as written, times a unit factor. */
export interface LineMonthAddend {
  slot: LineMonthSlot;
  text: string;
  factor?: number;
}

/** What one source row means for the summary; null leaves the row out (account-level records). */
export interface LineMonthShare {
  line: string;
  /** The bill's date or month. */
  period: string;
  /** The month the amounts cover (`YYYY-MM`), when the record gives a service range. */
  service?: string | null;
  user?: string;
  account?: string;
  plan?: string;
  add: LineMonthAddend[];
}

interface Group {
  cells: string[];
  /** The bill's month when the amounts cover another one, else blank. */
  billing: string;
  rowNumber: number;
  sums: Map<number, number>;
  /** The first text that is not a number per column, kept so the mapping rejects the month. */
  bad: Map<number, string>;
}

/** What a source row adds: one share, several (a plan billed ahead of the usage), or none. */
export type LineMonthShares = LineMonthShare | LineMonthShare[] | null;

/**
 * Sums the rows of a record-type or itemised file into one row per line, service month and
 * bill, the grain of an invoice row. `share` says what each row adds; rows it returns null for
 * are counted as skipped. Each summary row keeps the file row of its line's first record.
 */
export function perLineMonth(table: Table, share: (row: string[]) => LineMonthShares): Table {
  const groups = new Map<string, Group>();
  let skipped = 0;

  table.rows.forEach((row, index) => {
    const found = share(row);
    if (!found) {
      skipped++;
      return;
    }

    for (const one of Array.isArray(found) ? found : [found]) {
      const months = monthsOf(one);
      const group = groups.get(months.key) ?? newGroup(one, months, table.rowNumbers[index]);
      groups.set(months.key, group);
      fill(group, one);
    }
  });

  const list = [...groups.values()];
  return {
    ...table,
    header: [...LINE_MONTH_HEADER],
    headerRows: [[...LINE_MONTH_HEADER]],
    rows: list.map(summaryRow),
    rowNumbers: list.map((group) => group.rowNumber),
    raw: undefined,
    skippedRows: table.skippedRows + skipped,
  };
}

/** A reader of a row's cells by header name, blank for a column the file lacks. */
export function cellReader(table: Table): (row: string[]) => (name: string) => string {
  const at = new Map(table.header.map((name, column) => [name, column]));
  return (row) => (name) => {
    const column = at.get(name);
    return column === undefined ? '' : (row[column] ?? '');
  };
}

// The share's service month and, when it differs, its bill's month; the group key of both.
function monthsOf(share: LineMonthShare): { key: string; period: string; billing: string } {
  // Records of one bill can carry different days (`20230216`, `20230202`): group by month.
  const month = parsePeriod(share.period);
  const billed = month.ok && month.value ? month.value : share.period;
  const period = share.service ?? billed;
  const billing = period === billed ? '' : billed;
  // `212-555-0147` and `2125550147` are one line: two rows would overwrite each other.
  const key = `${share.line.replace(/[\s().-]/g, '')}\u0000${period}\u0000${billing}`;
  return { key, period, billing };
}

function newGroup(
  share: LineMonthShare,
  months: { period: string; billing: string },
  rowNumber: number,
): Group {
  const cells = [share.line, share.user ?? '', share.account ?? '', months.period, share.plan];
  return {
    cells: cells.map((cell) => cell ?? ''),
    billing: months.billing,
    rowNumber,
    sums: new Map(),
    bad: new Map(),
  };
}

// A later record fills what an earlier one left blank (the user name sits on one record type).
function fill(group: Group, share: LineMonthShare): void {
  // The months are the group's key: only the names may still be missing.
  const known = [share.line, share.user, share.account, undefined, share.plan];
  known.forEach((value, column) => {
    if (group.cells[column] === '' && value) group.cells[column] = value;
  });

  for (const { slot, text, factor = 1 } of share.add) {
    const column = SLOT_COLUMN[slot];
    const parsed = parseAmount(text, { decimal: '.' });
    if (!parsed.ok) {
      if (!group.bad.has(column)) group.bad.set(column, text);
      continue;
    }
    group.sums.set(column, (group.sums.get(column) ?? 0) + (parsed.value ?? 0) * factor);
  }
}

function summaryRow(group: Group): string[] {
  const row = [...group.cells];

  for (const [slot, column] of Object.entries(SLOT_COLUMN) as [LineMonthSlot, number][]) {
    const sum = group.sums.get(column);
    row[column] = group.bad.get(column) ?? (sum === undefined ? '' : rounded(slot, sum));
  }
  row[BILLING_COLUMN] = group.billing;
  return row;
}

// Money to the cent; minutes and messages to two places, megabytes to three (KB / 1024).
function rounded(slot: LineMonthSlot, value: number): string {
  if (slot === 'dataMb') return String(Math.round(value * 1000) / 1000);
  if (slot === 'voiceMin' || slot === 'sms') return String(Math.round(value * 100) / 100);
  return (Math.round(value * 100) / 100).toFixed(2);
}
