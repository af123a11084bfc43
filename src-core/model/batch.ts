import type { BatchId, EngagementId, ImportId } from './ids';
import type { Dataset } from './import-record';
import type { StoredRows } from './packed-rows';

/** How many rows one stored batch holds: IndexedDB's cost is per record, not per byte. */
export const BATCH_SIZE = 1000;

/** An immutable slice of one import's rows, stored as a single record. */
export interface RowBatch<Row> {
  id: BatchId;
  engagementId: EngagementId;
  importId: ImportId;
  dataset: Dataset;
  seq: number;
  rows: StoredRows<Row>;
}

/** Cuts rows into consecutive batches of `size`. */
export function chunkRows<Row>(rows: readonly Row[], size = BATCH_SIZE): Row[][] {
  const chunks: Row[][] = [];

  for (let start = 0; start < rows.length; start += size) {
    chunks.push(rows.slice(start, start + size));
  }

  return chunks;
}
