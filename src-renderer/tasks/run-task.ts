// Runs background tasks in the one task worker, started on first use. Vite bundles the worker
// in both shells from the URL below.
import type { TaskInput, TaskName, TaskOutput, TaskRequest, TaskResponse } from './contract';
import { createTaskClient } from './task-client';
import type { RunTaskOptions, TaskWorker } from './task-client';

export type { RunTaskOptions };

function spawnTaskWorker(): TaskWorker {
  const worker = new Worker(new URL('../workers/tasks.worker.ts', import.meta.url), {
    type: 'module',
  });

  return {
    post: (message: TaskRequest) => worker.postMessage(message),
    listen: (onMessage, onCrash) => {
      worker.onmessage = (event: MessageEvent<TaskResponse>) => onMessage(event.data);
      worker.onerror = (event) => onCrash(event.message || 'the task worker failed to start');
      worker.onmessageerror = () => onCrash('a task message could not be read');
    },
    terminate: () => worker.terminate(),
  };
}

const client = createTaskClient(spawnTaskWorker);

export function runTask<K extends TaskName>(
  task: K,
  input: TaskInput<K>,
  options?: RunTaskOptions,
): Promise<TaskOutput<K>> {
  return client.run(task, input, options);
}
