// The editor's columns for each input family: which field, how it is typed, whether it may be
// left empty. The schemas in src-core judge the values; this only says how to enter them.
import { INPUT_COLUMNS } from '@core/kpi';
import type { InputColumn, InputFamily } from '@core/kpi';

export type Column = InputColumn;

// One definition with the CSV import, so a column typed here reads the same from a file.
export const COLUMNS: Record<InputFamily, readonly Column[]> = INPUT_COLUMNS;

// A contract term the contract lacks is 0: the new row says so rather than asking for it.
const ZERO_BY_DEFAULT = new Set(['respirationPct', 'minimumMonthly', 'penaltyPerLine']);

/** What a new row starts with: the choices pre-set, everything typed left empty. */
export function blankDraft(family: InputFamily): Record<string, string | boolean> {
  const draft: Record<string, string | boolean> = {};
  for (const column of COLUMNS[family]) {
    if (column.type === 'flag') draft[column.field] = false;
    else if (column.type === 'scale') draft[column.field] = '5';
    else if (column.type === 'outcome') draft[column.field] = 'recycled';
    else if (column.field === 'count') draft[column.field] = '1';
    else if (ZERO_BY_DEFAULT.has(column.field)) draft[column.field] = '0';
    else draft[column.field] = '';
  }
  return draft;
}
