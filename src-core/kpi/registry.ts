import { createLogger } from '@core/log/logger';

import { costPerLine, tcoPerDevice, tcoPerUser } from './defs/financial-cost';
import { underusedLines, unusedLines } from './defs/financial-lines';
import { outOfPlan, spendTrend } from './defs/financial-spend';
import { averageAge, complianceRate, ghostDevices, oldDevices } from './defs/operational';
import { osOutdated, osUnsupported, stalePatch } from './defs/security';
import { lifetimeExtension } from './defs/sustainability';
import { dataPerLine } from './defs/usage';
import { budgetVariance } from './defs/input-budget';
import { fleetAvailability, meanTimeToResolve, provisioningDelay } from './defs/input-operational';
import { criticalPatchDelay, securityIncidents } from './defs/input-security';
import { endOfLifeRecovery, lifetimeAtRetirement } from './defs/input-sustainability';
import { appAdoption, userSatisfaction } from './defs/input-usage';
import { rateStatus } from './status';
import type { KpiDefinition, KpiInput, KpiResult } from './types';

const log = createLogger('kpi');

/** Every KPI, in the order a report shows them. Ids are stable: stored results refer to them. */
export const KPI_DEFINITIONS: readonly KpiDefinition[] = [
  tcoPerDevice,
  tcoPerUser,
  costPerLine,
  unusedLines,
  underusedLines,
  outOfPlan,
  spendTrend,
  budgetVariance,
  complianceRate,
  ghostDevices,
  averageAge,
  oldDevices,
  provisioningDelay,
  fleetAvailability,
  meanTimeToResolve,
  stalePatch,
  osUnsupported,
  osOutdated,
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

/** Runs one KPI; a failure becomes a result without value rather than breaking the report. */
export function computeKpi(definition: KpiDefinition, input: KpiInput): KpiResult {
  try {
    const computed = definition.compute(input);
    return {
      id: definition.id,
      status: rateStatus(computed.value, definition.target),
      ...computed,
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
