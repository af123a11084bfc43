// Turns KPI values, targets and gaps into the engagement's language and number formats.
import type { TFunction } from 'i18next';

import type { KpiMissing, KpiResult, KpiTarget, KpiUnit } from '@core/kpi';
import type { Engagement } from '@core/model/engagement';

import { formatMoney, formatNumber } from '../../i18n/format';

const MB_PER_GB = 1024;

/** A value with its unit: "7,8 %", "61,04 € / mois", "12,4 Go / mois". */
export function formatKpiValue(
  t: TFunction,
  value: number,
  unit: KpiUnit,
  engagement: Engagement,
): string {
  const { locale, currency } = engagement;

  switch (unit) {
    case 'currency-per-month':
      return t('dashboard.units.currency-per-month', {
        value: formatMoney(value, currency, locale),
      });
    case 'percent-change': {
      const sign = value > 0 ? '+' : '';
      return t('dashboard.units.percent-change', {
        value: sign + formatNumber(value, locale, 1),
      });
    }
    case 'count':
      return t('dashboard.units.count', { value: formatNumber(value, locale, 0) });
    case 'mb-per-month':
      return t('dashboard.units.mb-per-month', {
        value: formatNumber(value / MB_PER_GB, locale, 1),
      });
    case 'percent':
    case 'years':
    case 'kgco2e-per-year':
    case 'hours':
    case 'days':
    case 'count-per-month':
    case 'score-of-10':
      return t(`dashboard.units.${unit}`, { value: formatNumber(value, locale, 1) });
  }
}

/** "Target ≤ 2 % · watch up to 5 %", or the line of a KPI without target. */
export function formatTarget(
  t: TFunction,
  target: KpiTarget | null,
  unit: KpiUnit,
  engagement: Engagement,
): string {
  if (!target) return t('dashboard.target.none');

  return t(`dashboard.target.${target.direction}`, {
    value: formatKpiValue(t, target.value, unit, engagement),
    amber: formatKpiValue(t, target.amberLimit, unit, engagement),
  });
}

/** What is missing and what to do about it, never a zero. */
export function missingText(t: TFunction, missing: KpiMissing | undefined): string {
  const need = missing?.need;
  if (!need || need.kind === 'none') return t('dashboard.missing.failed');

  if (need.kind === 'input') {
    return t('dashboard.missing.input', { family: t(`dashboard.inputs.families.${need.family}`) });
  }

  if (need.kind === 'reference') {
    return t('dashboard.missing.reference', { file: t(`dashboard.missing.files.${need.file}`) });
  }

  const dataset = t(`dashboard.missing.datasets.${need.dataset}`);
  if (need.fields.length === 0) return t('dashboard.missing.importAny', { dataset });

  const fields = need.fields
    .map((field) => t(`dashboard.fields.${field}`, { defaultValue: field }))
    .join(t('dashboard.fields.or'));
  return t('dashboard.missing.import', { dataset, fields });
}

/** The status word shown next to the colour, so colour is never the only signal. */
export function statusText(t: TFunction, result: KpiResult): string {
  if (result.value === null) return t('dashboard.status.missing');
  return t(`dashboard.status.${result.status}`);
}
