// The task bodies by name. Each is a plain function over the database, so tests run them under
// Node exactly as the worker does.
import type { FleetDb } from '../store/db';
import { deriveViews } from '../store/views';
import type { TaskInput, TaskName, TaskOutput, TaskProgress } from './contract';
import { loadDemo } from './load-demo';

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
  'load-demo': (db, input, { onProgress, signal }) => loadDemo(db, input, onProgress, signal),
  'derive-views': (db, { engagementId }, { onProgress, signal }) =>
    deriveViews(
      db,
      engagementId,
      ({ done, total, dataset }) => onProgress({ done, total, label: `derive:${dataset}` }),
      signal,
    ),
};
