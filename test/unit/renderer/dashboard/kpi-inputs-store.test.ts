import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { EngagementId } from '@core/model/ids';
import { deleteInputRow, readConsultantInputs, saveInputRow } from '@renderer/kpi/inputs';
import type { FleetDb } from '@renderer/store/db';
import { createEngagement } from '@renderer/store/engagements';
import { putRecord } from '@renderer/store/owned';
import { computeKpiReport } from '@renderer/tasks/compute-kpis';

import { freshDb } from '../support/test-db';

let db: FleetDb;
let id: EngagementId;

beforeAll(async () => {
  db = freshDb();
  id = await createEngagement({ name: 'Saisies' }, db);
});

afterAll(() => {
  db.close();
});

describe('the consultant’s KPI inputs in the store', () => {
  it('feed the KPIs computed by the task, and a deleted row stops counting', async () => {
    const opened = { openedAt: '2026-05-01T08:00', security: false };
    await saveInputRow(
      id,
      'incidents',
      { id: 'i1', ...opened, resolvedAt: '2026-05-01T12:00' },
      db,
    );
    await saveInputRow(
      id,
      'incidents',
      { id: 'i2', ...opened, resolvedAt: '2026-05-02T10:00' },
      db,
    );

    const mttr = async () =>
      (await computeKpiReport(db, id)).kpis.find((result) => result.id === 'operations.mttrHours');
    expect(await mttr()).toMatchObject({ value: 15, basis: 2 });

    await deleteInputRow(id, 'incidents', 'i2', db);
    expect(await mttr()).toMatchObject({ value: 4, basis: 1 });
  });

  it('skips a stored row its schema refuses instead of losing the family', async () => {
    await putRecord(
      id,
      'kpi-input:budget',
      'good',
      { id: 'good', month: '2026-01', planned: 5 },
      db,
    );
    await putRecord(id, 'kpi-input:budget', 'bad', { id: 'bad', month: 'janvier' }, db);

    const inputs = await readConsultantInputs(id, db);

    expect(inputs.budget.map((row) => row.id)).toEqual(['good']);
  });
});
