// Runs in a module worker, as the app's import does: first the raw libraries alone, then the
// app's own import tasks over a fresh database, on the same bytes.
import Dexie from 'dexie';
import Papa from 'papaparse';

import { createEngagement } from '@renderer/store/engagements';
import { openFleetDb } from '@renderer/store/db';
import { TASK_HANDLERS } from '@renderer/tasks/handlers';
import type { TaskContext } from '@renderer/tasks/handlers';

import { invoiceCsvText, toCp1252 } from '../support/invoice-csv';
import type { CsvImportFigures, CsvImportRequest, WorkerMessage } from './messages';

const scope = self as unknown as {
  postMessage(message: WorkerMessage): void;
  onmessage: ((event: MessageEvent<CsvImportRequest>) => void) | null;
};

const BATCH = 1000;

async function baseline(bytes: Uint8Array) {
  const started = performance.now();
  const text = new TextDecoder('windows-1252').decode(bytes);
  const parsed = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true });
  const parsedAt = performance.now();

  const db = new Dexie(`bench-baseline-${Date.now()}`);
  db.version(1).stores({ batches: '++id' });
  const packed = [];
  for (let start = 1; start < parsed.data.length; start += BATCH) {
    packed.push({ rows: parsed.data.slice(start, start + BATCH) });
  }
  await db.table('batches').bulkPut(packed);
  const storedAt = performance.now();
  await db.delete();

  return { parseMs: parsedAt - started, storeMs: storedAt - parsedAt, total: storedAt - started };
}

async function appImport(bytes: Uint8Array, context: TaskContext) {
  const db = openFleetDb(`bench-app-${Date.now()}`);
  const engagementId = await createEngagement({ name: 'Bench' }, db);

  const started = performance.now();
  const preview = await TASK_HANDLERS['import-preview'](
    db,
    { files: [{ name: 'facture-operateur.csv', bytes }] },
    context,
  );
  if (preview.kind !== 'session') throw new Error('the preview did not open a session');
  const previewedAt = performance.now();

  const commit = await TASK_HANDLERS['import-commit'](
    db,
    { sessionId: preview.session.id, engagementId, parts: [{ fileIndex: 0, partIndex: 0 }] },
    context,
  );
  const committedAt = performance.now();
  db.close();
  await Dexie.delete(db.name);

  return {
    previewMs: previewedAt - started,
    commitMs: committedAt - previewedAt,
    total: committedAt - started,
    accepted: commit.imports[0]?.accepted ?? 0,
  };
}

async function run({ rows }: CsvImportRequest): Promise<CsvImportFigures> {
  const bytes = toCp1252(invoiceCsvText(rows));
  let progressEvents = 0;
  const context: TaskContext = {
    signal: new AbortController().signal,
    onProgress: ({ label, done, total }) => {
      progressEvents++;
      scope.postMessage({ kind: 'progress', label: label ?? '', done, total });
    },
  };

  // A small run first, so that neither side pays the engine's first-call costs in the figures.
  const warm = toCp1252(invoiceCsvText(2000));
  await baseline(warm);
  await appImport(warm, context);

  const raw = await baseline(bytes);
  const app = await appImport(bytes, context);
  return {
    rows,
    bytes: bytes.byteLength,
    baselineMs: raw.total,
    baselineParseMs: raw.parseMs,
    baselineStoreMs: raw.storeMs,
    importMs: app.total,
    previewMs: app.previewMs,
    commitMs: app.commitMs,
    accepted: app.accepted,
    progressEvents,
  };
}

scope.onmessage = (event) => {
  run(event.data).then(
    (figures) => scope.postMessage({ kind: 'done', figures }),
    (error: unknown) => scope.postMessage({ kind: 'failed', message: String(error) }),
  );
};
