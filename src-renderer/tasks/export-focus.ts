// The 'export-focus' task: the engagement's merged bill rows as FOCUS charges (CSV), built in
// the worker where the invoice view is read, so a year of a large fleet never crosses to the UI.
import { AppError } from '@core/errors/app-error';
import { focusCsv, toFocusRows } from '@core/focus';
import type { EngagementId } from '@core/model/ids';

import type { FleetDb } from '../store/db';
import { getEngagement } from '../store/engagements';
import { throwIfCancelled } from '../store/guard';
import { readView } from '../store/views';

export interface ExportFocusInput {
  engagementId: EngagementId;
}

/** The CSV's bytes, in the engagement's currency. */
export async function exportFocus(
  db: FleetDb,
  { engagementId }: ExportFocusInput,
  signal: AbortSignal,
): Promise<Uint8Array> {
  const engagement = await getEngagement(engagementId, db);
  if (!engagement) throw new AppError('engagement-not-found', engagementId);

  const invoices = await readView(db, engagementId, 'invoices');
  throwIfCancelled(signal);

  const rows = toFocusRows(invoices, { currency: engagement.currency });
  return new TextEncoder().encode(focusCsv(rows));
}
