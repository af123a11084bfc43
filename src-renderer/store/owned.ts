// Owns the consultant's own records (table `records`): one small record per answer, grid,
// wave, decision... Features name their `kind` and bring a restore function, so what they
// read back is always valid for today's code, whatever version wrote it.
import type { EngagementId } from '@core/model/ids';

import { getDb } from './db';
import type { FleetDb } from './db';
import { guardStorage } from './guard';
import type { OwnedRecord } from './records';
import { restoreEach } from './restore-each';

/** Writes (creates or replaces) one record. */
export async function putRecord(
  engagementId: EngagementId,
  kind: string,
  id: string,
  data: unknown,
  db: FleetDb = getDb(),
): Promise<void> {
  const record: OwnedRecord = { engagementId, kind, id, data, updatedAt: new Date().toISOString() };
  await guardStorage(db.records.put(record));
}

/** Writes many records of one kind in one transaction: all land or none. */
export async function putRecords(
  engagementId: EngagementId,
  kind: string,
  entries: readonly { id: string; data: unknown }[],
  db: FleetDb = getDb(),
): Promise<void> {
  const updatedAt = new Date().toISOString();
  const records = entries.map(({ id, data }): OwnedRecord => {
    return { engagementId, kind, id, data, updatedAt };
  });
  await guardStorage(db.records.bulkPut(records));
}

/**
 * Changes one record from its stored value, read and written in one transaction: two quick
 * edits of different fields then both land, where writing a copy the screen held would let
 * the second erase the first.
 */
export async function updateRecord<T>(
  engagementId: EngagementId,
  kind: string,
  id: string,
  restore: (raw: unknown) => T,
  change: (current: T | undefined) => T,
  db: FleetDb = getDb(),
): Promise<void> {
  const update = db.transaction('rw', db.records, async () => {
    const stored = await db.records.get([engagementId, kind, id]);
    const data = change(stored === undefined ? undefined : restore(stored.data));
    await db.records.put({ engagementId, kind, id, data, updatedAt: new Date().toISOString() });
  });
  await guardStorage(update);
}

export async function deleteRecord(
  engagementId: EngagementId,
  kind: string,
  id: string,
  db: FleetDb = getDb(),
): Promise<void> {
  await guardStorage(db.records.delete([engagementId, kind, id]));
}

/** Reads one record's data through `restore`; undefined when there is none. */
export async function getRecord<T>(
  engagementId: EngagementId,
  kind: string,
  id: string,
  restore: (raw: unknown) => T,
  db: FleetDb = getDb(),
): Promise<T | undefined> {
  const record = await db.records.get([engagementId, kind, id]);
  return record === undefined ? undefined : restore(record.data);
}

/** Reads every record of a kind; records that cannot be restored are logged and skipped. */
export async function listRecords<T>(
  engagementId: EngagementId,
  kind: string,
  restore: (raw: unknown) => T,
  db: FleetDb = getDb(),
): Promise<T[]> {
  const records = await db.records.where({ engagementId, kind }).toArray();
  return restoreEach(
    records.map((record) => record.data),
    restore,
    kind,
  );
}
