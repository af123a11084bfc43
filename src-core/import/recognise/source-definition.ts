import type { Dataset } from '@core/model/import-record';
import type { DevicePlatform } from '@core/model/device';

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
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/** What a source's export looks like, and what its rows mean. */
export interface SourceDefinition {
  source: SourceId;
  dataset: Dataset;
  /** Groups of header names this source writes; each group seen counts once. */
  signature: string[][];
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
}
