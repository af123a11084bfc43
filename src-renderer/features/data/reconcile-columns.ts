// Rows and columns behind each reconciliation finding, for the virtualised table.
import type { TFunction } from 'i18next';

import type { Device } from '@core/model/device';
import type { Engagement } from '@core/model/engagement';
import type { Line } from '@core/model/line';
import type { Person, Reconciliation } from '@core/reconcile';

import type { Column } from '../../components/VirtualTable';
import { formatPhone } from '../../i18n/format';
import { deviceColumns, lineColumns } from './columns';

export const FINDINGS = [
  'linked',
  'linesWithoutDevice',
  'devicesWithoutLine',
  'registerOnly',
  'mdmOnly',
  'staleDevices',
  'ghostDevices',
  'duplicates',
  'usersWithSeveralLines',
  'conflicts',
] as const;
export type Finding = (typeof FINDINGS)[number];

/** A finding's rows, their columns and keys, typed once so the table stays generic. */
export interface FindingTable<Row> {
  rows: Row[];
  columns: Column<Row>[];
  rowKey: (row: Row) => string;
}

interface LinkRow {
  device: Device | undefined;
  line: Line | undefined;
  by: 'phone' | 'imei';
}

interface DuplicateRow {
  value: string;
  by: 'imei' | 'serial';
  device: Device;
  index: number;
}

export function findingCount(result: Reconciliation, finding: Finding): number {
  if (finding === 'linked') return result.links.length;
  if (finding === 'duplicates') return result.duplicates.length;
  return result[finding].length;
}

export function findingTable(
  finding: Finding,
  result: Reconciliation,
  context: {
    devices: readonly Device[];
    lines: readonly Line[];
    t: TFunction;
    engagement: Engagement;
    /** File name of each import, to say which file gave which value. */
    fileNames: ReadonlyMap<string, string>;
  },
): FindingTable<unknown> {
  const { t, engagement } = context;
  const byDevice = (device: Device) => device.key;

  switch (finding) {
    case 'linesWithoutDevice':
      return widen({
        rows: result.linesWithoutDevice,
        columns: lineColumns(t, engagement),
        rowKey: (l) => l.number,
      });
    case 'devicesWithoutLine':
    case 'registerOnly':
    case 'mdmOnly':
    case 'staleDevices':
    case 'ghostDevices':
      return widen({
        rows: result[finding],
        columns: deviceColumns(t, engagement),
        rowKey: byDevice,
      });
    case 'duplicates':
      return widen(duplicateTable(result, t, engagement));
    case 'usersWithSeveralLines':
      return widen(peopleTable(result.usersWithSeveralLines, t));
    case 'conflicts':
      return widen(conflictTable(result.conflicts, t, context.fileNames));
    default:
      return widen(linkTable(result, context));
  }
}

function widen<Row>(table: FindingTable<Row>): FindingTable<unknown> {
  return table as unknown as FindingTable<unknown>;
}

function linkTable(
  result: Reconciliation,
  { devices, lines, t }: { devices: readonly Device[]; lines: readonly Line[]; t: TFunction },
): FindingTable<LinkRow> {
  const deviceByKey = new Map(devices.map((d) => [d.key, d]));
  const lineByNumber = new Map(lines.map((l) => [l.number, l]));
  const rows = result.links.map((link) => ({
    device: deviceByKey.get(link.deviceKey),
    line: lineByNumber.get(link.lineNumber),
    by: link.by,
  }));

  return {
    rows,
    rowKey: (row) => `${row.device?.key}|${row.line?.number}`,
    columns: [
      { id: 'device', header: t('columns.key'), width: 170, cell: (r) => r.device?.key ?? '—' },
      { id: 'model', header: t('columns.model'), width: 170, cell: (r) => r.device?.model ?? '—' },
      {
        id: 'line',
        header: t('columns.number'),
        width: 150,
        cell: (r) => formatPhone(r.line?.number ?? null),
      },
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
        cell: (r) => r.line?.userName ?? r.device?.userName ?? '—',
      },
    ],
  };
}

function duplicateTable(
  result: Reconciliation,
  t: TFunction,
  engagement: Engagement,
): FindingTable<DuplicateRow> {
  let index = 0;
  const rows = result.duplicates.flatMap((group) =>
    group.devices.map((device) => ({ value: group.value, by: group.by, device, index: index++ })),
  );
  const [key, model, , , user, , , checkIn] = deviceColumns(t, engagement);
  const wrap = ({ sortValue, ...column }: Column<Device>): Column<DuplicateRow> => ({
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

type ConflictRow = Reconciliation['conflicts'][number];

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
