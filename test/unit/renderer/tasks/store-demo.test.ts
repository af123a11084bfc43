import { createHash } from 'node:crypto';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { FleetDb } from '@renderer/store/db';
import { getEngagement, listEngagements } from '@renderer/store/engagements';
import { listImports } from '@renderer/store/imports';
import { readDatasetCounts, readView } from '@renderer/store/views';
import type { TaskProgress } from '@renderer/tasks/contract';
import { storeDemo } from '@renderer/tasks/store-demo';

import { demoFixture } from '../support/demo-fixture';
import { freshDb } from '../support/test-db';

let db: FleetDb;

beforeEach(() => {
  db = freshDb();
});

afterEach(() => {
  db.close();
});

describe('storing the demo', () => {
  it('creates a demo engagement whose views hold every generated row', async () => {
    const demo = demoFixture();

    const id = await storeDemo(db, demo, { seed: 20261, locale: 'en' });

    expect(await getEngagement(id, db)).toMatchObject({
      name: demo.engagement.name,
      isDemo: true,
      locale: 'en',
      brandPrimary: '#0b3d91',
    });
    expect(await readDatasetCounts(db, id)).toEqual({
      devices: 1200,
      lines: 30,
      invoices: 60,
      plans: 0,
    });
    expect(await readView(db, id, 'lines')).toEqual(demo.lines);
  });

  it('records one import per dataset with the provenance of generated rows', async () => {
    const demo = demoFixture();

    const id = await storeDemo(db, demo, { seed: 20261 });

    const imports = await listImports(db, id);
    expect(imports.map((i) => [i.dataset, i.fileName, i.format, i.batchCount])).toEqual([
      ['devices', 'demo-devices (generated, seed 20261)', 'demo', 2],
      ['lines', 'demo-lines (generated, seed 20261)', 'demo', 1],
      ['invoices', 'demo-invoices (generated, seed 20261)', 'demo', 1],
    ]);
    const json = JSON.stringify(demo.devices);
    expect(imports[0]).toMatchObject({
      sha256: createHash('sha256').update(json).digest('hex'),
      size: Buffer.byteLength(json),
    });
  });

  it('reports progress that only grows and ends complete', async () => {
    const seen: TaskProgress[] = [];

    await storeDemo(db, demoFixture(), { seed: 1, onProgress: (p) => seen.push(p) });

    const done = seen.map((p) => p.done);
    expect(done.every((n, i) => i === 0 || n > done[i - 1])).toBe(true);
    expect(done.at(-1)).toBe(8);
    expect(new Set(seen.map((p) => p.total))).toEqual(new Set([8]));
    expect(seen[0].label).toBe('import:devices');
    expect(seen.at(-1)?.label).toBe('derive:invoices');
  });

  it('leaves no half-loaded engagement when cancelled', async () => {
    const controller = new AbortController();
    const onProgress = (p: TaskProgress): void => {
      if (p.label === 'import:lines') controller.abort();
    };

    const storing = storeDemo(db, demoFixture(), {
      seed: 1,
      onProgress,
      signal: controller.signal,
    });

    await expect(storing).rejects.toMatchObject({ code: 'task-cancelled' });
    expect(await listEngagements(db)).toEqual([]);
    expect(await db.batches.count()).toBe(0);
  });
});
