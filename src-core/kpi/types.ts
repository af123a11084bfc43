import type { Device } from '@core/model/device';
import type { Dataset } from '@core/model/import-record';
import type { InvoiceRow } from '@core/model/invoice';
import type { Line } from '@core/model/line';
import type { DeviceSupport } from '@core/reference/device-support';
import type { Footprints } from '@core/reference/footprints';
import type { OsCatalogue } from '@core/reference/os-catalogue';

import type { ConsultantInputs, InputFamily } from './inputs/families';
import type { KpiSettings } from './settings';

export const KPI_CATEGORIES = [
  'financial',
  'operational',
  'security',
  'usage',
  'sustainability',
] as const;
export type KpiCategory = (typeof KPI_CATEGORIES)[number];

export type KpiStatus = 'green' | 'amber' | 'red' | 'none';

/** Money is in the engagement currency, excluding VAT. */
export type KpiUnit =
  | 'currency-per-month'
  | 'percent'
  | 'percent-change'
  | 'years'
  | 'mb-per-month'
  | 'kgco2e-per-year'
  | 'hours'
  | 'days'
  | 'count'
  | 'count-per-month'
  | 'score-of-10';

export interface Localised {
  fr: string;
  en: string;
}

/**
 * Green when the value meets `value` in the given direction, amber up to `amberLimit`, red
 * beyond. `source` says whether the figure comes from the domain guide or is our own default.
 */
export interface KpiTarget {
  direction: 'at-least' | 'at-most';
  value: number;
  amberLimit: number;
  source: 'guide' | 'fleetaudit';
}

export interface KpiInput {
  devices: readonly Device[];
  lines: readonly Line[];
  invoices: readonly InvoiceRow[];
  settings: KpiSettings;
  /** ISO date the measures are taken against. */
  referenceDate: string;
  catalogue: OsCatalogue | null;
  footprints: Footprints | null;
  /** Security support end per device model; absent or null when not available. */
  deviceSupport?: DeviceSupport | null;
  /** What the consultant entered in the Saisies tab; absent means nothing entered. */
  inputs?: ConsultantInputs;
}

export type MissingReason =
  | 'no-devices'
  | 'no-lines'
  | 'no-invoices'
  | 'too-few-billed-months'
  | 'no-spend'
  | 'no-purchase-prices'
  | 'no-purchase-dates'
  | 'no-user-assignments'
  | 'no-data-allowances'
  | 'no-compliance-state'
  | 'no-check-in-dates'
  | 'no-patch-dates'
  | 'no-os-versions'
  | 'no-os-catalogue'
  | 'no-footprints'
  | 'no-support-catalogue'
  | 'no-known-models'
  | 'no-entries'
  | 'no-entries-in-range'
  | 'compute-failed';

/** What the user can import, or which reference file is needed, to get a value. */
export type MissingNeed =
  | { kind: 'import'; dataset: Dataset; fields: string[] }
  | { kind: 'reference'; file: 'os-catalogue' | 'device-footprints' | 'device-support' }
  | { kind: 'input'; family: InputFamily }
  | { kind: 'none' };

export interface KpiMissing {
  reason: MissingReason;
  need: MissingNeed;
}

/** Something the reader should know about a value: rows left out or filled by assumption. */
export interface KpiCaveat {
  code:
    | 'price-imputed'
    | 'telecom-from-plan-prices'
    | 'rows-without-data'
    | 'catalogue-older-than-reference'
    | 'footprint-from-median';
  count: number;
}

export interface TrendPoint {
  /** Billing month `YYYY-MM`. */
  period: string;
  value: number;
}

export interface KpiResult {
  id: string;
  value: number | null;
  status: KpiStatus;
  /** How many records (devices, lines, line-months) the value rests on. */
  basis: number;
  missing?: KpiMissing;
  trend?: TrendPoint[];
  /** Keys of the rows behind the figure: device keys or line numbers (see docs/KPIS.md). */
  evidence: string[];
  /** Money per month at stake behind the figure, in the engagement currency. */
  monthlyStake?: number;
  /** A split of the value or of the flagged rows, e.g. per platform or per profile. */
  breakdown?: Record<string, number>;
  caveats?: KpiCaveat[];
  /** The engagement's target when it differs from the definition's default. */
  target?: KpiTarget;
}

/** What a KPI's compute function returns; the engine adds the id, the status and the target. */
export type KpiComputation = Omit<KpiResult, 'id' | 'status' | 'target'>;

export interface KpiDefinition {
  id: string;
  category: KpiCategory;
  label: Localised;
  definition: Localised;
  unit: KpiUnit;
  target: KpiTarget | null;
  compute: (input: KpiInput) => KpiComputation;
}
