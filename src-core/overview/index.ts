// The dashboard's overview: what its charts count, and the rows behind each bar.
export { fleetOverview, MODELS_SHOWN, COST_KEYS_SHOWN } from './fleet-overview';
export type { OverviewInput } from './fleet-overview';
export { rowsBehind } from './rows-behind';
export type { RowsBehind } from './rows-behind';
export { AGE_BANDS } from './device-keys';
export { COST_DIMENSIONS } from './types';
export type {
  AgeBand,
  CostDimension,
  FleetOverview,
  OverviewBar,
  OverviewSelection,
} from './types';
