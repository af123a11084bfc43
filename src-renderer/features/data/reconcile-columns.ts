// Rows and columns behind each reconciliation finding, for the virtualised table. The rows
// come from the task worker, trimmed and with their numbers already written.
import type { TFunction } from 'i18next';

import type { Engagement } from '@core/model/engagement';
import type { Person } from '@core/reconcile';

import type { Column } from '../../components/VirtualTable';
import type {
  ConflictRow,
  DeviceRow,
  DuplicateRow,
  Finding,
  FindingRows,
  LinkRow,
} from '../../tasks/reconcile-types';
import { deviceColumns, lineColumns } from './columns';

export { FINDINGS } from '../../tasks/reconcile-types';
export type { Finding } from '../../tasks/reconcile-types';

/** A finding's rows, their columns and keys, typed once so the table stays generic. */
export interface FindingTable<Row> {
  rows: Row[];
  columns: Column<Row>[];
  rowKey: (row: Row) => string;
}

/** The table of one finding, or null when the worker sent no rows for it. */
export function findingTable(
  finding: Finding,
  sent: Partial<FindingRows>,
  context: {
    t: TFunction;
    engagement: Engagement;
    /** File name of each import, to say which file gave which value. */
    fileNames: ReadonlyMap<string, string>;
  },
): FindingTable<unknown> | null {
  const { t, engagement } = context;

  switch (finding) {
    case 'linesWithoutDevice':
      return widen(sent.linesWithoutDevice, (rows) => ({
        rows,
        columns: lineColumns(t, engagement, (line) => line.numberText),
        rowKey: (l) => l.number,
      }));
    case 'duplicates':
      return widen(sent.duplicates, (rows) => duplicateTable(rows, t, engagement));
    case 'usersWithSeveralLines':
      return widen(sent.usersWithSeveralLines, (rows) => peopleTable(rows, t));
    case 'conflicts':
      return widen(sent.conflicts, (rows) => conflictTable(rows, t, context.fileNames));
    case 'linked':
      return widen(sent.linked, (rows) => linkTable(rows, t));
    default:
      return widen(sent[finding], (rows) => ({
        rows,
        columns: deviceColumns(t, engagement),
        rowKey: (device) => device.key,
      }));
  }
}

function widen<Row>(
  rows: Row[] | undefined,
  table: (rows: Row[]) => FindingTable<Row>,
): FindingTable<unknown> | null {
  return rows ? (table(rows) as unknown as FindingTable<unknown>) : null;
}

function linkTable(rows: LinkRow[], t: TFunction): FindingTable<LinkRow> {
  return {
    rows,
    rowKey: (row) => `${row.deviceKey}|${row.lineNumber}`,
    columns: [
      { id: 'device', header: t('columns.key'), width: 170, cell: (r) => r.deviceKey },
      { id: 'model', header: t('columns.model'), width: 170, cell: (r) => r.model ?? '—' },
      { id: 'line', header: t('columns.number'), width: 150, cell: (r) => r.numberText },
      {
        id: 'by',
        header: t('import.reconcile.by'),
        width: 90,
        cell: (r) => t(r.by === 'phone' ? 'import.reconcile.byPhone' : 'import.reconcile.byImei'),
      },
      {
        id: 'user',
        header: t('columns.userName'),
        width: 180,
        cell: (r) => r.userName ?? '—',
      },
    ],
  };
}

function duplicateTable(
  rows: DuplicateRow[],
  t: TFunction,
  engagement: Engagement,
): FindingTable<DuplicateRow> {
  const [key, model, , , user, , , checkIn] = deviceColumns(t, engagement);
  const wrap = ({ sortValue, ...column }: Column<DeviceRow>): Column<DuplicateRow> => ({
    ...column,
    cell: (row) => column.cell(row.device),
    sortValue: sortValue && ((row) => sortValue(row.device)),
  });

  return {
    rows,
    rowKey: (row) => String(row.index),
    columns: [
      {
        id: 'value',
        header: t('import.reconcile.duplicateValue'),
        width: 170,
        cell: (r) => r.value,
      },
      {
        id: 'by',
        header: t('import.reconcile.by'),
        width: 90,
        cell: (r) => t(r.by === 'imei' ? 'import.fields.imei' : 'import.fields.serial'),
      },
      ...[key, model, user, checkIn].map(wrap),
    ],
  };
}

function peopleTable(people: Person[], t: TFunction): FindingTable<Person> {
  return {
    rows: people,
    rowKey: (person) => person.key,
    columns: [
      { id: 'name', header: t('import.reconcile.person'), width: 180, cell: (p) => p.name ?? '—' },
      { id: 'email', header: t('import.reconcile.email'), width: 200, cell: (p) => p.email ?? '—' },
      {
        id: 'lines',
        header: t('import.reconcile.lineCount'),
        width: 70,
        align: 'right',
        cell: (p) => String(p.lineNumbers.length),
        sortValue: (p) => p.lineNumbers.length,
      },
      {
        id: 'numbers',
        header: t('import.reconcile.lineNumbers'),
        width: 260,
        cell: (p) => p.lineNumbers.join(', '),
      },
      {
        id: 'devices',
        header: t('import.reconcile.devicesCount'),
        width: 80,
        align: 'right',
        cell: (p) => String(p.deviceKeys.length),
        sortValue: (p) => p.deviceKeys.length,
      },
    ],
  };
}

function conflictTable(
  conflicts: ConflictRow[],
  t: TFunction,
  fileNames: ReadonlyMap<string, string>,
): FindingTable<ConflictRow> {
  const describe = (row: ConflictRow) =>
    row.values
      .map(({ importId, value }) => `${String(value)} (${fileNames.get(importId) ?? '?'})`)
      .join(' → ');

  return {
    rows: conflicts,
    rowKey: (row) => `${row.device.key}|${row.field}`,
    columns: [
      { id: 'device', header: t('columns.key'), width: 170, cell: (r) => r.device.key },
      { id: 'model', header: t('columns.model'), width: 150, cell: (r) => r.device.model ?? '—' },
      {
        id: 'field',
        header: t('import.reconcile.conflictField'),
        width: 150,
        cell: (r) => t(`import.fields.${r.field}`),
      },
      {
        id: 'values',
        header: t('import.reconcile.conflictValues'),
        width: 520,
        cell: describe,
      },
    ],
  };
}
