// The 'reconcile-views' task: reads the devices and lines views and reconciles them off the UI
// thread, then gives the Data screen every finding's count and the rows it shows.
import type { EngagementId, IsoDate } from '@core/model/ids';
import { reconcile } from '@core/reconcile';

import type { FleetDb } from '../store/db';
import { throwIfCancelled } from '../store/guard';
import { kpiReportsSettled } from './compute-kpis';
import { readView } from '../store/views';
import { reconcileInputs } from './reconcile-inputs';
import { findingCounts, findingRows } from './reconcile-rows';
import { FINDINGS } from './reconcile-types';
import type { Finding, FindingRows, ReconcileInput, ReconcileOutput } from './reconcile-types';

/**
 * Up to this many rows over all findings, every finding's rows travel at once and switching
 * tiles asks the worker nothing: the demo's 2,400 rows copy in about 3 ms. A bill of 16,700
 * lines gives 21,700 rows (its 16,700 lines alone take 20 to 45 ms to copy): then only the
 * shown finding's rows travel, and another tile asks the worker, which kept the findings.
 */
export const ALL_ROWS_LIMIT = 5_000;

interface Reconciled {
  counts: Record<Finding, number>;
  rows: FindingRows;
  /** Rows over all findings. */
  total: number;
}

// The findings of the latest inputs asked for, kept so that choosing another tile costs no new
// reading of the views. One engagement's at a time: the screen shows one.
let latest: { key: string; reconciled: Promise<Reconciled> } | undefined;

export async function reconciledFindings(
  db: FleetDb,
  { engagementId, referenceDate, finding }: ReconcileInput,
  signal?: AbortSignal,
): Promise<ReconcileOutput> {
  const { signature } = await reconcileInputs(db, engagementId);
  const key = JSON.stringify([engagementId, signature, referenceDate]);
  if (latest?.key !== key) {
    // Not cancelled with the ask that started it: a later ask (another tile) may share it.
    const reconciled = reconcileViews(db, engagementId, referenceDate);
    latest = { key, reconciled };
    // A failed run is not kept: the next ask computes again.
    reconciled.catch(() => {
      if (latest?.reconciled === reconciled) latest = undefined;
    });
  }

  const { counts, rows, total } = await latest.reconciled;
  throwIfCancelled(signal);
  const sent = total <= ALL_ROWS_LIMIT ? rows : { [finding]: rows[finding] };
  return { counts, rows: sent };
}

async function reconcileViews(
  db: FleetDb,
  engagementId: EngagementId,
  referenceDate: IsoDate,
): Promise<Reconciled> {
  const [devices, lines] = await Promise.all([
    readView(db, engagementId, 'devices'),
    readView(db, engagementId, 'lines'),
  ]);
  // Reconciling a large fleet holds this worker for a second: the dashboard's figures go first.
  await kpiReportsSettled();
  const result = reconcile(devices, lines, { referenceDate });
  const rows = findingRows(result, devices, lines);
  const total = FINDINGS.reduce((sum, finding) => sum + rows[finding].length, 0);
  return { counts: findingCounts(result), rows, total };
}
