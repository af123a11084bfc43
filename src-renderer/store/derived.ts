// Owns results computed from an engagement's data and kept so that the next opening need not
// compute them again. Each record carries the key of the inputs it was computed from: a record
// whose key differs from the inputs' current one is never read, and the next write replaces it.
import type { EngagementId } from '@core/model/ids';

import type { FleetDb } from './db';
import { guardStorage } from './guard';

export interface DerivedRecord {
  engagementId: EngagementId;
  /** What was computed, e.g. 'kpi-report'. */
  kind: string;
  /** The state of the inputs it was computed from. */
  inputsKey: string;
  value: unknown;
}

/** The kept value for exactly these inputs, or undefined. */
export async function readDerived(
  db: FleetDb,
  engagementId: EngagementId,
  kind: string,
  inputsKey: string,
): Promise<unknown> {
  const record: unknown = await db.derived.get([engagementId, kind]);
  if (typeof record !== 'object' || record === null) return undefined;

  const { inputsKey: key, value } = record as Partial<DerivedRecord>;
  return key === inputsKey ? value : undefined;
}

/** Keeps a value computed from these inputs, replacing the one kept before. */
export async function writeDerived(
  db: FleetDb,
  engagementId: EngagementId,
  kind: string,
  inputsKey: string,
  value: unknown,
): Promise<void> {
  const write = db.transaction('rw', [db.engagements, db.derived], async () => {
    // The engagement may have been deleted while the value was computed: keep no orphan.
    if (!(await db.engagements.get(engagementId))) return;
    await db.derived.put({ engagementId, kind, inputsKey, value });
  });
  await guardStorage(write);
}
