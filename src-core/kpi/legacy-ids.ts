// KPI ids are stored in the consultant's records (objectives, checklist actions and answers,
// target overrides). The ids were renamed to the product's contract (`devices.complianceRate`
// rather than `ops.compliance-rate`); records written before keep their old ids, so every
// restore step passes ids through this map.

/** Old KPI id → current KPI id. */
export const LEGACY_KPI_IDS: Readonly<Record<string, string>> = {
  'fin.tco-per-device': 'cost.tcoPerDeviceMonthly',
  'fin.tco-per-user': 'cost.tcoPerUserMonthly',
  'fin.cost-per-line': 'cost.perLineMonthly',
  'fin.unused-lines': 'lines.unusedRate',
  'fin.underused-lines': 'lines.underusedRate',
  'fin.out-of-plan': 'cost.outOfPlanShare',
  'fin.telecom-spend-trend': 'cost.spendTrend',
  'fin.budget-variance': 'cost.budgetVariance',
  'ops.compliance-rate': 'devices.complianceRate',
  'ops.ghost-devices': 'devices.ghostRate',
  'ops.average-age': 'devices.averageAgeYears',
  'ops.old-devices': 'devices.olderThan3YearsRate',
  'ops.provisioning-delay': 'operations.provisioningDelayHours',
  'ops.fleet-availability': 'operations.availabilityRate',
  'ops.mttr': 'operations.mttrHours',
  'sec.stale-patch': 'devices.osOutdatedRate',
  'sec.os-unsupported': 'devices.osUnsupportedRate',
  'sec.os-outdated': 'devices.osBehindRate',
  'sec.devices-past-support': 'devices.pastSupportRate',
  'sec.security-incidents': 'security.incidentsMonthly',
  'sec.critical-patch-delay': 'security.criticalPatchDelayDays',
  'use.data-per-line': 'usage.dataPerLineMonthly',
  'use.satisfaction': 'usage.satisfactionScore',
  'use.app-adoption': 'usage.appAdoptionRate',
  'sus.lifetime-extension-co2': 'sustainability.lifetimeExtensionCo2',
  'sus.lifetime-at-retirement': 'sustainability.lifetimeAtRetirementYears',
  'sus.end-of-life-recovery': 'sustainability.endOfLifeRecoveryRate',
};

/** The current id of a KPI id read from a record: itself unless it is a legacy one. */
export function currentKpiId(id: string): string {
  return Object.hasOwn(LEGACY_KPI_IDS, id) ? LEGACY_KPI_IDS[id] : id;
}
