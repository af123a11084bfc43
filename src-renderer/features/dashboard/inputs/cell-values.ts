// Between a stored row and the text the consultant types: numbers in the engagement's locale,
// dates as the browser's date fields give them (ISO).
import type { InputFamily, InputIssues } from '@core/kpi';
import type { Locale } from '@core/model/engagement';

import { formatNumber } from '../../../i18n/format';
import { COLUMNS } from './columns';

export type Draft = Record<string, string | boolean>;

const NUMBER_TYPES = new Set(['decimal', 'integer']);

/** Reads "0,25", "1 200" or "1,200.5" as the locale writes them; null when it is no number. */
export function parseLocaleNumber(text: string, locale: Locale): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  const normal = locale === 'fr' ? compact.replace(',', '.') : compact.replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return null;
  return Number(normal);
}

/** The editable text of each cell of a stored row. */
export function toDraft(family: InputFamily, row: object, locale: Locale): Draft {
  const values = row as Record<string, unknown>;
  const draft: Draft = {};
  for (const { field, type } of COLUMNS[family]) {
    const value = values[field];
    if (typeof value === 'boolean') draft[field] = value;
    else if (typeof value === 'number') {
      draft[field] = NUMBER_TYPES.has(type) ? formatNumber(value, locale, 4) : String(value);
    } else draft[field] = typeof value === 'string' ? value : '';
  }
  return draft;
}

/** The row the schema will judge, plus the cells that are not even numbers. */
export function fromDraft(
  family: InputFamily,
  id: string,
  draft: Draft,
  locale: Locale,
): { raw: Record<string, unknown>; issues: InputIssues } {
  const raw: Record<string, unknown> = { id };
  const issues: InputIssues = {};

  for (const { field, type, optional } of COLUMNS[family]) {
    const cell = draft[field];
    if (typeof cell === 'boolean') {
      raw[field] = cell;
      continue;
    }
    const text = (cell ?? '').trim();
    if (type === 'scale') raw[field] = Number(text);
    else if (NUMBER_TYPES.has(type)) {
      const value = text === '' ? undefined : parseLocaleNumber(text, locale);
      if (value === null) issues[field] = 'number';
      raw[field] = value ?? undefined;
    } else if (text === '') raw[field] = optional ? (type === 'text' ? '' : null) : undefined;
    else raw[field] = text;
  }
  return { raw, issues };
}
