import type { RawCell } from '../../types';
import { columnIndex, LAST_COLUMN } from './sheet-scanner';
import type { SheetRows } from './sheet-scanner';

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function parseRange(reference: string): Range | null {
  const [from, to = from] = reference.split(':');
  const top = parseInt(from.replace(/^[A-Za-z$]+/, ''), 10);
  const bottom = parseInt(to.replace(/^[A-Za-z$]+/, ''), 10);
  if (!Number.isFinite(top) || !Number.isFinite(bottom)) return null;

  const left = columnIndex(from.replace('$', ''));
  const right = Math.min(columnIndex(to.replace('$', '')), LAST_COLUMN);
  return left < 0 || right < left ? null : { top, left, bottom, right };
}

/**
 * Gives every cell of a merged range the value of its top-left cell, as Excel shows it across
 * the range: a header merged over three columns names all three.
 */
export function applyMerges(rows: SheetRows): void {
  if (rows.merges.length === 0) return;

  const byNumber = new Map<number, RawCell[]>();
  rows.rowNumbers.forEach((number, i) => byNumber.set(number, rows.values[i]));

  // A range may run down whole columns (A:A is A1:A1048576); rows past the data stay out.
  const lastRow = rows.rowNumbers.reduce((last, number) => Math.max(last, number), 0);
  for (const reference of rows.merges) {
    const range = parseRange(reference);
    if (!range) continue;
    range.bottom = Math.min(range.bottom, lastRow);

    const master = byNumber.get(range.top)?.[range.left] ?? null;
    for (let r = range.top; r <= range.bottom; r++) {
      const values = byNumber.get(r) ?? [];
      byNumber.set(r, values);
      for (let c = range.left; c <= range.right; c++) {
        while (values.length < c) values.push(null);
        values[c] = master;
      }
    }
  }

  rows.rowNumbers = [...byNumber.keys()].sort((a, b) => a - b);
  rows.values = rows.rowNumbers.map((number) => byNumber.get(number) ?? []);
}
