// Columns of the contract plan catalogue table. A null allowance is unlimited in a catalogue,
// so it reads as such rather than as a missing value.
import type { TFunction } from 'i18next';

import type { Engagement } from '@core/model/engagement';
import type { Plan } from '@core/model/plan';

import type { Column } from '../../components/VirtualTable';
import { formatMoney, formatNumber } from '../../i18n/format';
import { optionalText } from './columns';

export function planColumns(t: TFunction, engagement: Engagement): Column<Plan>[] {
  const { locale, currency } = engagement;
  // Unlimited reads as such and sorts above every allowance.
  const allowance = (
    id: string,
    header: string,
    width: number,
    value: (plan: Plan) => number | null,
    unit: string,
  ): Column<Plan> => ({
    id,
    header,
    width,
    align: 'right',
    cell: (p) => {
      const amount = value(p);
      return amount === null ? t('data.unlimited') : `${formatNumber(amount, locale)} ${unit}`;
    },
    sortValue: (p) => value(p) ?? Number.POSITIVE_INFINITY,
  });

  return [
    { id: 'operator', header: t('columns.operator'), width: 160, cell: (p) => p.operator },
    { id: 'plan', header: t('columns.plan'), width: 220, cell: (p) => p.plan },
    optionalText('code', t('columns.planCode'), 110, (p) => p.planCode),
    {
      id: 'price',
      header: t('columns.planPrice'),
      width: 110,
      align: 'right',
      cell: (p) => formatMoney(p.planPrice, currency, locale),
      sortValue: (p) => p.planPrice,
    },
    allowance('data', t('columns.dataAllowance'), 120, (p) => p.dataAllowanceMb, t('columns.mb')),
    allowance(
      'voice',
      t('columns.voiceAllowance'),
      120,
      (p) => p.voiceAllowanceMin,
      t('columns.minutes'),
    ),
    allowance('sms', t('columns.smsAllowance'), 100, (p) => p.smsAllowance, ''),
    {
      id: 'commitment',
      header: t('columns.commitmentMonths'),
      width: 120,
      align: 'right',
      cell: (p) => (p.commitmentMonths === null ? '—' : formatNumber(p.commitmentMonths, locale)),
      sortValue: (p) => p.commitmentMonths,
    },
  ];
}
