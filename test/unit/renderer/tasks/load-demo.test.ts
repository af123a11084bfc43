import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { generateDemo } from '@core/demo/generate';
import type { FleetDb } from '@renderer/store/db';
import { getEngagement, listEngagements } from '@renderer/store/engagements';
import { listImports } from '@renderer/store/imports';
import { readDatasetCounts } from '@renderer/store/views';
import { loadDemo } from '@renderer/tasks/load-demo';

import { freshDb } from '../support/test-db';

let db: FleetDb;

beforeEach(() => {
  db = freshDb();
});

afterEach(() => {
  db.close();
});

describe('loading the demo', () => {
  it('stores the generated fleet as a demo engagement with every row in its views', async () => {
    const demo = generateDemo();

    const id = await loadDemo(db, { locale: 'en' });

    expect(await getEngagement(id, db)).toMatchObject({
      name: demo.engagement.name,
      isDemo: true,
      locale: 'en',
      referenceDate: demo.engagement.referenceDate,
    });
    expect(await readDatasetCounts(db, id)).toEqual({
      devices: demo.devices.length,
      lines: demo.lines.length,
      invoices: demo.invoices.length,
      plans: 0,
    });
    expect((await listImports(db, id)).map((i) => i.fileName)).toEqual([
      'demo-devices (generated, seed 20261)',
      'demo-lines (generated, seed 20261)',
      'demo-invoices (generated, seed 20261)',
    ]);
  });

  it('stores nothing when cancelled before it starts', async () => {
    const controller = new AbortController();
    controller.abort();

    await expect(loadDemo(db, {}, undefined, controller.signal)).rejects.toMatchObject({
      code: 'task-cancelled',
    });
    expect(await listEngagements(db)).toEqual([]);
  });
});
