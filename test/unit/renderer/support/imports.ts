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

/** A bill and the lines read from it, stored as the import of a bill with plan columns is. */
export async function importBillWithLines(
  db: FleetDb,
  engagementId: EngagementId,
  invoices: readonly unknown[],
  lines: readonly unknown[],
) {
  const bill = await importRows(db, engagementId, 'invoices', invoices, 'facture.csv');
  const fields: NewImport = {
    engagementId,
    dataset: 'lines',
    fileName: 'facture.csv',
    sha256: '',
    size: 1,
    format: 'csv',
    billId: bill.id,
  };
  return { bill, lines: await addImport(db, fields, lines) };
}
