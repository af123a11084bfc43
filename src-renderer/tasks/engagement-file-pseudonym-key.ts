// The engagement's pseudonym key, kept as one of its records (kind 'privacy'), so that every
// pseudonymised export of it (files and deliverables, and those of its copies) agrees.
import type { EngagementId } from '@core/model/ids';
import { newPseudonymKey } from '@core/privacy/pseudonym';

import type { FleetDb } from '../store/db';
import { getRecord, putRecord } from '../store/owned';

export const KEY_KIND = 'privacy';
const KEY_ID = 'pseudonym-key';

const restoreKey = (raw: unknown): string | undefined => {
  const key = (raw as { key?: unknown } | null)?.key;
  return typeof key === 'string' ? key : undefined;
};

/** The engagement's key (hex) if it has one yet; reading never creates it. */
export async function existingPseudonymKey(
  db: FleetDb,
  id: EngagementId,
): Promise<string | undefined> {
  return getRecord(id, KEY_KIND, KEY_ID, restoreKey, db);
}

/** The engagement's key (hex), created and stored on first use. */
export async function pseudonymKey(db: FleetDb, id: EngagementId): Promise<string> {
  const known = await existingPseudonymKey(db, id);
  if (known) return known;

  const key = newPseudonymKey();
  await putRecord(id, KEY_KIND, KEY_ID, { key }, db);
  return key;
}
