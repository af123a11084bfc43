// Owns the shapes of the records the store keeps beside the core model's own (engagements,
// imports, batches): the derived view cache and the consultant's small records.
import { z } from 'zod';

import { DATASETS } from '@core/model/import-record';
import type { Dataset } from '@core/model/import-record';
import type { EngagementId, ImportId, IsoDateTime } from '@core/model/ids';
import type { StoredRows } from '@core/model/packed-rows';

/** A slice of a derived view (merged devices, lines or invoice rows), packed like batches. */
export interface ViewChunk {
  engagementId: EngagementId;
  dataset: Dataset;
  seq: number;
  rows: StoredRows<unknown>;
}

/** What a derived view was built from; a different `sourceKey` means it is stale. */
export interface ViewMeta {
  engagementId: EngagementId;
  dataset: Dataset;
  /** The ids of the imports it merged, sorted and joined with commas. */
  sourceKey: string;
  rowCount: number;
  derivedAt: IsoDateTime;
  /** Bumped when the merge or the row shapes change, so older caches get rebuilt. */
  formatVersion: number;
  /**
   * Set when the view is exactly one import's rows in stored order: the rows are read from that
   * import's batches and no second copy is kept.
   */
  rowsOf?: ImportId;
}

/** One of the consultant's own annotations, e.g. a comment on a device or a line. */
export interface NoteRecord {
  id: string;
  engagementId: EngagementId;
  /** What it is about, e.g. `device:SERIAL` or `line:+33612345678`. */
  subject: string;
  [field: string]: unknown;
}

/** A saved column mapping, matched to files by the signature of their header row. */
export interface MappingProfileRecord {
  id: string;
  signature: string;
  [field: string]: unknown;
}

/**
 * One of the consultant's own records, owned by a feature through its `kind` (e.g.
 * `checklist-answer`, `vendor-grid`, `wave`). `data` is whatever that feature's zod schema
 * restores; the store never interprets it.
 */
export interface OwnedRecord {
  engagementId: EngagementId;
  kind: string;
  id: string;
  data: unknown;
  updatedAt: IsoDateTime;
}

/** A file the consultant attached to an engagement (evidence, logos, evaluator sheets...). */
export interface AttachmentRecord {
  id: string;
  engagementId: EngagementId;
  name: string;
  mimeType: string;
  size: number;
  sha256: string;
  bytes: Uint8Array;
  addedAt: IsoDateTime;
}

/** Something shared by every engagement: grid templates, reference catalogues... */
export interface LibraryRecord {
  kind: string;
  id: string;
  data: unknown;
  updatedAt: IsoDateTime;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

const viewMetaSchema = z.object({
  engagementId: z.string().min(1),
  dataset: z.enum(DATASETS),
  sourceKey: z.string().catch(''),
  rowCount: z.number().int().nonnegative().catch(0),
  derivedAt: z.string().catch(() => new Date(0).toISOString()),
  // Metas written before the field existed count as outdated, so their views get rebuilt.
  formatVersion: z.number().int().catch(0),
  rowsOf: z.string().min(1).optional().catch(undefined),
});

/** Normalises a view meta read from storage; throws only when its key fields are missing. */
export function restoreViewMeta(raw: unknown): ViewMeta {
  return viewMetaSchema.parse(raw) as ViewMeta;
}
