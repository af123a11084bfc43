// The task worker: a module worker that opens the app's database and runs the tasks the UI
// thread sends. All the logic lives in tasks/; this file only wires the worker's messages.
import { getDb } from '../store/db';
import type { TaskRequest, TaskResponse } from '../tasks/contract';
import { createTaskDispatcher } from '../tasks/dispatcher';
import { TASK_HANDLERS } from '../tasks/handlers';

// The web project is type-checked with the DOM library, whose `self` is a Window; here it is a
// DedicatedWorkerGlobalScope, of which these two members are used.
interface WorkerScope {
  postMessage(message: TaskResponse): void;
  onmessage: ((event: MessageEvent<TaskRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const dispatch = createTaskDispatcher(getDb, scope, TASK_HANDLERS);

scope.onmessage = (event) => dispatch(event.data);
