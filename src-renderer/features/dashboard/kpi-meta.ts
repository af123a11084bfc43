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
  'fin.tco-per-device': { basis: 'devices', evidence: 'devices' },
  'fin.tco-per-user': { basis: 'users', evidence: 'mixed' },
  'fin.cost-per-line': { basis: 'lineMonths', evidence: 'lines' },
  'fin.unused-lines': { basis: 'lines', evidence: 'lines' },
  'fin.underused-lines': { basis: 'lines', evidence: 'lines' },
  'fin.out-of-plan': { basis: 'lineMonths', evidence: 'lines' },
  'fin.telecom-spend-trend': { basis: 'lineMonths', evidence: 'lines' },
  'use.data-per-line': { basis: 'lines', evidence: 'lines' },
  'fin.budget-variance': { basis: 'months', evidence: 'lines' },
  'ops.provisioning-delay': { basis: 'entries', evidence: 'devices' },
  'ops.fleet-availability': { basis: 'entries', evidence: 'devices' },
  'ops.mttr': { basis: 'entries', evidence: 'devices' },
  'sec.security-incidents': { basis: 'entries', evidence: 'devices' },
  'sec.critical-patch-delay': { basis: 'entries', evidence: 'devices' },
  'use.satisfaction': { basis: 'entries', evidence: 'devices' },
  'use.app-adoption': { basis: 'users', evidence: 'devices' },
};

/** Operational, security and sustainability KPIs all rest on devices. */
const DEVICE_META: KpiMeta = { basis: 'devices', evidence: 'devices' };

export function kpiMeta(id: string): KpiMeta {
  return META[id] ?? DEVICE_META;
}

const TCO_SETTINGS: readonly (keyof KpiSettings)[] = [
  'deviceLifetimeMonths',
  'supportCostPerDeviceMonth',
  'mdmLicencePerDeviceMonth',
  'staffHoursPerDeviceMonth',
  'staffHourlyCost',
  'endOfLifeCostPerDevice',
  'costWindowMonths',
];

const SETTINGS_READ: Record<string, readonly (keyof KpiSettings)[]> = {
  'fin.tco-per-device': TCO_SETTINGS,
  'fin.tco-per-user': TCO_SETTINGS,
  'fin.cost-per-line': ['costWindowMonths'],
  'fin.unused-lines': ['usageWindowMonths'],
  'fin.underused-lines': ['usageWindowMonths', 'underUseThresholdPct'],
  'fin.out-of-plan': ['usageWindowMonths'],
  'fin.telecom-spend-trend': ['costWindowMonths'],
  'ops.ghost-devices': ['ghostAfterDays', 'mdmLicencePerDeviceMonth'],
  'ops.old-devices': ['oldDeviceYears'],
  'sec.stale-patch': ['patchMaxAgeDays'],
  'sec.os-unsupported': ['staleFixDays', 'windowsTrack'],
  'sec.os-outdated': ['osUpgradeGraceDays', 'staleFixDays', 'windowsTrack'],
  'use.data-per-line': ['usageWindowMonths', 'profileField'],
  'sus.lifetime-extension-co2': ['deviceLifetimeMonths'],
};

/** The settings a KPI reads, to show next to its formula. */
export function settingsRead(id: string): readonly (keyof KpiSettings)[] {
  return SETTINGS_READ[id] ?? [];
}
