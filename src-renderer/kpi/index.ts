// What other features use of the KPI layer.
export { decideSaving } from './decisions';
export { useKpiReport, useKpis, useKpiSettings, useSavingDecisions } from './hooks';
export type { KpiReportState } from './hooks';
export { deleteInputRow, saveInputRow, useInputRows } from './inputs';
export { importCatalogueText } from './reference';
export { prefetchKpiReport } from './report-cache';
export type { CatalogueImport } from './reference';
export { saveKpiSettings } from './settings';
export type { KpiReport } from '../tasks/compute-kpis';
