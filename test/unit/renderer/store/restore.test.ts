import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Engagement } from '@core/model/engagement';
import type { ImportRecord } from '@core/model/import-record';
import type { EngagementId } from '@core/model/ids';
import type { FleetDb } from '@renderer/store/db';
import { getEngagement, listEngagements } from '@renderer/store/engagements';
import { listImports } from '@renderer/store/imports';
import { readDatasetCounts } from '@renderer/store/views';
import type { ViewMeta } from '@renderer/store/records';

import { freshDb } from '../support/test-db';

let db: FleetDb;

beforeEach(() => {
  db = freshDb();
});

afterEach(() => {
  db.close();
});

// Records as an older version of the app, or a hand-edited file, might have left them.
const oldEngagement = { id: 'e1', name: 'Mission 2024', locale: 'de' } as unknown as Engagement;

describe('records written by older versions', () => {
  it('load an engagement with the missing fields filled by defaults', async () => {
    await db.engagements.put(oldEngagement);

    const [listed] = await listEngagements(db);

    expect(listed).toMatchObject({
      id: 'e1',
      name: 'Mission 2024',
      clientName: '',
      locale: 'fr',
      currency: 'EUR',
      startDate: null,
      isDemo: false,
    });
    expect(await getEngagement('e1' as EngagementId, db)).toEqual(listed);
  });

  it('load an import record with the missing fields filled by defaults', async () => {
    const old = { id: 'i1', engagementId: 'e1', dataset: 'lines' } as unknown as ImportRecord;
    await db.imports.put(old);

    const [listed] = await listImports(db, 'e1' as EngagementId);

    expect(listed).toMatchObject({ id: 'i1', fileName: '?', rowsAccepted: 0, mappingId: null });
  });

  it('leave out a view meta that names no dataset instead of failing the counts', async () => {
    const broken = { engagementId: 'e1', dataset: 'phones', rowCount: 9 } as unknown as ViewMeta;
    await db.viewMeta.put(broken);
    await db.viewMeta.put({ engagementId: 'e1', dataset: 'lines', rowCount: 4 } as ViewMeta);

    const counts = await readDatasetCounts(db, 'e1' as EngagementId);

    expect(counts).toEqual({ devices: 0, lines: 4, invoices: 0, plans: 0 });
  });
});
