// One string that changes whenever anything the KPIs read changes. The UI watches it to know
// when to ask for new figures; the task worker keys the kept report with it.
import type { EngagementId } from '@core/model/ids';

import type { FleetDb } from '../store/db';
import { INPUT_KIND_PREFIX } from './inputs';
import { CATALOGUE_KIND, OS_CATALOGUE_ID } from './reference';
import { KPI_SETTINGS_ID, KPI_SETTINGS_KIND } from './settings';

/** The signature of the engagement's KPI inputs: views, settings, catalogue, date, entries. */
export async function kpiInputsSignature(db: FleetDb, engagementId: EngagementId): Promise<string> {
  const metas = await db.viewMeta.where('engagementId').equals(engagementId).toArray();
  const settings = await db.records.get([engagementId, KPI_SETTINGS_KIND, KPI_SETTINGS_ID]);
  const catalogue = await db.library.get([CATALOGUE_KIND, OS_CATALOGUE_ID]);
  const engagement = await db.engagements.get(engagementId);
  const inputs = await db.records
    .where('[engagementId+kind]')
    .between([engagementId, INPUT_KIND_PREFIX], [engagementId, `${INPUT_KIND_PREFIX}\uffff`])
    .toArray();

  return JSON.stringify([
    metas.map((meta) => [meta.dataset, meta.sourceKey, meta.derivedAt]),
    settings?.updatedAt ?? null,
    catalogue?.updatedAt ?? null,
    engagement?.referenceDate ?? null,
    inputs.map((record) => [record.kind, record.id, record.updatedAt]),
  ]);
}
