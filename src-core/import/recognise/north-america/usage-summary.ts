import { parseAmount } from '../../fields/amounts';
import type { Table } from '../../types';

/** Where a call-detail table keeps what a monthly usage summary needs, by header name. */
export interface UsageColumns {
  line: string;
  user: string;
  account: string;
  /** Tried in order for the billing month (`MMDDYYYY`); the first filled one wins. */
  periodDates: string[];
  kind: string;
  seconds: string;
  kilobytes: string;
  charges: string;
}

/** The columns of the summary table, one row per line and month. */
export const SUMMARY_HEADER = [
  'Line',
  'User',
  'Account',
  'Period',
  'Voice minutes',
  'SMS',
  'Data (MB)',
  'Usage charges',
] as const;

interface Group {
  cells: string[];
  rowNumber: number;
  seconds: number;
  sms: number;
  kilobytes: number;
  charges: number;
  /** The first cell that is not a number, kept so that the mapping rejects the line's month. */
  bad: Map<number, string>;
}

/**
 * Sums call-detail rows (one call, message or data session each) into one row per line and
 * billing month, the grain of an invoice row: minutes from seconds, messages counted, KB in MB.
 * Each summary row keeps the file row of its line's first call, for error messages.
 */
export function summariseUsage(table: Table, columns: UsageColumns): Table {
  const at = (name: string): number => table.header.indexOf(name);
  const groups = new Map<string, Group>();

  table.rows.forEach((row, index) => {
    const cell = (name: string): string => row[at(name)] ?? '';
    const period = billingMonth(columns.periodDates.map(cell).find((value) => value !== ''));
    const key = `${cell(columns.line)}\u0000${period}`;
    const group = groups.get(key) ?? newGroup(cell, columns, period, table.rowNumbers[index]);
    groups.set(key, group);
    addUsage(group, cell, columns);
  });

  const rows = [...groups.values()].map(summaryRow);
  return {
    ...table,
    header: [...SUMMARY_HEADER],
    headerRows: [[...SUMMARY_HEADER]],
    rows,
    rowNumbers: [...groups.values()].map((group) => group.rowNumber),
    raw: undefined,
  };
}

function newGroup(
  cell: (name: string) => string,
  columns: UsageColumns,
  period: string,
  rowNumber: number,
): Group {
  const cells = [cell(columns.line), cell(columns.user), cell(columns.account), period];
  return { cells, rowNumber, seconds: 0, sms: 0, kilobytes: 0, charges: 0, bad: new Map() };
}

function addUsage(group: Group, cell: (name: string) => string, columns: UsageColumns): void {
  const number = (name: string, slot: number): number => {
    const parsed = parseAmount(cell(name), { decimal: '.' });
    if (parsed.ok) return parsed.value ?? 0;
    if (!group.bad.has(slot)) group.bad.set(slot, cell(name));
    return 0;
  };

  group.charges += number(columns.charges, 7);
  if (/sms/i.test(cell(columns.kind))) group.sms += 1;
  else if (cell(columns.kilobytes) !== '') group.kilobytes += number(columns.kilobytes, 6);
  else group.seconds += number(columns.seconds, 4);
}

function summaryRow(group: Group): string[] {
  const row = [
    ...group.cells,
    String(Math.round((group.seconds / 60) * 100) / 100),
    String(group.sms),
    String(Math.round((group.kilobytes / 1024) * 1000) / 1000),
    (Math.round(group.charges * 100) / 100).toFixed(2),
  ];
  for (const [slot, text] of group.bad) row[slot] = text;
  return row;
}

// `04202023` (MMDDYYYY) becomes `2023-04`; anything else is kept for the mapping to reject.
function billingMonth(text: string | undefined): string {
  const match = /^(\d{2})(\d{2})(\d{4})$/.exec(text ?? '');
  return match ? `${match[3]}-${match[1]}` : (text ?? '');
}
