// The UI side of the task protocol: sends a task to the worker, relays its progress and settles
// with its result. Cancelling settles at once; the worker stops at its next batch.
import { AppError, fromErrorPayload } from '@core/errors/app-error';

import type {
  TaskInput,
  TaskName,
  TaskOutput,
  TaskProgress,
  TaskRequest,
  TaskResponse,
} from './contract';

/** The little of a Worker the client needs; tests give one that runs in the same thread. */
export interface TaskWorker {
  post(message: TaskRequest): void;
  /** Sets the receivers of the worker's messages and of its failure to start or to answer. */
  listen(onMessage: (message: TaskResponse) => void, onCrash: (detail: string) => void): void;
  terminate(): void;
}

export interface RunTaskOptions {
  onProgress?: (progress: TaskProgress) => void;
  signal?: AbortSignal;
}

export interface TaskClient {
  run<K extends TaskName>(
    task: K,
    input: TaskInput<K>,
    options?: RunTaskOptions,
  ): Promise<TaskOutput<K>>;
  /** Stops the worker; tasks still running fail with 'task-failed'. */
  dispose(): void;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: AppError): void;
  onProgress?: (progress: TaskProgress) => void;
}

export function createTaskClient(spawn: () => TaskWorker): TaskClient {
  const pending = new Map<string, Pending>();
  let worker: TaskWorker | null = null;

  const settle = (id: string): Pending | undefined => {
    const entry = pending.get(id);
    pending.delete(id);
    return entry;
  };

  const receive = (message: TaskResponse): void => {
    if (message.type === 'progress') {
      const { done, total, label } = message;
      pending.get(message.id)?.onProgress?.({ done, total, label });
    } else if (message.type === 'result') {
      settle(message.id)?.resolve(message.value);
    } else {
      settle(message.id)?.reject(fromErrorPayload(message.error));
    }
  };

  const crash = (detail: string): void => {
    worker?.terminate();
    worker = null;
    // A new worker is spawned by the next task; these ones cannot finish.
    for (const id of [...pending.keys()]) settle(id)?.reject(new AppError('task-failed', detail));
  };

  const ensureWorker = (): TaskWorker => {
    if (!worker) {
      worker = spawn();
      worker.listen(receive, crash);
    }
    return worker;
  };

  const run = <K extends TaskName>(
    task: K,
    input: TaskInput<K>,
    { onProgress, signal }: RunTaskOptions = {},
  ): Promise<TaskOutput<K>> => {
    if (signal?.aborted) return Promise.reject(new AppError('task-cancelled'));

    const id = crypto.randomUUID();
    const target = ensureWorker();

    return new Promise<TaskOutput<K>>((resolve, reject) => {
      const onAbort = (): void => {
        if (!settle(id)) return;
        target.post({ id, type: 'cancel' });
        reject(new AppError('task-cancelled'));
      };
      const done = (): void => signal?.removeEventListener('abort', onAbort);

      pending.set(id, {
        resolve: (value) => {
          done();
          resolve(value as TaskOutput<K>);
        },
        reject: (error) => {
          done();
          reject(error);
        },
        onProgress,
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      target.post({ id, task, input });
    });
  };

  const dispose = (): void => crash('the task worker was stopped');

  return { run, dispose };
}
