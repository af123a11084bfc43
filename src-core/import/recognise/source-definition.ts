import type { CountryCode } from 'libphonenumber-js';

import type { Dataset } from '@core/model/import-record';
import type { DevicePlatform } from '@core/model/device';

import type { DecimalMark } from '../fields/amounts';
import type { Table } from '../types';
import type { FieldId } from './fields';

export const SOURCE_IDS = [
  'intune',
  'intune-graph',
  'jamf-computer',
  'jamf-mobile',
  'soti',
  'google-workspace',
  'meraki',
  'workspace-one',
  'ivanti',
  'asset-register',
  'operator-fr',
  'verizon-wireless',
  'bell-mobile',
  'rogers-usage',
  'att-raw-data',
  'verizon-account-summary',
  'verizon-charges-detail',
  'verizon-usage-detail',
  'telus-individual-detail',
  'telus-airtime-detail',
  'telus-group-summary',
  'telus-dew',
  'telus-account-detail',
  'telus-invoice-summary',
  'bell-account',
  'bell-call-detail',
  'bell-cost-overview',
  'bell-usage-overview',
  'bell-invoice-charges',
  'bell-user-profile',
  'bell-hardware',
  'rogers-custom',
  'plan-catalogue',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/** What a source's export looks like, and what its rows mean. */
export interface SourceDefinition {
  source: SourceId;
  /** Null for a report FleetAudit knows but that holds nothing per line (an account summary). */
  dataset: Dataset | null;
  /** Groups of header names this source writes; each group seen counts once. */
  signature: string[][];
  /**
   * A report title that names the file on its own (`REPORT - AIRTIME DETAILS`), for report-style
   * exports whose header differs per section; matched on the first cell of the first rows.
   */
  title?: RegExp;
  /** Hits needed before the source is claimed at all. */
  minHits: number;
  /** The source's own names per field, tried before the generic ones. */
  fields: Partial<Record<FieldId, string[]>>;
  /** Generic names tried for fields the source leaves unmapped. */
  fallback: Partial<Record<FieldId, string[]>>;
  /** Platform when the export has no OS column (a Jamf computer search is all Macs). */
  platform?: DevicePlatform;
  /** True when every row is a device the MDM manages. */
  managed?: boolean;
  /** Other datasets the same columns can build (a per-line bill also lists the lines). */
  alsoBuilds?: Dataset[];
  /** Region of national phone numbers (North American bills write 10 digits). */
  region?: CountryCode;
  /** Decimal mark of every number, when the source is known to use one (`6.581` is 6.581 GB). */
  decimal?: DecimalMark;
  /** ISO currency of the amounts, kept as written: the model stores no currency per row. */
  currency?: string;
  /** MB per unit of a bare number in a volume field (Verizon's GB column is 1024). */
  unitsMb?: Partial<Record<FieldId, number>>;
  /** Reshapes the table once recognised: computed columns, account-level rows left out. */
  adapt?: (table: Table) => Table;
}
