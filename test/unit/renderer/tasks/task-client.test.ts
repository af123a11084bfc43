import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { AppError } from '@core/errors/app-error';
import type { EngagementId } from '@core/model/ids';
import type { FleetDb } from '@renderer/store/db';
import { createEngagement } from '@renderer/store/engagements';
import { readViewMeta } from '@renderer/store/views';
import type { TaskProgress } from '@renderer/tasks/contract';
import { TASK_HANDLERS } from '@renderer/tasks/handlers';
import { createTaskClient } from '@renderer/tasks/task-client';

import { importRows } from '../support/imports';
import { inProcessWorker } from '../support/in-process-worker';
import type { InProcessWorker } from '../support/in-process-worker';
import { devices } from '../support/rows';
import { freshDb } from '../support/test-db';

let db: FleetDb;
let engagementId: EngagementId;

beforeEach(async () => {
  db = freshDb();
  engagementId = await createEngagement({ name: 'Acme' }, db);
});

afterEach(() => {
  db.close();
});

function setUp(): { worker: InProcessWorker; client: ReturnType<typeof createTaskClient> } {
  const worker = inProcessWorker(db, TASK_HANDLERS);
  return { worker, client: createTaskClient(() => worker) };
}

describe('running a task in the worker', () => {
  it('relays progress and resolves with the result', async () => {
    await importRows(db, engagementId, 'devices', devices(2100));
    const { client } = setUp();
    const seen: TaskProgress[] = [];

    const result = await client.run(
      'derive-views',
      { engagementId },
      { onProgress: (p) => seen.push(p) },
    );

    expect(result.counts.devices).toBe(2100);
    expect(seen.map((p) => `${p.label} ${p.done}/${p.total}`)).toEqual([
      'derive:devices 1/3',
      'derive:devices 2/3',
      'derive:devices 3/3',
    ]);
  });

  it('rejects with the code of the error the task threw', async () => {
    const { client } = setUp();

    const run = client.run('derive-views', { engagementId: 'gone' as EngagementId });

    await expect(run).rejects.toBeInstanceOf(AppError);
    await expect(run).rejects.toMatchObject({ code: 'engagement-not-found' });
  });

  it('loads the demo and answers with the new engagement id', async () => {
    const { client } = setUp();

    const id = await client.run('load-demo', { locale: 'fr' });

    expect((await db.engagements.get(id))?.isDemo).toBe(true);
  });
});

describe('cancelling a task', () => {
  it('rejects with task-cancelled, and the worker stops before writing the view', async () => {
    await importRows(db, engagementId, 'devices', devices(3000));
    const { worker, client } = setUp();
    const controller = new AbortController();

    const run = client.run(
      'derive-views',
      { engagementId },
      { signal: controller.signal, onProgress: () => controller.abort() },
    );

    await expect(run).rejects.toMatchObject({ code: 'task-cancelled' });
    await vi.waitFor(() => expect(worker.sent.at(-1)?.type).toBe('error'));
    expect(worker.sent.at(-1)).toMatchObject({ error: { code: 'task-cancelled' } });
    expect(await readViewMeta(db, engagementId, 'devices')).toBeUndefined();
  });

  it('rejects at once when already cancelled, without starting the task', async () => {
    const { worker, client } = setUp();
    const controller = new AbortController();
    controller.abort();

    const run = client.run('derive-views', { engagementId }, { signal: controller.signal });

    await expect(run).rejects.toMatchObject({ code: 'task-cancelled' });
    expect(worker.sent).toEqual([]);
  });
});

describe('a worker that fails', () => {
  it('fails the running tasks with task-failed and starts a new worker for the next', async () => {
    const workers: InProcessWorker[] = [];
    const client = createTaskClient(() => {
      workers.push(inProcessWorker(db, TASK_HANDLERS));
      return workers[workers.length - 1];
    });
    await importRows(db, engagementId, 'devices', devices(10));

    const first = client.run('derive-views', { engagementId });
    workers[0].crash('worker script failed to load');

    await expect(first).rejects.toMatchObject({ code: 'task-failed' });
    await expect(client.run('derive-views', { engagementId })).resolves.toBeDefined();
    expect(workers).toHaveLength(2);
  });
});
