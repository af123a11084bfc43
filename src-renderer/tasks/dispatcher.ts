// The worker side of the task protocol: starts the named task, forwards its progress, answers
// with its result or error, and aborts it when asked. Knows nothing of Worker itself.
import { AppError, toErrorPayload } from '@core/errors/app-error';
import type { ErrorPayload } from '@core/errors/app-error';

import type { FleetDb } from '../store/db';
import type { StartMessage, TaskName, TaskOutput, TaskRequest, TaskResponse } from './contract';
import type { TaskContext, TaskHandlers } from './handlers';

export interface ResponsePort {
  postMessage(message: TaskResponse): void;
}

/** Returns the function that handles each message the UI thread sends. */
export function createTaskDispatcher(
  openDb: () => FleetDb,
  port: ResponsePort,
  handlers: TaskHandlers,
): (message: TaskRequest) => void {
  const running = new Map<string, AbortController>();

  const run = async (message: StartMessage): Promise<void> => {
    const { id } = message;
    const controller = new AbortController();
    running.set(id, controller);

    const context: TaskContext = {
      onProgress: (progress) => port.postMessage({ id, type: 'progress', ...progress }),
      signal: controller.signal,
    };

    try {
      const value = await invoke(handlers, openDb(), message, context);
      port.postMessage({ id, type: 'result', value });
    } catch (error) {
      port.postMessage({ id, type: 'error', error: asTaskError(error) });
    } finally {
      running.delete(id);
    }
  };

  return (message) => {
    if ('type' in message) {
      running.get(message.id)?.abort();
      return;
    }
    void run(message);
  };
}

function invoke<K extends TaskName>(
  handlers: TaskHandlers,
  db: FleetDb,
  message: StartMessage<K>,
  context: TaskContext,
): Promise<TaskOutput<K>> {
  const handler = (handlers as Partial<TaskHandlers>)[message.task];
  if (!handler) throw new AppError('task-failed', `unknown task ${String(message.task)}`);

  return handler(db, message.input, context);
}

/** A failure that is not one of ours is reported as the task failing, with its detail. */
function asTaskError(error: unknown): ErrorPayload {
  const payload = toErrorPayload(error);
  return payload.code === 'unknown' ? { ...payload, code: 'task-failed' } : payload;
}
