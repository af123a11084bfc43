// Owns the derived views: each dataset's imports merged into one list of rows (a later import
// wins), cached as packed chunks with a meta saying which imports they were built from.
// Deriving runs in the task worker; the UI only reads.
import Dexie from 'dexie';

import { AppError } from '@core/errors/app-error';
import { chunkRows } from '@core/model/batch';
import type { RowBatch } from '@core/model/batch';
import { DATASETS } from '@core/model/import-record';
import type { Dataset, ImportRecord } from '@core/model/import-record';
import type { EngagementId } from '@core/model/ids';
import { packRows, unpackRows } from '@core/model/packed-rows';
import { createLogger } from '@core/log/logger';
import { mergeDevices } from '@core/reconcile/merge-devices';
import type { DeviceImport } from '@core/reconcile/merge-devices';

import { AsStoredWatch } from './as-stored';
import { RowMerger, datasetSpec } from './datasets';
import type { DatasetRow } from './datasets';
import type { FleetDb } from './db';
import { guardStorage, throwIfCancelled } from './guard';
import { listImports } from './imports';
import { restoreViewMeta } from './records';
import type { ViewChunk, ViewMeta } from './records';
import { restoreEach } from './restore-each';

const log = createLogger('views');

/** Bump when the merge rules or the row shapes change: every cached view is then rebuilt. */
export const VIEW_FORMAT_VERSION = 2;

export type DatasetCounts = Record<Dataset, number>;

export interface DeriveProgress {
  /** Batches merged so far, over all the datasets being rebuilt. */
  done: number;
  total: number;
  dataset: Dataset;
}

export interface DeriveResult {
  /**
   * The datasets whose view was out of date and rebuilt. A view whose imports changed while it
   * was being built is not written and not listed: the change's own derivation writes it.
   */
  rebuilt: Dataset[];
  counts: DatasetCounts;
}

interface Plan {
  dataset: Dataset;
  imports: ImportRecord[];
  sourceKey: string;
}

/** The key a view's meta must carry to be current for these imports. */
export function sourceKeyOf(imports: readonly ImportRecord[]): string {
  return imports
    .map((record) => record.id)
    .sort()
    .join(',');
}

export async function deriveViews(
  db: FleetDb,
  engagementId: EngagementId,
  onProgress?: (progress: DeriveProgress) => void,
  signal?: AbortSignal,
  /**
   * Rows of imports the caller has just stored, by import id, already in the model's shape (the
   * importer built them): used as they are instead of being read back and restored.
   */
  known?: ReadonlyMap<string, readonly unknown[]>,
): Promise<DeriveResult> {
  const counts: DatasetCounts = { devices: 0, lines: 0, invoices: 0, plans: 0 };
  const plans: Plan[] = [];

  for (const dataset of DATASETS) {
    const imports = await listImports(db, engagementId, dataset);
    const sourceKey = sourceKeyOf(imports);
    const meta = await readViewMeta(db, engagementId, dataset);

    if (meta && meta.sourceKey === sourceKey && meta.formatVersion === VIEW_FORMAT_VERSION) {
      counts[dataset] = meta.rowCount;
    } else {
      plans.push({ dataset, imports, sourceKey });
    }
  }

  const total = plans.flatMap((plan) => plan.imports).reduce((n, i) => n + i.batchCount, 0);
  let done = 0;
  const step = (dataset: Dataset): void => {
    done += 1;
    onProgress?.({ done, total: Math.max(total, done), dataset });
  };

  const rebuilt: Dataset[] = [];
  for (const plan of plans) {
    const merged = await mergeImports(db, plan, () => step(plan.dataset), signal, known);
    const { rows, rowsOf } = merged;
    throwIfCancelled(signal);

    if (await writeView(db, engagementId, plan, rows, rowsOf)) {
      rebuilt.push(plan.dataset);
      counts[plan.dataset] = rows.length;
    } else {
      counts[plan.dataset] = await countView(db, engagementId, plan.dataset);
    }
  }

  return { rebuilt, counts };
}

async function mergeImports(
  db: FleetDb,
  plan: Plan,
  onBatch: () => void,
  signal: AbortSignal | undefined,
  known: ReadonlyMap<string, readonly unknown[]> | undefined,
): Promise<{ rows: unknown[]; rowsOf?: ImportRecord['id'] }> {
  // Devices merge across inventories by serial, IMEI or MDM id, with each field's provenance;
  // other rows by their key alone.
  const devices = plan.dataset === 'devices';
  const merger = new RowMerger<unknown>(datasetSpec(plan.dataset));
  const inventories: DeviceImport[] = [];
  const watch = new AsStoredWatch(!devices && plan.imports.length === 1);

  for (const record of plan.imports) {
    const inventory = new RowMerger(datasetSpec('devices'));
    const into = devices ? (inventory as RowMerger<unknown>) : merger;
    const fresh = known?.get(record.id);

    if (fresh) {
      for (const row of fresh) {
        into.addRestored(row);
        watch.built(row);
      }
      for (let batch = 0; batch < record.batchCount; batch++) onBatch();
    } else {
      // One batch per read keeps memory flat and gives a cancel message its turn to arrive.
      let batch = await batchFrom(db, record.id, 0);
      while (batch) {
        throwIfCancelled(signal);

        for (const raw of unpackRows(batch.rows)) watch.restored(raw, into.add(raw));
        onBatch();
        batch = await batchFrom(db, record.id, batch.seq + 1);
      }
    }

    if (devices) inventories.push({ importId: record.id, rows: inventory.result() });
    merger.dropped += inventory.dropped;
  }

  if (merger.dropped > 0) log.warn(`${plan.dataset}: left out ${merger.dropped} rows`);
  if (devices) return { rows: mergeDevices(inventories) };

  const rows = merger.result();
  return watch.holds(rows) ? { rows, rowsOf: plan.imports[0].id } : { rows };
}

