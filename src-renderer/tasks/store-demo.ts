// Stores a generated demo dataset as an engagement the way real files land: one import per
// dataset in packed batches, then the derived views. A failed or cancelled load leaves nothing.
import { AppError } from '@core/errors/app-error';
import { chunkRows } from '@core/model/batch';
import type { Device } from '@core/model/device';
import type { Locale } from '@core/model/engagement';
import type { Dataset } from '@core/model/import-record';
import type { EngagementId } from '@core/model/ids';
import type { InvoiceRow } from '@core/model/invoice';
import type { Line } from '@core/model/line';
import { createLogger } from '@core/log/logger';

import type { FleetDb } from '../store/db';
import { createEngagement, deleteEngagement } from '../store/engagements';
import type { NewEngagement } from '../store/engagements';
import { throwIfCancelled } from '../store/guard';
import { addImport } from '../store/imports';
import { deriveViews } from '../store/views';
import type { TaskProgress } from './contract';
import { sha256Hex } from './sha256';

const log = createLogger('demo');

/** What the demo generator gives; written here so the store does not depend on its module. */
export interface DemoData {
  engagement: Omit<NewEngagement, 'isDemo'> & { locale: Locale };
  devices: readonly Device[];
  lines: readonly Line[];
  invoices: readonly InvoiceRow[];
}

export interface StoreDemoOptions {
  /** Overrides the generated engagement's locale. */
  locale?: Locale;
  /** The seed the rows came from, named in each import's file name. */
  seed: number;
  onProgress?: (progress: TaskProgress) => void;
  signal?: AbortSignal;
}

export async function storeDemo(
  db: FleetDb,
  demo: DemoData,
  options: StoreDemoOptions,
): Promise<EngagementId> {
  throwIfCancelled(options.signal);

  const locale = options.locale ?? demo.engagement.locale;
  const id = await createEngagement({ ...demo.engagement, locale, isDemo: true }, db);

  try {
    await storeRows(db, id, demo, options);
    return id;
  } catch (error) {
    await deleteEngagement(id, db).catch((cleanup: unknown) => {
      log.error('could not remove a half-loaded demo', cleanup);
    });
    if (error instanceof AppError) throw error;
    throw new AppError('demo-failed', error instanceof Error ? error.message : String(error));
  }
}

async function storeRows(
  db: FleetDb,
  engagementId: EngagementId,
  demo: DemoData,
  { seed, onProgress, signal }: StoreDemoOptions,
): Promise<void> {
  const parts: [Dataset, readonly unknown[]][] = [
    ['devices', demo.devices],
    ['lines', demo.lines],
    ['invoices', demo.invoices],
  ];
  // Each batch is written once, then counted once by the derivation: twice the batches in all.
  const batches = parts.reduce((n, [, rows]) => n + chunkRows(rows).length, 0);
  const total = 2 * batches;
  let stored = 0;
  const known = new Map<string, readonly unknown[]>();

  for (const [dataset, rows] of parts) {
    const bytes = new TextEncoder().encode(JSON.stringify(rows));
    const fields = {
      engagementId,
      dataset,
      fileName: `demo-${dataset} (generated, seed ${seed})`,
      sha256: await sha256Hex(bytes),
      size: bytes.byteLength,
      format: 'demo',
    };

    const base = stored;
    const record = await addImport(db, fields, rows, {
      signal,
      onProgress: (done) => onProgress?.({ done: base + done, total, label: `import:${dataset}` }),
    });
    known.set(record.id, rows);
    stored = base + chunkRows(rows).length;
  }

  await deriveViews(
    db,
    engagementId,
    (p) => onProgress?.({ done: batches + p.done, total, label: `derive:${p.dataset}` }),
    signal,
    known,
  );
}
