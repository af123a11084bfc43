// What the dashboard's overview charts show: the fleet by OS release, model, age and
// compliance state, and the bills by month and by department, cost centre and operator.
import type { MonthSpend } from '@core/documents/fleet-stats';
import type { ComplianceState, DeviceKind } from '@core/model/device';

/** One bar of a chart: what it counts and the key that finds its rows again. */
export interface OverviewBar {
  key: string;
  /** Null when the rows have no value here (no department, an unknown OS release...). */
  label: string | null;
  value: number;
}

/** Devices of one age band (whole years since purchase, else enrolment), by kind. */
export interface AgeBand {
  /** Lower bound in years; the last band holds every older device. */
  fromYears: number;
  byKind: Record<DeviceKind, number>;
}

export const COST_DIMENSIONS = ['department', 'costCenter', 'operator'] as const;
export type CostDimension = (typeof COST_DIMENSIONS)[number];

export interface FleetOverview {
  /** Devices per OS release (platform and catalogue cycle), most common first. */
  os: OverviewBar[];
  /** Devices per model, most common first; `otherModels` counts those past the list. */
  models: OverviewBar[];
  otherModels: number;
  ages: AgeBand[];
  /** Devices with no purchase or enrolment date on or before the reference date. */
  undated: number;
  compliance: Record<ComplianceState, number>;
  /** Each billed month's charges by type, oldest first. */
  months: MonthSpend[];
  /** Mean monthly charges excluding VAT per department, cost centre and operator. */
  costBy: Record<CostDimension, OverviewBar[]>;
}

/** A bar the consultant clicked: which rows lie behind it. */
export type OverviewSelection =
  | { chart: 'os'; key: string }
  | { chart: 'model'; key: string }
  | { chart: 'age'; fromYears: number; kind: DeviceKind }
  | { chart: 'compliance'; state: ComplianceState }
  | { chart: 'month'; period: string }
  | { chart: 'cost'; dimension: CostDimension; key: string };
