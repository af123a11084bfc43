// The consultant's KPI inputs (budget, incidents, surveys...): one record per entered row, one
// record kind per family, each read back through the family's schema.
import { INPUT_FAMILIES, restoreInputRow } from '@core/kpi';
import type { ConsultantInputs, InputFamily, InputRow } from '@core/kpi';
import type { EngagementId } from '@core/model/ids';

import { getDb } from '../store/db';
import type { FleetDb } from '../store/db';
import { useRecords } from '../store/hooks';
import { deleteRecord, listRecords, putRecord, putRecords } from '../store/owned';

// One restore function per family, made once: the live query re-runs when its identity changes.
const RESTORERS = Object.fromEntries(
  INPUT_FAMILIES.map((family) => [family, (raw: unknown) => restoreInputRow(family, raw)]),
) as { [F in InputFamily]: (raw: unknown) => InputRow<F> };

export const INPUT_KIND_PREFIX = 'kpi-input:';

export function inputKind(family: InputFamily): string {
  return `${INPUT_KIND_PREFIX}${family}`;
}

function readFamily<F extends InputFamily>(
  engagementId: EngagementId,
  family: F,
  db: FleetDb,
): Promise<InputRow<F>[]> {
  return listRecords(engagementId, inputKind(family), RESTORERS[family], db);
}

export async function readConsultantInputs(
  engagementId: EngagementId,
  db: FleetDb = getDb(),
): Promise<ConsultantInputs> {
  const [budget, provisioning, incidents, outages, patches, surveys, adoption, endOfLife, terms] =
    await Promise.all([
      readFamily(engagementId, 'budget', db),
      readFamily(engagementId, 'provisioning', db),
      readFamily(engagementId, 'incidents', db),
      readFamily(engagementId, 'outages', db),
      readFamily(engagementId, 'patches', db),
      readFamily(engagementId, 'surveys', db),
      readFamily(engagementId, 'adoption', db),
      readFamily(engagementId, 'end-of-life', db),
      readFamily(engagementId, 'contract-terms', db),
    ]);
  return {
    budget,
    provisioning,
    incidents,
    outages,
    patches,
    surveys,
    adoption,
    'end-of-life': endOfLife,
    'contract-terms': terms,
  };
}

export async function saveInputRow<F extends InputFamily>(
  engagementId: EngagementId,
  family: F,
  row: InputRow<F>,
  db: FleetDb = getDb(),
): Promise<void> {
  await putRecord(engagementId, inputKind(family), row.id, row, db);
}

/** Stores many rows of one family in one transaction: an import lands whole or not at all. */
export async function saveInputRows<F extends InputFamily>(
  engagementId: EngagementId,
  family: F,
  rows: readonly InputRow<F>[],
  db: FleetDb = getDb(),
): Promise<void> {
  const entries = rows.map((row) => ({ id: row.id, data: row }));
  await db.transaction('rw', db.records, () =>
    putRecords(engagementId, inputKind(family), entries, db),
  );
}

export async function deleteInputRow(
  engagementId: EngagementId,
  family: InputFamily,
  id: string,
  db: FleetDb = getDb(),
): Promise<void> {
  await deleteRecord(engagementId, inputKind(family), id, db);
}

/** Live rows of one family; undefined while loading. */
export function useInputRows<F extends InputFamily>(
  engagementId: EngagementId,
  family: F,
): InputRow<F>[] | undefined {
  return useRecords(engagementId, inputKind(family), RESTORERS[family]);
}
