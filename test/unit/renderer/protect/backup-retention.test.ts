import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { EngagementId } from '@core/model/ids';
import {
  BACKUPS_KEPT,
  backupsKept,
  listBackups,
  restoreRetention,
  saveBackup,
  setBackupsKept,
} from '@renderer/store/backups';
import type { FleetDb } from '@renderer/store/db';
import { deleteEngagement } from '@renderer/store/engagements';
import { storeDemo } from '@renderer/tasks/store-demo';

import { demoFixture } from '../support/demo-fixture';
import { freshDb } from '../support/test-db';

let db: FleetDb;
let id: EngagementId;

beforeEach(async () => {
  db = freshDb();
  id = await storeDemo(db, demoFixture(20), { seed: 1 });
});

afterEach(() => {
  db.close();
});

/** A backup taken on the given day of March, so that their order is certain. */
const takeOn = (day: number) =>
  saveBackup(db, id, new Uint8Array([day]), new Date(Date.UTC(2026, 2, day, 9)));

describe('a backup of an engagement deleted while it was built', () => {
  it('is not stored', async () => {
    await deleteEngagement(id, db);

    expect(await takeOn(1)).toBeNull();
    expect(await db.records.where('engagementId').equals(id).count()).toBe(0);
  });
});

describe('backup retention per engagement', () => {
  it('keeps five unless the engagement says otherwise', async () => {
    expect(await backupsKept(db, id)).toBe(BACKUPS_KEPT);
    expect(BACKUPS_KEPT).toBe(5);
  });

  it('with two kept, only the two newest remain after the next backup', async () => {
    for (const day of [1, 2, 3, 4]) await takeOn(day);
    expect(await listBackups(db, id)).toHaveLength(4);

    await setBackupsKept(db, id, 2);
    // The setting waits for the next backup: nothing is pruned as it changes.
    expect(await listBackups(db, id)).toHaveLength(4);
    await takeOn(5);

    const days = (await listBackups(db, id)).map((backup) => backup.createdAt.slice(0, 10));
    expect(days).toEqual(['2026-03-05', '2026-03-04']);
    expect(await backupsKept(db, id)).toBe(2);
  });

  it('refuses a count outside 1 to 30, and reads a bad stored one as the default', async () => {
    await expect(setBackupsKept(db, id, 0)).rejects.toThrow();
    await expect(setBackupsKept(db, id, 31)).rejects.toThrow();

    expect(restoreRetention({ kept: 99 })).toBe(BACKUPS_KEPT);
    expect(restoreRetention({ kept: 30 })).toBe(30);
  });
});
