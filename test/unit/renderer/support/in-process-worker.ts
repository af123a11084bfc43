// A task worker that runs in the test's own thread. Messages are cloned and delivered after the
// sender's current step, as between threads, but before the next storage request completes, so
// that a cancel reaches the task at a known batch.
import type { FleetDb } from '@renderer/store/db';
import type { TaskResponse } from '@renderer/tasks/contract';
import { createTaskDispatcher } from '@renderer/tasks/dispatcher';
import type { TaskHandlers } from '@renderer/tasks/handlers';
import type { TaskWorker } from '@renderer/tasks/task-client';

export interface InProcessWorker extends TaskWorker {
  /** Every message the worker side posted, in order. */
  sent: TaskResponse[];
  crash(detail: string): void;
}

export function inProcessWorker(db: FleetDb, handlers: TaskHandlers): InProcessWorker {
  let deliver: (message: TaskResponse) => void = () => undefined;
  let onCrash: (detail: string) => void = () => undefined;
  const sent: TaskResponse[] = [];

  const dispatch = createTaskDispatcher(
    () => db,
    {
      postMessage: (message) => {
        sent.push(message);
        const copy = structuredClone(message);
        queueMicrotask(() => deliver(copy));
      },
    },
    handlers,
  );

  return {
    sent,
    post: (message) => {
      const copy = structuredClone(message);
      queueMicrotask(() => dispatch(copy));
    },
    listen: (onMessage, crash) => {
      deliver = onMessage;
      onCrash = crash;
    },
    terminate: () => {
      deliver = () => undefined;
    },
    crash: (detail) => onCrash(detail),
  };
}
