// The engagement's KPI settings (TCO inputs, windows, thresholds): one record per engagement,
// restored so that a missing or invalid value falls back to its default.
import { restoreKpiSettings } from '@core/kpi';
import type { KpiSettings } from '@core/kpi';
import type { EngagementId } from '@core/model/ids';

import { getDb } from '../store/db';
import type { FleetDb } from '../store/db';
import { getRecord, putRecord } from '../store/owned';

export const KPI_SETTINGS_KIND = 'kpi-settings';
export const KPI_SETTINGS_ID = 'current';

export async function readKpiSettings(
  engagementId: EngagementId,
  db: FleetDb = getDb(),
): Promise<KpiSettings> {
  const stored = await getRecord(
    engagementId,
    KPI_SETTINGS_KIND,
    KPI_SETTINGS_ID,
    restoreKpiSettings,
    db,
  );
  return stored ?? restoreKpiSettings({});
}

export async function saveKpiSettings(
  engagementId: EngagementId,
  settings: KpiSettings,
  db: FleetDb = getDb(),
): Promise<void> {
  await putRecord(engagementId, KPI_SETTINGS_KIND, KPI_SETTINGS_ID, settings, db);
}
