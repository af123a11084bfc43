import type { Dataset } from '@core/model/import-record';
import type { EngagementId } from '@core/model/ids';

import type { FleetDb } from '@renderer/store/db';
import { addImport } from '@renderer/store/imports';
import type { NewImport } from '@renderer/store/imports';

/** Adds an import with plausible provenance; tests care about the rows. */
export function importRows(
  db: FleetDb,
  engagementId: EngagementId,
  dataset: Dataset,
  rows: readonly unknown[],
  fileName = `${dataset}.csv`,
) {
  const fields: NewImport = { engagementId, dataset, fileName, sha256: '', size: 1, format: 'csv' };
  return addImport(db, fields, rows);
}
