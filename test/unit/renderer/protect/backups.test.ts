import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { EngagementId } from '@core/model/ids';
import { BACKUPS_KEPT, isBackupDue, listBackups } from '@renderer/store/backups';
import type { FleetDb } from '@renderer/store/db';
import { readEngagementContent } from '@renderer/store/engagement-file';
import { deleteEngagement } from '@renderer/store/engagements';
import { getRecord, putRecord } from '@renderer/store/owned';
import { readDatasetCounts } from '@renderer/store/views';
import { runBackupTask } from '@renderer/tasks/engagement-file-backup';
import { storeDemo } from '@renderer/tasks/store-demo';

import { demoFixture } from '../support/demo-fixture';
import { freshDb } from '../support/test-db';

let db: FleetDb;
let id: EngagementId;

beforeEach(async () => {
  db = freshDb();
  id = await storeDemo(db, demoFixture(100), { seed: 1 });
});

afterEach(() => {
  db.close();
});

const take = (onlyIfDue: boolean) =>
  runBackupTask(db, { action: 'take', engagementId: id, appVersion: '0.1.0', onlyIfDue });

describe('local backups', () => {
  it('takes a backup when none is due yet, and not twice the same day', async () => {
    const first = await take(true);
    const second = await take(true);

    expect(first.taken?.size).toBeGreaterThan(1000);
    expect(second.taken).toBeNull();
    expect(await listBackups(db, id)).toHaveLength(1);
  });

  it('is due again a day after the newest backup', () => {
    const backups = [{ id: 'b', createdAt: '2026-03-01T09:00:00.000Z', size: 1 }];

    expect(isBackupDue(backups, new Date('2026-03-02T08:59:00.000Z'))).toBe(false);
    expect(isBackupDue(backups, new Date('2026-03-02T09:00:00.000Z'))).toBe(true);
    expect(isBackupDue([], new Date())).toBe(true);
  });

  it(`keeps only the last ${BACKUPS_KEPT}, newest first`, async () => {
    for (let i = 0; i < BACKUPS_KEPT + 2; i += 1) await take(false);

    const backups = await listBackups(db, id);
    expect(backups).toHaveLength(BACKUPS_KEPT);
    const dates = backups.map((backup) => backup.createdAt);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('restores a backup in place and backs up the state it replaces', async () => {
    await take(false);
    const [backup] = await listBackups(db, id);
    await putRecord(id, 'wave', 'w1', { name: 'après la sauvegarde' }, db);

    const out = await runBackupTask(db, {
      action: 'restore',
      engagementId: id,
      appVersion: '0.1.0',
      backupId: backup.id,
    });

    expect(out.restored).toBe(true);
    expect(await getRecord(id, 'wave', 'w1', (raw) => raw, db)).toBeUndefined();
    const counts = await readDatasetCounts(db, id);
    expect(counts).toEqual({ devices: 100, lines: 30, invoices: 60, plans: 0 });
    expect(await listBackups(db, id)).toHaveLength(2);
  });

  it('never carries backups in an exported file, and goes when the engagement goes', async () => {
    await take(false);

    expect((await readEngagementContent(db, id)).records).toEqual([]);
    await deleteEngagement(id, db);
    expect(await db.records.count()).toBe(0);
  });
});

describe('two daily checks at once', () => {
  it('keep a single backup for the day', async () => {
    await Promise.all([take(true), take(true), take(true)]);

    expect(await listBackups(db, id)).toHaveLength(1);
  });
});
