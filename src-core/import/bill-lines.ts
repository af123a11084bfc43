// A bill often says more about each line than its charges: the plan's price and allowances,
// the user, the cost centre. Under-use is judged against the allowance, which the model keeps
// on lines, not on invoice rows; so a bill that states allowances also gives its lines.
import { mapRows } from './map/map-rows';
import type { MapContext, MapResult } from './map/map-rows';
import type { ColumnMapping, FieldId } from './recognise/fields';
import type { Table } from './types';

// Without one of these, lines built from a bill would repeat what its invoice rows hold.
const LINE_DETAILS: readonly FieldId[] = ['dataAllowanceMb', 'voiceAllowanceMin', 'planPrice'];

/**
 * The lines a bill describes, one per line number from its last row in the file (bills list a
 * line's months in order, so that is its latest plan), or null when the bill gives no allowance
 * or plan price. Row problems are left out: the invoice rows of the same file report them.
 */
export function linesFromBill(
  table: Table,
  mapping: ColumnMapping,
  context: MapContext,
): MapResult | null {
  const numberColumn = mapping.number ?? mapping.lineNumber;
  if (!numberColumn || !LINE_DETAILS.some((field) => mapping[field] !== undefined)) return null;

  const at = table.header.indexOf(numberColumn);
  if (at < 0) return null;
  const lastRow = new Map<string, number>();
  table.rows.forEach((row, index) => {
    if (row[at] !== '') lastRow.set(row[at], index);
  });

  const kept = [...lastRow.values()].sort((a, b) => a - b);
  const latest: Table = {
    ...table,
    rows: kept.map((index) => table.rows[index]),
    rowNumbers: kept.map((index) => table.rowNumbers[index]),
    raw: table.raw && kept.map((index) => table.raw?.[index] ?? []),
  };
  const lines = mapRows(
    latest,
    { dataset: 'lines', mapping: { ...mapping, number: numberColumn } },
    { ...context, onProgress: undefined },
  );
  return { ...lines, errors: [], rejectedRows: 0 };
}
