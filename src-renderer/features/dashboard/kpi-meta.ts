// What the dashboard needs to know about each KPI beyond its definition: what its basis counts,
// which rows its evidence keys name, and which settings it reads.
import type { KpiSettings } from '@core/kpi';

export type BasisUnit = 'devices' | 'lines' | 'lineMonths' | 'users' | 'months' | 'entries';
export type EvidenceKind = 'devices' | 'lines' | 'mixed';

interface KpiMeta {
  basis: BasisUnit;
  evidence: EvidenceKind;
}

const META: Record<string, KpiMeta> = {
  'cost.tcoPerDeviceMonthly': { basis: 'devices', evidence: 'devices' },
  'cost.tcoPerUserMonthly': { basis: 'users', evidence: 'mixed' },
  'cost.perLineMonthly': { basis: 'lineMonths', evidence: 'lines' },
  'cost.totalMonthly': { basis: 'lineMonths', evidence: 'lines' },
  'cost.outOfPlanMonthly': { basis: 'lineMonths', evidence: 'lines' },
  'lines.total': { basis: 'lines', evidence: 'lines' },
  'lines.unusedRate': { basis: 'lines', evidence: 'lines' },
  'lines.underusedRate': { basis: 'lines', evidence: 'lines' },
  'cost.outOfPlanShare': { basis: 'lineMonths', evidence: 'lines' },
  'cost.spendTrend': { basis: 'lineMonths', evidence: 'lines' },
  'usage.dataPerLineMonthly': { basis: 'lines', evidence: 'lines' },
  'cost.budgetVariance': { basis: 'months', evidence: 'lines' },
  'operations.provisioningDelayHours': { basis: 'entries', evidence: 'devices' },
  'operations.availabilityRate': { basis: 'entries', evidence: 'devices' },
  'operations.mttrHours': { basis: 'entries', evidence: 'devices' },
  'security.incidentsMonthly': { basis: 'entries', evidence: 'devices' },
  'security.criticalPatchDelayDays': { basis: 'entries', evidence: 'devices' },
  'usage.satisfactionScore': { basis: 'entries', evidence: 'devices' },
  'usage.appAdoptionRate': { basis: 'users', evidence: 'devices' },
};

/** Operational, security and sustainability KPIs all rest on devices. */
const DEVICE_META: KpiMeta = { basis: 'devices', evidence: 'devices' };

export function kpiMeta(id: string): KpiMeta {
  return META[id] ?? DEVICE_META;
}

/** The settings shown as one value each (targets have their own editor). */
export type ShownSetting = Exclude<keyof KpiSettings, 'targets'>;

const TCO_SETTINGS: readonly ShownSetting[] = [
  'deviceLifetimeMonths',
  'supportCostPerDeviceMonth',
  'mdmLicencePerDeviceMonth',
  'staffHoursPerDeviceMonth',
  'staffHourlyCost',
  'endOfLifeCostPerDevice',
  'costWindowMonths',
];

const SETTINGS_READ: Record<string, readonly ShownSetting[]> = {
  'cost.tcoPerDeviceMonthly': TCO_SETTINGS,
  'cost.tcoPerUserMonthly': TCO_SETTINGS,
  'cost.perLineMonthly': ['costWindowMonths'],
  'cost.totalMonthly': ['costWindowMonths'],
  'cost.outOfPlanMonthly': ['costWindowMonths'],
  'lines.unusedRate': ['unusedWindowMonths'],
  'lines.underusedRate': ['usageWindowMonths', 'unusedWindowMonths', 'underUseThresholdPct'],
  'cost.outOfPlanShare': ['usageWindowMonths'],
  'cost.spendTrend': ['costWindowMonths'],
  'devices.staleRate': ['staleAfterDays'],
  'devices.ghostRate': ['ghostAfterDays', 'mdmLicencePerDeviceMonth'],
  'devices.olderThan3YearsRate': ['oldDeviceYears'],
  'devices.osOutdatedRate': ['patchMaxAgeDays'],
  'devices.osUnsupportedRate': ['staleFixDays', 'windowsTrack'],
  'devices.osBehindRate': ['osUpgradeGraceDays', 'staleFixDays', 'windowsTrack'],
  'usage.dataPerLineMonthly': ['usageWindowMonths', 'profileField'],
  'sustainability.lifetimeExtensionCo2': ['deviceLifetimeMonths'],
};

/** The settings a KPI reads, to show next to its formula. */
export function settingsRead(id: string): readonly ShownSetting[] {
  return SETTINGS_READ[id] ?? [];
}
