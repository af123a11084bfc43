import { buildTable } from './build-table';
import { fileError } from '../failure';
import type { RawCell, Table } from '../types';

/**
 * Reads a JSON export (an array of objects, or Graph's `{ value: [...] }`) as a table whose
 * columns are the keys in order of first appearance; nested objects become `Parent.child`.
 */
export function readJsonTable(text: string, file = ''): Table {
  const items = itemsOf(parseJson(text, file));
  if (!items) throw fileError('import-json-invalid', file);

  const columns = new Map<string, number>();
  const flat = items.map((item) => flatten(item, columns));
  const header = [...columns.keys()];
  const raw = flat.map((values) => header.map((name) => values.get(name) ?? null));
  const records = [header, ...raw.map((values) => values.map(jsonText))];

  const table = buildTable({
    format: 'json',
    delimiter: null,
    records,
    // Items are numbered from 2, as if the keys were a header row: the same rule as a CSV.
    rowNumbers: records.map((_, i) => i + 1),
    raw: [header, ...raw],
  });
  if (!table || items.length === 0) throw fileError('import-empty', file);
  return table;
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw fileError('import-json-invalid', file, { detail: String(error) });
  }
}

function itemsOf(data: unknown): Record<string, unknown>[] | null {
  const list = Array.isArray(data)
    ? data
    : isObject(data) && Array.isArray(data.value)
      ? data.value
      : null;
  if (!list) return null;
  return list.every(isObject) ? list : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function flatten(
  item: Record<string, unknown>,
  columns: Map<string, number>,
): Map<string, RawCell> {
  const values = new Map<string, RawCell>();

  const visit = (prefix: string, value: unknown): void => {
    if (isObject(value) && prefix.split('.').length < 3) {
      for (const [key, inner] of Object.entries(value))
        visit(prefix ? `${prefix}.${key}` : key, inner);
      return;
    }
    if (!columns.has(prefix)) columns.set(prefix, columns.size);
    values.set(prefix, toRaw(value));
  };

  visit('', item);
  return values;
}

// Google sends lists of e-mails and names: joined with "; " they stay readable in one cell.
function toRaw(value: unknown): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) return value.join('; ');
  return JSON.stringify(value);
}

function jsonText(value: RawCell): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}
