import { parseAmount } from '../../fields/amounts';
import type { Table } from '../../types';

/** Which columns a computed amount adds and takes away, by header name. */
export interface ColumnSum {
  plus: string[];
  minus?: string[];
}

/**
 * Appends a column of amounts computed from others (a bill's total before taxes). A row whose
 * operand is not a number gets that text instead, so the mapping rejects it on this column.
 */
export function withSumColumn(table: Table, name: string, sum: ColumnSum): Table {
  const plus = columnsOf(table, sum.plus);
  const minus = columnsOf(table, sum.minus ?? []);
  const rows = table.rows.map((row) => [...row, sumRow(row, plus, minus)]);

  return {
    ...table,
    header: [...table.header, name],
    headerRows: table.headerRows.map((header) => [...header, name]),
    rows,
    raw: table.raw?.map((cells) => [...cells, null]),
  };
}

/** Leaves out the rows a predicate names (account-level summaries), counting them as skipped. */
export function withoutRows(
  table: Table,
  drop: (cell: (name: string) => string) => boolean,
): Table {
  const keep = table.rows.map((row) => !drop((name) => row[table.header.indexOf(name)] ?? ''));
  const kept = (_: unknown, index: number): boolean => keep[index];
  const rows = table.rows.filter(kept);

  return {
    ...table,
    rows,
    rowNumbers: table.rowNumbers.filter(kept),
    raw: table.raw?.filter(kept),
    skippedRows: table.skippedRows + table.rows.length - rows.length,
  };
}

// Columns an export leaves out (Bell drops unused provinces' taxes) simply count as zero.
function columnsOf(table: Table, names: string[]): number[] {
  return names.map((name) => table.header.indexOf(name)).filter((column) => column >= 0);
}

function sumRow(row: string[], plus: number[], minus: number[]): string {
  let total = 0;

  for (const [columns, sign] of [
    [plus, 1],
    [minus, -1],
  ] as const) {
    for (const column of columns) {
      const parsed = parseAmount(row[column], { decimal: '.' });
      if (!parsed.ok) return row[column];
      total += sign * (parsed.value ?? 0);
    }
  }

  return (Math.round(total * 100) / 100).toFixed(2);
}
