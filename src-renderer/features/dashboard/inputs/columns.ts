// The editor's columns for each input family: which field, how it is typed, whether it may be
// left empty. The schemas in src-core judge the values; this only says how to enter them.
import type { InputFamily } from '@core/kpi';

export type ColumnType =
  'month' | 'date' | 'datetime' | 'decimal' | 'integer' | 'text' | 'flag' | 'scale' | 'outcome';

export interface Column {
  field: string;
  type: ColumnType;
  /** An empty optional cell is stored as null (dates) or '' (text), not refused. */
  optional?: boolean;
}

export const COLUMNS: Record<InputFamily, readonly Column[]> = {
  budget: [
    { field: 'month', type: 'month' },
    { field: 'planned', type: 'decimal' },
  ],
  provisioning: [
    { field: 'requestedAt', type: 'datetime' },
    { field: 'handedOverAt', type: 'datetime' },
  ],
  incidents: [
    { field: 'openedAt', type: 'datetime' },
    { field: 'resolvedAt', type: 'datetime', optional: true },
    { field: 'security', type: 'flag' },
  ],
  outages: [
    { field: 'date', type: 'date' },
    { field: 'devicesOut', type: 'integer' },
  ],
  patches: [
    { field: 'name', type: 'text', optional: true },
    { field: 'releasedOn', type: 'date' },
    { field: 'deployedOn', type: 'date' },
  ],
  surveys: [
    { field: 'date', type: 'date' },
    { field: 'respondents', type: 'integer' },
    { field: 'score', type: 'decimal' },
    { field: 'scale', type: 'scale' },
  ],
  adoption: [
    { field: 'app', type: 'text' },
    { field: 'eligible', type: 'integer' },
    { field: 'active', type: 'integer' },
  ],
  'end-of-life': [
    { field: 'deviceKey', type: 'text', optional: true },
    { field: 'count', type: 'integer' },
    { field: 'outcome', type: 'outcome' },
    { field: 'retiredOn', type: 'date' },
    { field: 'ageYears', type: 'decimal' },
  ],
  'contract-terms': [
    { field: 'operator', type: 'text' },
    { field: 'contractEnd', type: 'date', optional: true },
    { field: 'respirationPct', type: 'decimal' },
    { field: 'minimumMonthly', type: 'decimal' },
    { field: 'penaltyPerLine', type: 'decimal' },
  ],
};

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
