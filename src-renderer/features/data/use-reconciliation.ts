// The Data screen's reconciliation, computed in the task worker whenever the devices or lines
// views or the reference date change; the UI thread only receives what it shows.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';

import type { Engagement } from '@core/model/engagement';

import { useReferenceDate } from '../../kpi/hooks';
import { getDb } from '../../store/db';
import { reconcileInputs } from '../../tasks/reconcile-inputs';
import type { Finding, ReconcileOutput } from '../../tasks/reconcile-types';
import { runTask } from '../../tasks/run-task';

export interface ReconciliationState {
  /** False when the engagement has neither devices nor lines; undefined while loading. */
  present: boolean | undefined;
  referenceDate: string | undefined;
  /** The latest findings; while newer ones compute, the previous ones stay shown. */
  output: ReconcileOutput | undefined;
  computing: boolean;
  error: unknown;
}

interface Held {
  engagementId: string;
  /** The latest findings and the inputs they were computed from. */
  output?: { key: string; value: ReconcileOutput };
  /** The last ask that failed: its inputs, its finding and why. */
  failed?: { key: string; finding: Finding; error: unknown };
}

export function useReconciliation(engagement: Engagement, finding: Finding): ReconciliationState {
  const engagementId = engagement.id;
  const referenceDate = useReferenceDate(engagement);
  const inputs = useLiveQuery(() => reconcileInputs(getDb(), engagementId), [engagementId]);
  const key =
    inputs && referenceDate
      ? JSON.stringify([engagementId, inputs.signature, referenceDate])
      : undefined;
  // An engagement switched to shows nothing of the one before it.
  const [stored, setHeld] = useState<Held>();
  const held = stored?.engagementId === engagementId ? stored : undefined;
  const output = held?.output;
  const shown = output?.key === key && output?.value.rows[finding] !== undefined;
  // The failure of the ask for these inputs and this tile, if it failed.
  const failed =
    key !== undefined && held?.failed?.key === key && held.failed.finding === finding
      ? held.failed
      : undefined;

  useEffect(() => {
    if (key === undefined || referenceDate === undefined || shown) return;

    const controller = new AbortController();
    const update = (next: (before: Held | undefined) => Held) => {
      if (!controller.signal.aborted) setHeld(next);
    };
    const input = { engagementId, referenceDate, finding };
    runTask('reconcile-views', input, { signal: controller.signal }).then(
      (value) => update((before) => ({ engagementId, output: kept(before, key, value) })),
      (error: unknown) =>
        update((before) => ({
          engagementId,
          output: before?.engagementId === engagementId ? before.output : undefined,
          failed: { key, finding, error },
        })),
    );
    // New inputs or another tile: the answer to this ask would no longer be shown.
    return () => controller.abort();
  }, [engagementId, key, referenceDate, finding, shown]);

  return {
    present: inputs && inputs.devices + inputs.lines > 0,
    referenceDate,
    output: output?.value,
    computing: !shown && !failed,
    error: failed?.error,
  };
}

// Rows already received for the same inputs stay: going back to a tile asks nothing.
function kept(before: Held | undefined, key: string, value: ReconcileOutput): Held['output'] {
  const earlier = before?.output;
  if (earlier?.key !== key) return { key, value };
  return { key, value: { ...value, rows: { ...earlier.value.rows, ...value.rows } } };
}
