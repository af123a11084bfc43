import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { KPI_SETTING_DEFAULTS } from '@core/kpi';
import type { EngagementId } from '@core/model/ids';
import { fromWire } from '@renderer/kpi/report-wire';
import type { KpiReportWire } from '@renderer/kpi/report-wire';
import { saveKpiSettings } from '@renderer/kpi/settings';
import type { FleetDb } from '@renderer/store/db';
import { createEngagement, deleteEngagement } from '@renderer/store/engagements';
import { deriveViews } from '@renderer/store/views';
import { computeKpiReport, keptKpiReport } from '@renderer/tasks/compute-kpis';

import { importRows } from '../support/imports';
import { device, invoice } from '../support/rows';
import { freshDb } from '../support/test-db';

let db: FleetDb;
let engagementId: EngagementId;

beforeEach(async () => {
  db = freshDb();
  engagementId = await createEngagement({ name: 'Acme', referenceDate: '2026-03-31' }, db);
  await importRows(db, engagementId, 'devices', [device('A'), device('B')]);
  await importRows(db, engagementId, 'invoices', [
    invoice('+33600000001', '2026-02', 20),
    invoice('+33600000001', '2026-03', 25),
  ]);
  await deriveViews(db, engagementId);
});

afterEach(() => {
  db.close();
});

/** Marks the kept report so that a test can tell it was read rather than computed again. */
async function markKept(): Promise<void> {
  const record = await db.derived.get([engagementId, 'kpi-report']);
  const wire = record?.value as KpiReportWire;
  wire.kpis[0] = { ...wire.kpis[0], value: 4242 };
  await db.derived.put({ ...record!, value: wire });
}

describe('the KPI report kept for the next opening', () => {
  it('carries the same figures and evidence as a fresh computation', async () => {
    const fresh = await computeKpiReport(db, engagementId);

    const report = fromWire(await keptKpiReport(db, engagementId));

    expect(report.kpis.map((k) => [k.id, k.value, k.evidence])).toEqual(
      fresh.kpis.map((k) => [k.id, k.value, k.evidence]),
    );
    expect(report.kpis.some((k) => k.evidence.length > 0)).toBe(true);
  });

  it('is read back while the inputs stay the same', async () => {
    await keptKpiReport(db, engagementId);
    await markKept();

    const again = await keptKpiReport(db, engagementId);

    expect(again.kpis[0].value).toBe(4242);
  });

  it('is computed again once a setting or the data changes', async () => {
    await keptKpiReport(db, engagementId);
    await markKept();

    await saveKpiSettings(engagementId, { ...KPI_SETTING_DEFAULTS, staleAfterDays: 45 }, db);
    expect((await keptKpiReport(db, engagementId)).kpis[0].value).not.toBe(4242);

    await markKept();
    await importRows(db, engagementId, 'devices', [device('C')]);
    await deriveViews(db, engagementId);
    const report = await keptKpiReport(db, engagementId);
    expect(report.kpis.find((k) => k.id === 'devices.total')?.value).toBe(3);
  });

  it('goes with its engagement', async () => {
    await keptKpiReport(db, engagementId);

    await deleteEngagement(engagementId, db);

    expect(await db.derived.count()).toBe(0);
  });
});
