// What the reconciliation is computed from, in a few small reads: the UI watches it to know
// when to ask for new findings, the task worker keys the findings it keeps with it.
import type { EngagementId } from '@core/model/ids';

import type { FleetDb } from '../store/db';
import { readViewMeta } from '../store/views';

export interface ReconcileInputs {
  /** Changes whenever the devices or the lines view is derived again. */
  signature: string;
  /** Rows of each view as last derived: with neither, the screen has nothing to reconcile. */
  devices: number;
  lines: number;
}

/** The signature of what the reconciliation reads, and how many rows each view holds. */
export async function reconcileInputs(
  db: FleetDb,
  engagementId: EngagementId,
): Promise<ReconcileInputs> {
  const [devices, lines] = await Promise.all([
    readViewMeta(db, engagementId, 'devices'),
    readViewMeta(db, engagementId, 'lines'),
  ]);
  const stamp = (meta: typeof devices) =>
    meta ? [meta.sourceKey, meta.derivedAt, meta.formatVersion] : null;

  return {
    signature: JSON.stringify([stamp(devices), stamp(lines)]),
    devices: devices?.rowCount ?? 0,
    lines: lines?.rowCount ?? 0,
  };
}
