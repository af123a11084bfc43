// Column sets of the data tables, labelled in the UI language and formatted in the
// engagement's locale.
import type { TFunction } from 'i18next';

import type { Engagement } from '@core/model/engagement';
import type { Device } from '@core/model/device';
import type { Line } from '@core/model/line';

import type { Column } from '../../components/VirtualTable';
import { memoText } from '../../components/table/memo-text';
import { formatDate, formatMoney, formatPhone } from '../../i18n/format';
import type { DeviceRow, LineFields } from '../../tasks/reconcile-types';

// ISO days sort as dates by their text. The columns read only the fields the reconciliation
// sends of a device or a line, so they serve its trimmed rows and whole ones alike.
export function deviceColumns(t: TFunction, engagement: Engagement): Column<DeviceRow>[] {
  const day = memoText((iso: string | null) => formatDate(iso, engagement.locale));
  // A translation costs about 5 µs; a fleet holds a handful of platforms and statuses.
  const platform = memoText((value: Device['platform']) => t(`enums.platform.${value}`));
  const compliance = memoText((value: Device['compliance']) => t(`enums.compliance.${value}`));
  return [
    { id: 'key', header: t('columns.key'), width: 170, cell: (d) => d.key },
    optionalText('model', t('columns.model'), 190, (d) => d.model),
    {
      id: 'platform',
      header: t('columns.platform'),
      width: 90,
      cell: (d) => platform(d.platform),
    },
    optionalText('os', t('columns.osVersion'), 110, (d) => d.osVersion),
    optionalText('user', t('columns.userName'), 180, (d) => d.userName),
    optionalText('dept', t('columns.department'), 170, (d) => d.department),
    {
      id: 'compliance',
      header: t('columns.compliance'),
      width: 120,
      cell: (d) => compliance(d.compliance),
    },
    {
      id: 'checkin',
      header: t('columns.lastCheckIn'),
      width: 130,
      cell: (d) => day(d.lastCheckIn),
      sortValue: (d) => d.lastCheckIn,
    },
  ];
}

/** `numberText` gives a number's text when the rows carry it already formatted. */
export function lineColumns<Row extends LineFields>(
  t: TFunction,
  engagement: Engagement,
  numberText: (line: Row) => string = (line) => formatPhone(line.number),
): Column<Row>[] {
  const { locale, currency } = engagement;
  const status = memoText((value: Line['status']) => t(`enums.lineStatus.${value}`));
  const money = memoText((value: number | null) =>
    value === null ? '—' : formatMoney(value, currency, locale),
  );
  return [
    {
      id: 'number',
      header: t('columns.number'),
      width: 150,
      cell: numberText,
      sortValue: (l) => l.number,
    },
    optionalText('operator', t('columns.operator'), 200, (l) => l.operator),
    optionalText('plan', t('columns.plan'), 220, (l) => l.plan),
    {
      id: 'price',
      header: t('columns.planPrice'),
      width: 110,
      align: 'right',
      cell: (l) => money(l.planPrice),
      sortValue: (l) => l.planPrice,
    },
    optionalText('user', t('columns.userName'), 180, (l) => l.userName),
    optionalText('dept', t('columns.department'), 170, (l) => l.department),
    {
      id: 'status',
      header: t('columns.status'),
      width: 100,
      cell: (l) => status(l.status),
    },
  ];
}

/** A column of a text that may be missing: a dash on screen, last when sorted. */
export function optionalText<Row>(
  id: string,
  header: string,
  width: number,
  value: (row: Row) => string | null,
): Column<Row> {
  return { id, header, width, cell: (row) => value(row) ?? '—', sortValue: value };
}
