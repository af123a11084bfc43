// Public surface of the KPI engine.
export {
  computeKpi,
  computeKpis,
  definitionFor,
  getKpiDefinition,
  KPI_DEFINITIONS,
} from './registry';
export {
  effectiveTarget,
  isAmberOnTheRightSide,
  isOverridden,
  restoreTargetOverrides,
} from './targets';
export type { KpiTargetOverride, KpiTargetOverrides } from './targets';
export { invoiceIndex } from './invoice-index';
export type { InvoiceIndex, LineMonth, PeriodFigures } from './invoice-index';
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
