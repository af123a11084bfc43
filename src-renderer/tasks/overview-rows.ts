// The 'overview-rows' task: the rows behind one bar of the dashboard's overview, found in the
// task worker with the same keys the counting used, so the list always matches the bar.
import { rowsBehind } from '@core/overview';
import type { OverviewSelection, RowsBehind } from '@core/overview';
import type { EngagementId } from '@core/model/ids';

import type { FleetDb } from '../store/db';
import { readKpiInput } from './compute-kpis';

export interface OverviewRowsInput {
  engagementId: EngagementId;
  selection: OverviewSelection;
}

/** The devices or invoice rows the selected bar counts. */
export async function overviewRows(
  db: FleetDb,
  { engagementId, selection }: OverviewRowsInput,
  signal?: AbortSignal,
): Promise<RowsBehind> {
  const { input } = await readKpiInput(db, engagementId, signal);
  return rowsBehind(selection, { ...input, windowsTrack: input.settings.windowsTrack });
}
