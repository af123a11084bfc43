// React's window on the store: live queries that re-render when the records they read change,
// including changes written by the task worker. They return undefined while loading.
import { useLiveQuery } from 'dexie-react-hooks';

import type { Engagement } from '@core/model/engagement';
import type { Dataset, ImportRecord } from '@core/model/import-record';
import type { EngagementId } from '@core/model/ids';

import type { DatasetRow } from './datasets';
import { getDb } from './db';
import { getEngagement, listEngagements } from './engagements';
import { listAttachments } from './attachments';
import type { AttachmentInfo } from './attachments';
import { listImports } from './imports';
import { getRecord, listRecords } from './owned';
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

/** Live list of the consultant's records of one kind, restored for today's code. */
export function useRecords<T>(
  engagementId: MaybeId,
  kind: string,
  restore: (raw: unknown) => T,
): T[] | undefined {
  return useLiveQuery(
    () => (engagementId ? listRecords(engagementId, kind, restore) : undefined),
    // `restore` is a module-level function in practice; re-running on its identity is harmless.
    [engagementId, kind, restore],
  );
}

/** Live single record; null when absent, undefined while loading. */
export function useRecord<T>(
  engagementId: MaybeId,
  kind: string,
  id: string,
  restore: (raw: unknown) => T,
): T | null | undefined {
  return useLiveQuery(
    async () =>
      engagementId ? ((await getRecord(engagementId, kind, id, restore)) ?? null) : undefined,
    [engagementId, kind, id, restore],
  );
}

export function useAttachments(engagementId: MaybeId): AttachmentInfo[] | undefined {
  return useLiveQuery(
    () => (engagementId ? listAttachments(engagementId) : undefined),
    [engagementId],
  );
}
