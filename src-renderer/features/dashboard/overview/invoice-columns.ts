// Columns of invoice rows, as the overview lists them behind a month or a department's bar.
import type { TFunction } from 'i18next';

import type { Engagement } from '@core/model/engagement';
import type { InvoiceRow } from '@core/model/invoice';

import type { Column } from '../../../components/VirtualTable';
import { formatMoney, formatMonth, formatNumber, formatPhone } from '../../../i18n/format';

export function invoiceColumns(t: TFunction, engagement: Engagement): Column<InvoiceRow>[] {
  const { locale, currency } = engagement;
  const money = (
    id: string,
    header: string,
    value: (row: InvoiceRow) => number,
  ): Column<InvoiceRow> => ({
    id,
    header,
    width: 120,
    align: 'right',
    cell: (row) => formatMoney(value(row), currency, locale),
    sortValue: value,
  });

  return [
    {
      id: 'line',
      header: t('import.fields.lineNumber'),
      width: 150,
      cell: (row) => formatPhone(row.lineNumber),
      sortValue: (row) => row.lineNumber,
    },
    {
      id: 'period',
      header: t('import.fields.period'),
      width: 120,
      cell: (row) => formatMonth(row.period, locale),
      sortValue: (row) => row.period,
    },
    { id: 'operator', header: t('columns.operator'), width: 130, cell: (r) => r.operator ?? '' },
    { id: 'plan', header: t('columns.plan'), width: 170, cell: (row) => row.plan ?? '' },
    money('planCharge', t('import.fields.planCharge'), (row) => row.planCharge),
    money('outOfPlan', t('import.fields.outOfPlan'), (row) => row.outOfPlan),
    money('options', t('import.fields.options'), (row) => row.options),
    money('oneOff', t('import.fields.oneOff'), (row) => row.oneOff),
    money('total', t('import.fields.totalExVat'), (row) => row.totalExVat),
    {
      id: 'data',
      header: t('import.fields.dataMb'),
      width: 110,
      align: 'right',
      cell: (row) => formatNumber(row.dataMb, locale),
      sortValue: (row) => row.dataMb,
    },
  ];
}
