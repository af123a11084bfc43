import Papa from 'papaparse';

import { neutraliseCell } from '@core/documents/safe-cell';

import { FOCUS_COLUMNS } from './focus-row';
import type { FocusRow } from './focus-row';

/**
 * FOCUS rows as CSV: comma-separated, dot decimals and no byte-order mark, since the readers are
 * FinOps tools rather than a spreadsheet's region settings; texts are still neutralised against
 * formula injection for whoever opens it in Excel. Null is an empty field.
 */
export function focusCsv(rows: readonly FocusRow[]): string {
  const data = rows.map((row) => FOCUS_COLUMNS.map((column) => cellOf(row[column])));
  return Papa.unparse({ fields: [...FOCUS_COLUMNS], data }, { newline: '\r\n' });
}

function cellOf(value: string | number | null): string | number {
  if (value === null) return '';
  return typeof value === 'number' ? value : neutraliseCell(value);
}
