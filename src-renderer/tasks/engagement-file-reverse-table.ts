// The engagement's reverse table of pseudonyms, kept as one of its records (kind 'privacy',
// next to the key), never in what is exported: a pseudonymised file leaves records out, and
// the table is sealed under the engagement's own key, so it opens only where that key is.
import type { EngagementId } from '@core/model/ids';
import {
  addToReverseTable,
  restoreReverseTable,
  reverseTableKey,
  revealPseudonym,
} from '@core/privacy/reverse-table';
import type { Revealed } from '@core/privacy/reverse-table';

import type { FleetDb } from '../store/db';
import { getRecord, putRecord } from '../store/owned';
import { existingPseudonymKey, KEY_KIND } from './engagement-file-pseudonym-key';

const TABLE_ID = 'reverse-table';

/** Seals the pseudonyms an export just gave (pseudonym → original) into the engagement. */
export async function recordReverseTable(
  db: FleetDb,
  id: EngagementId,
  pairs: ReadonlyMap<string, string>,
): Promise<void> {
  const keyHex = await existingPseudonymKey(db, id);
  if (keyHex === undefined || pairs.size === 0) return;

  const key = await reverseTableKey(keyHex);
  const table = (await getRecord(id, KEY_KIND, TABLE_ID, restoreReverseTable, db)) ?? {};
  const next = await addToReverseTable(key, table, pairs);
  await putRecord(id, KEY_KIND, TABLE_ID, next, db);
}

/** The original value behind a pseudonym of this engagement, if its table knows it. */
export async function revealInEngagement(
  db: FleetDb,
  id: EngagementId,
  pseudonym: string,
): Promise<Revealed> {
  const keyHex = await existingPseudonymKey(db, id);
  if (keyHex === undefined) return { status: 'unknown' };

  const table = (await getRecord(id, KEY_KIND, TABLE_ID, restoreReverseTable, db)) ?? {};
  return revealPseudonym(await reverseTableKey(keyHex), table, pseudonym);
}
