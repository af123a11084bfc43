// The task bodies by name. Each is a plain function over the database, so tests run them under
// Node exactly as the worker does.
import type { FleetDb } from '../store/db';
import { deriveViews } from '../store/views';
import type { TaskInput, TaskName, TaskOutput, TaskProgress } from './contract';
import { runBackupTask } from './engagement-file-backup';
import { exportEngagementFile } from './engagement-file-export';
import { importEngagementFile } from './engagement-file-import';
import { engagementRegister } from './engagement-file-register';
import { importCommit } from './import-commit';
import { importPreview } from './import-preview';
import { exportDeliverable } from './export-deliverable';
import { exportTable } from './export-table';
import { exportFocus } from './export-focus';
import { loadDemo } from './load-demo';
import { keptKpiReport } from './compute-kpis';
import { overviewRows } from './overview-rows';
import { readWaveFromExport } from './method-wave-reading';
import { reconciledFindings } from './reconcile-views';

export interface TaskContext {
  onProgress: (progress: TaskProgress) => void;
  /** Aborted when the UI cancels; bodies check it between batches. */
  signal: AbortSignal;
}

export type TaskHandler<K extends TaskName> = (
  db: FleetDb,
  input: TaskInput<K>,
  context: TaskContext,
) => Promise<TaskOutput<K>>;

export type TaskHandlers = { [K in TaskName]: TaskHandler<K> };

export const TASK_HANDLERS: TaskHandlers = {
  'engagement-file-export': (db, input, { onProgress, signal }) =>
    exportEngagementFile(db, input, onProgress, signal),
  'engagement-file-import': (db, input, { onProgress, signal }) =>
    importEngagementFile(db, input, onProgress, signal),
  'engagement-file-register': (db, { engagementId }) => engagementRegister(db, engagementId),
  'engagement-file-backup': (db, input, { onProgress }) => runBackupTask(db, input, onProgress),
  'import-preview': (db, input, context) => importPreview(db, input, context),
  'import-commit': (db, input, context) => importCommit(db, input, context),
  'load-demo': (db, input, { onProgress, signal }) => loadDemo(db, input, onProgress, signal),
  'export-deliverable': (db, input, { onProgress, signal }) =>
    exportDeliverable(db, input, onProgress, signal),
  'derive-views': (db, { engagementId }, { onProgress, signal }) =>
    deriveViews(
      db,
      engagementId,
      ({ done, total, dataset }) => onProgress({ done, total, label: `derive:${dataset}` }),
      signal,
    ),
  'compute-kpis': (db, { engagementId }, { signal }) => keptKpiReport(db, engagementId, signal),
  'overview-rows': (db, input, { signal }) => overviewRows(db, input, signal),
  'reconcile-views': (db, input, { signal }) => reconciledFindings(db, input, signal),
  'method-wave-reading': (db, input, { onProgress, signal }) =>
    readWaveFromExport(db, input, onProgress, signal),
  'export-table': (_db, input, { onProgress, signal }) => exportTable(input, onProgress, signal),
  'export-focus': (db, input, { signal }) => exportFocus(db, input, signal),
};
