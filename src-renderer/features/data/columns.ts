// Column sets of the data tables, labelled in the UI language and formatted in the
// engagement's locale.
import type { TFunction } from 'i18next';

import type { Engagement } from '@core/model/engagement';
import type { Device } from '@core/model/device';
import type { Line } from '@core/model/line';

import type { Column } from '../../components/VirtualTable';
import { formatDate, formatMoney, formatPhone } from '../../i18n/format';

export function deviceColumns(t: TFunction, engagement: Engagement): Column<Device>[] {
  const locale = engagement.locale;
  return [
    { id: 'key', header: t('columns.key'), width: 170, cell: (d) => d.key },
    { id: 'model', header: t('columns.model'), width: 190, cell: (d) => d.model ?? '—' },
    {
      id: 'platform',
      header: t('columns.platform'),
      width: 90,
      cell: (d) => t(`enums.platform.${d.platform}`),
    },
    { id: 'os', header: t('columns.osVersion'), width: 110, cell: (d) => d.osVersion ?? '—' },
    { id: 'user', header: t('columns.userName'), width: 180, cell: (d) => d.userName ?? '—' },
    { id: 'dept', header: t('columns.department'), width: 170, cell: (d) => d.department ?? '—' },
    {
      id: 'compliance',
      header: t('columns.compliance'),
      width: 120,
      cell: (d) => t(`enums.compliance.${d.compliance}`),
    },
    {
      id: 'checkin',
      header: t('columns.lastCheckIn'),
      width: 130,
      cell: (d) => formatDate(d.lastCheckIn, locale),
    },
  ];
}

export function lineColumns(t: TFunction, engagement: Engagement): Column<Line>[] {
  const { locale, currency } = engagement;
  return [
    { id: 'number', header: t('columns.number'), width: 150, cell: (l) => formatPhone(l.number) },
    { id: 'operator', header: t('columns.operator'), width: 200, cell: (l) => l.operator ?? '—' },
    { id: 'plan', header: t('columns.plan'), width: 220, cell: (l) => l.plan ?? '—' },
    {
      id: 'price',
      header: t('columns.planPrice'),
      width: 110,
      align: 'right',
      cell: (l) => (l.planPrice === null ? '—' : formatMoney(l.planPrice, currency, locale)),
    },
    { id: 'user', header: t('columns.userName'), width: 180, cell: (l) => l.userName ?? '—' },
    { id: 'dept', header: t('columns.department'), width: 170, cell: (l) => l.department ?? '—' },
    {
      id: 'status',
      header: t('columns.status'),
      width: 100,
      cell: (l) => t(`enums.lineStatus.${l.status}`),
    },
  ];
}

/** Case- and accent-insensitive match of a filter against any of a row's text cells. */
export function matchesFilter<Row>(row: Row, columns: Column<Row>[], needle: string): boolean {
  if (!needle) return true;
  return columns.some((column) => fold(column.cell(row)).includes(needle));
}

export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
