// The engine's breakdown keys are codes (`grace`, `ios:unsupported`, `endOfLife`): this turns
// them into the reader's words and gives each value its unit. Keys that are the client's own
// words (a department, an app name) are shown as they are.
import type { TFunction } from 'i18next';

import type { Engagement } from '@core/model/engagement';

import { formatMoney, formatNumber } from '../../i18n/format';

type KeyFamily = 'parts' | 'compliance' | 'kinds' | 'platforms' | 'osStatus' | 'outcomes' | 'own';
type ValueKind = 'money' | 'kg' | 'percent' | 'years' | 'mb' | 'number';

interface BreakdownMeta {
  keys: KeyFamily;
  values: ValueKind;
}

const META: Record<string, BreakdownMeta> = {
  'cost.tcoPerDeviceMonthly': { keys: 'parts', values: 'money' },
  'cost.budgetVariance': { keys: 'parts', values: 'money' },
  'devices.complianceRate': { keys: 'compliance', values: 'number' },
  'devices.averageAgeYears': { keys: 'kinds', values: 'years' },
  'devices.olderThan3YearsRate': { keys: 'kinds', values: 'number' },
  'operations.provisioningDelayHours': { keys: 'parts', values: 'number' },
  'operations.availabilityRate': { keys: 'parts', values: 'number' },
  'devices.osOutdatedRate': { keys: 'platforms', values: 'number' },
  'devices.osUnsupportedRate': { keys: 'osStatus', values: 'number' },
  'devices.osBehindRate': { keys: 'osStatus', values: 'number' },
  'devices.pastSupportRate': { keys: 'kinds', values: 'number' },
  'usage.dataPerLineMonthly': { keys: 'own', values: 'mb' },
  'usage.satisfactionScore': { keys: 'parts', values: 'number' },
  'usage.appAdoptionRate': { keys: 'own', values: 'percent' },
  'sustainability.lifetimeExtensionCo2': { keys: 'parts', values: 'kg' },
  'sustainability.endOfLifeRecoveryRate': { keys: 'outcomes', values: 'number' },
};

const OWN: BreakdownMeta = { keys: 'own', values: 'number' };

/** The reader's words for one breakdown key of a KPI. */
export function breakdownLabel(t: TFunction, kpiId: string, key: string): string {
  const family = (META[kpiId] ?? OWN).keys;
  const fallback = { defaultValue: key };

  switch (family) {
    case 'parts':
      return t(`dashboard.breakdown.parts.${key}`, fallback);
    case 'compliance':
      return t(`enums.compliance.${key}`, fallback);
    case 'kinds':
      return t(`dashboard.breakdown.kinds.${key}`, fallback);
    case 'platforms':
      return t(`enums.platform.${key}`, fallback);
    case 'outcomes':
      return t(`dashboard.inputs.outcomes.${key}`, fallback);
    case 'osStatus': {
      const [platform, status] = key.split(':');
      return t('dashboard.breakdown.platformStatus', {
        platform: t(`enums.platform.${platform}`, { defaultValue: platform }),
        status: t(`dashboard.breakdown.osStatus.${status}`, { defaultValue: status }),
      });
    }
    case 'own':
      return key === 'unassigned' ? t('dashboard.breakdown.unassigned') : key;
  }
}

/** One breakdown value with its unit, in the engagement's formats. */
export function breakdownValue(
  t: TFunction,
  kpiId: string,
  key: string,
  value: number,
  engagement: Engagement,
): string {
  const { locale, currency } = engagement;
  const kind =
    kpiId === 'operations.provisioningDelayHours' && key === 'within48hPct' ? 'percent' : null;

  switch (kind ?? (META[kpiId] ?? OWN).values) {
    case 'money':
      return formatMoney(value, currency, locale);
    case 'kg':
      return t('dashboard.breakdown.kg', { value: formatNumber(value, locale, 1) });
    case 'percent':
      return t('dashboard.units.percent', { value: formatNumber(value, locale, 1) });
    case 'years':
      return t('dashboard.units.years', { value: formatNumber(value, locale, 1) });
    case 'mb':
      return t('dashboard.breakdown.mb', { value: formatNumber(value, locale, 0) });
    default:
      return formatNumber(value, locale, 2);
  }
}
