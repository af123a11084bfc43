// Public surface of the KPI engine.
export { computeKpi, computeKpis, getKpiDefinition, KPI_DEFINITIONS } from './registry';
export { KPI_SETTING_DEFAULTS, PROFILE_FIELDS, restoreKpiSettings } from './settings';
export type { KpiSettings, ProfileField } from './settings';
export { rateStatus } from './status';
export * from './inputs';
export { KPI_CATEGORIES } from './types';
export type {
  KpiCategory,
  KpiCaveat,
  KpiComputation,
  KpiDefinition,
  KpiInput,
  KpiMissing,
  KpiResult,
  KpiStatus,
  KpiTarget,
  KpiUnit,
  Localised,
  MissingNeed,
  MissingReason,
  TrendPoint,
} from './types';
