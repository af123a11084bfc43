// Owns engagement records: creating, editing, listing and purging them. Everything an
// engagement holds (imports, batches, views, notes, records, attachments) goes when it goes, in one transaction.
// The UI calls these with the shared database; tests and the worker pass their own last.
import { AppError } from '@core/errors/app-error';
import { restoreEngagement } from '@core/model/engagement';
import type { Engagement } from '@core/model/engagement';
import { newId } from '@core/model/ids';
import type { EngagementId } from '@core/model/ids';

import { getDb } from './db';
import type { FleetDb } from './db';
import { requireName } from './engagement-name';
import { guardStorage } from './guard';
import { restoreEach } from './restore-each';

export { duplicateEngagement } from './duplicate';

type Editable = Omit<Engagement, 'id' | 'createdAt' | 'updatedAt'>;

/** A new engagement needs a name; every other field falls back to the model's defaults. */
export type NewEngagement = Partial<Editable> & { name: string };

export type EngagementPatch = Partial<Omit<Editable, 'isDemo'>>;

/** How many records of each table a deletion removed, for the confirmation message. */
export interface PurgeReport {
  engagements: number;
  imports: number;
  batches: number;
  viewChunks: number;
  viewMeta: number;
  derived: number;
  notes: number;
  records: number;
  attachments: number;
}

export async function createEngagement(
  input: NewEngagement,
  db: FleetDb = getDb(),
): Promise<EngagementId> {
  const name = requireName(input.name);
  const now = new Date().toISOString();
  const id = newId<'EngagementId'>();

  // The restore step fills locale 'fr', currency 'EUR' and the brand colours when absent.
  const engagement = restoreEngagement({ ...input, name, id, createdAt: now, updatedAt: now });

  await guardStorage(db.engagements.add(engagement));
  return id;
}

export async function getEngagement(
  id: EngagementId,
  db: FleetDb = getDb(),
): Promise<Engagement | undefined> {
  const raw: unknown = await db.engagements.get(id);
  return raw === undefined ? undefined : restoreEngagement(raw);
}

/** Most recently changed first. */
export async function listEngagements(db: FleetDb = getDb()): Promise<Engagement[]> {
  // Not ordered by the updatedAt index: a record lacking the field would be missing from it.
  const raws: unknown[] = await db.engagements.toArray();
  const engagements = restoreEach(raws, restoreEngagement, 'engagements');

  return engagements.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export async function updateEngagement(
  id: EngagementId,
  patch: EngagementPatch,
  db: FleetDb = getDb(),
): Promise<Engagement> {
  const name = patch.name === undefined ? undefined : requireName(patch.name);

  const update = db.transaction('rw', db.engagements, async () => {
    const current = await getEngagement(id, db);
    if (!current) throw new AppError('engagement-not-found', id);

    const next = restoreEngagement({
      ...current,
      ...patch,
      name: name ?? current.name,
      id,
      updatedAt: new Date().toISOString(),
    });
    await db.engagements.put(next);
    return next;
  });
  return guardStorage(update);
}

export async function renameEngagement(
  id: EngagementId,
  name: string,
  db: FleetDb = getDb(),
): Promise<void> {
  await updateEngagement(id, { name }, db);
}

/** Removes the engagement and every record that belongs to it; an unknown id removes nothing. */
export async function deleteEngagement(
  id: EngagementId,
  db: FleetDb = getDb(),
): Promise<PurgeReport> {
  const tables = [
    db.engagements,
    db.imports,
    db.batches,
    db.viewChunks,
    db.viewMeta,
    db.derived,
    db.notes,
    db.records,
    db.attachments,
  ];

  const purge = db.transaction('rw', tables, async () => ({
    engagements: await db.engagements.where('id').equals(id).delete(),
    imports: await db.imports.where('engagementId').equals(id).delete(),
    batches: await db.batches.where('engagementId').equals(id).delete(),
    viewChunks: await db.viewChunks.where('engagementId').equals(id).delete(),
    viewMeta: await db.viewMeta.where('engagementId').equals(id).delete(),
    derived: await db.derived.where('engagementId').equals(id).delete(),
    notes: await db.notes.where('engagementId').equals(id).delete(),
    records: await db.records.where('engagementId').equals(id).delete(),
    attachments: await db.attachments.where('engagementId').equals(id).delete(),
  }));
  return guardStorage(purge);
}