/** The import's batch at `seq`, or the next one if a batch is missing. */
function batchFrom(
  db: FleetDb,
  importId: string,
  seq: number,
): Promise<RowBatch<unknown> | undefined> {
  return db.batches
    .where('[importId+seq]')
    .between([importId, seq], [importId, Dexie.maxKey])
    .first();
}

async function writeView(
  db: FleetDb,
  engagementId: EngagementId,
  plan: Plan,
  rows: unknown[],
  rowsOf: ImportRecord['id'] | undefined,
): Promise<boolean> {
  const { dataset, sourceKey } = plan;
  const chunks = rowsOf
    ? []
    : chunkRows(rows).map((chunk, seq): ViewChunk => ({
        engagementId,
        dataset,
        seq,
        rows: packRows(chunk),
      }));
  const meta: ViewMeta = {
    engagementId,
    dataset,
    sourceKey,
    rowCount: rows.length,
    derivedAt: new Date().toISOString(),
    formatVersion: VIEW_FORMAT_VERSION,
    ...(rowsOf ? { rowsOf } : {}),
  };

  const tables = [db.engagements, db.imports, db.viewChunks, db.viewMeta];
  const write = db.transaction('rw', tables, async () => {
    // The engagement may have been deleted while we merged: leave no orphan cache behind.
    if (!(await db.engagements.get(engagementId))) {
      throw new AppError('engagement-not-found', engagementId);
    }
    // An import added or removed meanwhile makes these rows outdated; the derivation that
    // was started for that change writes the view instead.
    if (sourceKeyOf(await listImports(db, engagementId, dataset)) !== sourceKey) return false;

    await db.viewChunks.where({ engagementId, dataset }).delete();
    await db.viewChunks.bulkAdd(chunks);
    await db.viewMeta.put(meta);
    return true;
  });

  return guardStorage(write);
}

export async function readViewMeta(
  db: FleetDb,
  engagementId: EngagementId,
  dataset: Dataset,
): Promise<ViewMeta | undefined> {
  const raw: unknown = await db.viewMeta.get([engagementId, dataset]);
  return raw === undefined ? undefined : restoreViewMeta(raw);
}

/** The merged rows of one dataset as last derived; [] when never derived. */
export async function readView<D extends Dataset>(
  db: FleetDb,
  engagementId: EngagementId,
  dataset: D,
): Promise<DatasetRow<D>[]> {
  const meta = await readViewMeta(db, engagementId, dataset);
  const chunks: { rows: unknown }[] = meta?.rowsOf
    ? await db.batches
        .where('[importId+seq]')
        .between([meta.rowsOf, 0], [meta.rowsOf, Dexie.maxKey])
        .toArray()
    : await db.viewChunks.where({ engagementId, dataset }).sortBy('seq');
  const raws = chunks.flatMap((chunk) => unpackRows(chunk.rows));

  // Every row was restored when this version of the code derived the view; only a view left by
  // another version is restored again (zod on 200,000 rows takes seconds).
  if (meta?.formatVersion === VIEW_FORMAT_VERSION) return raws as DatasetRow<D>[];
  return restoreEach(raws, (raw) => datasetSpec(dataset).restore(raw), `${dataset} rows`);
}

/** How many rows the dataset's view holds; 0 when never derived. */
export async function countView(
  db: FleetDb,
  engagementId: EngagementId,
  dataset: Dataset,
): Promise<number> {
  return (await readViewMeta(db, engagementId, dataset))?.rowCount ?? 0;
}

/** Every dataset's count, from the metas alone (no rows are read). */
export async function readDatasetCounts(
  db: FleetDb,
  engagementId: EngagementId,
): Promise<DatasetCounts> {
  const metas: unknown[] = await db.viewMeta.where('engagementId').equals(engagementId).toArray();
  const counts: DatasetCounts = { devices: 0, lines: 0, invoices: 0, plans: 0 };

  for (const meta of restoreEach(metas, restoreViewMeta, 'view metas')) {
    counts[meta.dataset] = meta.rowCount;
  }
  return counts;
}
