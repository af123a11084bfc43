import { createLogger } from '@core/log/logger';

import { costPerLine, tcoPerDevice, tcoPerUser } from './defs/financial-cost';
import { outOfPlanMonthly, totalMonthly } from './defs/financial-monthly';
import { deviceCount, lineCount, managedRate } from './defs/fleet-size';
import { averageAge, oldDevices } from './defs/device-age';
import { underusedLines, unusedLines } from './defs/financial-lines';
import { outOfPlan, spendTrend } from './defs/financial-spend';
import { complianceRate, ghostDevices, staleRate } from './defs/operational';
import { osOutdated, osUnsupported, stalePatch } from './defs/security';
import { lifetimeExtension } from './defs/sustainability';
import { devicesPastSupport } from './defs/device-support';
import { dataPerLine } from './defs/usage';
import { budgetVariance } from './defs/input-budget';
import { fleetAvailability, meanTimeToResolve, provisioningDelay } from './defs/input-operational';
import { criticalPatchDelay, securityIncidents } from './defs/input-security';
import { endOfLifeRecovery, lifetimeAtRetirement } from './defs/input-sustainability';
import { appAdoption, userSatisfaction } from './defs/input-usage';
import { rateStatus } from './status';
import { effectiveTarget, isOverridden } from './targets';
import type { KpiDefinition, KpiInput, KpiResult } from './types';

const log = createLogger('kpi');

/**
 * Every KPI, in the order a report shows them. Ids are stable: stored records refer to them
 * (older ids are mapped in legacy-ids.ts).
 */
export const KPI_DEFINITIONS: readonly KpiDefinition[] = [
  totalMonthly,
  costPerLine,
  outOfPlanMonthly,
  tcoPerDevice,
  tcoPerUser,
  unusedLines,
  underusedLines,
  outOfPlan,
  spendTrend,
  budgetVariance,
  deviceCount,
  managedRate,
  complianceRate,
  staleRate,
  ghostDevices,
  averageAge,
  oldDevices,
  lineCount,
  provisioningDelay,
  fleetAvailability,
  meanTimeToResolve,
  stalePatch,
  osUnsupported,
  osOutdated,
  devicesPastSupport,
  securityIncidents,
  criticalPatchDelay,
  dataPerLine,
  userSatisfaction,
  appAdoption,
  lifetimeExtension,
  lifetimeAtRetirement,
  endOfLifeRecovery,
];

/** The definition with this id, if there is one. */
export function getKpiDefinition(id: string): KpiDefinition | undefined {
  return KPI_DEFINITIONS.find((d) => d.id === id);
}

/**
 * The definition a result was rated against: the default one, or a copy with the engagement's
 * target when the result carries one. Deliverables show targets through this.
 */
export function definitionFor(result: Pick<KpiResult, 'id' | 'target'>): KpiDefinition | undefined {
  const definition = getKpiDefinition(result.id);
  return definition && result.target ? { ...definition, target: result.target } : definition;
}

/** Runs one KPI; a failure becomes a result without value rather than breaking the report. */
export function computeKpi(definition: KpiDefinition, input: KpiInput): KpiResult {
  try {
    const computed = definition.compute(input);
    const overrides = input.settings.targets;
    const target = effectiveTarget(definition, overrides);
    return {
      id: definition.id,
      status: rateStatus(computed.value, target),
      ...computed,
      ...(target && isOverridden(definition, overrides) ? { target } : {}),
    };
  } catch (error) {
    log.error(`KPI ${definition.id} failed`, error);
    return {
      id: definition.id,
      value: null,
      status: 'none',
      basis: 0,
      evidence: [],
      missing: { reason: 'compute-failed', need: { kind: 'none' } },
    };
  }
}

/** Runs every KPI on the same input. */
export function computeKpis(input: KpiInput): KpiResult[] {
  return KPI_DEFINITIONS.map((definition) => computeKpi(definition, input));
}
