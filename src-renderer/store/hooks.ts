// React's window on the store: live queries that re-render when the records they read change,
// including changes written by the task worker. They return undefined while loading.
import { useLiveQuery } from 'dexie-react-hooks';

import type { Engagement } from '@core/model/engagement';
import type { Dataset, ImportRecord } from '@core/model/import-record';
import type { EngagementId } from '@core/model/ids';

import type { DatasetRow } from './datasets';
import { getDb } from './db';
import { getEngagement, listEngagements } from './engagements';
import { listImports } from './imports';
import { readDatasetCounts, readView } from './views';
import type { DatasetCounts } from './views';

/** No engagement open yet: the hooks below then stay undefined without querying. */
type MaybeId = EngagementId | null | undefined;

export function useEngagements(): Engagement[] | undefined {
  return useLiveQuery(() => listEngagements(), []);
}

/** Undefined while loading, null when no engagement has this id. */
export function useEngagement(id: MaybeId): Engagement | null | undefined {
  return useLiveQuery(async () => (id ? ((await getEngagement(id)) ?? null) : undefined), [id]);
}

export function useImports(engagementId: MaybeId): ImportRecord[] | undefined {
  return useLiveQuery(
    () => (engagementId ? listImports(getDb(), engagementId) : undefined),
    [engagementId],
  );
}

/** Rows per dataset as last derived: 0 for a dataset never derived. */
export function useDatasetCounts(engagementId: MaybeId): DatasetCounts | undefined {
  return useLiveQuery(
    () => (engagementId ? readDatasetCounts(getDb(), engagementId) : undefined),
    [engagementId],
  );
}

export function useViewRows<D extends Dataset>(
  engagementId: MaybeId,
  dataset: D,
): DatasetRow<D>[] | undefined {
  return useLiveQuery(
    () => (engagementId ? readView(getDb(), engagementId, dataset) : undefined),
    [engagementId, dataset],
  );
}
