import { readFileSync } from 'node:fs';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { generateDemo } from '@core/demo/generate';
import { computeKpis, KPI_SETTING_DEFAULTS } from '@core/kpi';
import type { EngagementId } from '@core/model/ids';
import { restoreDeviceSupport, restoreFootprints, restoreOsCatalogue } from '@core/reference';
import { activeCatalogue, importCatalogueText } from '@renderer/kpi/reference';
import { saveKpiSettings } from '@renderer/kpi/settings';
import type { FleetDb } from '@renderer/store/db';
import { createEngagement, updateEngagement } from '@renderer/store/engagements';
import { computeKpiReport } from '@renderer/tasks/compute-kpis';
import { loadDemo } from '@renderer/tasks/load-demo';

import { freshDb } from '../support/test-db';

const bundledText = readFileSync('resources/reference/os-catalogue.json', 'utf8');
const bundled = JSON.parse(bundledText) as { snapshotDate: string };

let db: FleetDb;
let demoId: EngagementId;

// The demo's 26,000 invoice rows make each run take seconds on the in-memory IndexedDB.
const SLOW = { timeout: 60_000 };

beforeAll(async () => {
  db = freshDb();
  demoId = await loadDemo(db, {});
}, SLOW.timeout);

afterAll(() => {
  db.close();
});

describe('the compute-kpis task', () => {
  it(
    'gives the engine’s figures on the stored demo, with the bundled references',
    SLOW,
    async () => {
      const demo = generateDemo();
      const expected = computeKpis({
        devices: demo.devices,
        lines: demo.lines,
        invoices: demo.invoices,
        settings: KPI_SETTING_DEFAULTS,
        referenceDate: demo.engagement.referenceDate,
        catalogue: restoreOsCatalogue(bundled),
        footprints: restoreFootprints(
          JSON.parse(readFileSync('resources/reference/device-footprints.json', 'utf8')),
        ),
        deviceSupport: restoreDeviceSupport(
          JSON.parse(readFileSync('resources/reference/device-support.json', 'utf8')),
        ),
      });

      const report = await computeKpiReport(db, demoId);

      const values = (list: typeof expected) => list.map((k) => [k.id, k.value, k.basis]);
      expect(values(report.kpis)).toEqual(values(expected));
      expect(report.kpis.find((k) => k.id === 'devices.pastSupportRate')?.value).not.toBeNull();
      expect(report.catalogue).toEqual({ snapshotDate: bundled.snapshotDate, origin: 'bundled' });
      expect(report.savings.length).toBeGreaterThan(0);
    },
  );

  it('reads the engagement’s own TCO inputs', SLOW, async () => {
    const before = await computeKpiReport(db, demoId);
    await saveKpiSettings(demoId, { ...KPI_SETTING_DEFAULTS, supportCostPerDeviceMonth: 18 }, db);

    const after = await computeKpiReport(db, demoId);

    // Support rises by 10 per device and month; every other part of the TCO stays.
    const tco = (report: typeof before) =>
      report.kpis.find((k) => k.id === 'cost.tcoPerDeviceMonthly')?.value ?? NaN;
    expect(tco(after) - tco(before)).toBeCloseTo(10, 9);
    await saveKpiSettings(demoId, KPI_SETTING_DEFAULTS, db);
  });

  it('rates the KPIs against the engagement’s saved targets', SLOW, async () => {
    const before = await computeKpiReport(db, demoId);
    const compliance = (report: typeof before) =>
      report.kpis.find((k) => k.id === 'devices.complianceRate');
    const value = compliance(before)?.value ?? NaN;
    // A target just under the measured rate turns it green whatever the default said.
    const targets = { 'devices.complianceRate': { value: value - 1, amberLimit: value - 2 } };
    await saveKpiSettings(demoId, { ...KPI_SETTING_DEFAULTS, targets }, db);

    const after = await computeKpiReport(db, demoId);

    expect(compliance(after)?.status).toBe('green');
    expect(compliance(after)?.target?.value).toBe(value - 1);
    expect(after.settings.targets).toEqual(targets);
    await saveKpiSettings(demoId, KPI_SETTING_DEFAULTS, db);
    expect(compliance(await computeKpiReport(db, demoId))?.target).toBeUndefined();
  });

  it('says what is missing for an engagement without data', async () => {
    const empty = await createEngagement({ name: 'Vide' }, db);

    const report = await computeKpiReport(db, empty);

    expect(report.kpis.every((k) => k.value === null && k.missing)).toBe(true);
    expect(report.savings).toEqual([]);
    expect(report.referenceDate).toBe(new Date().toISOString().slice(0, 10));
  });

  it('measures as of the last day the bills cover when no date was chosen', SLOW, async () => {
    const chosen = (await computeKpiReport(db, demoId)).referenceDate;
    await updateEngagement(demoId, { referenceDate: null }, db);

    const report = await computeKpiReport(db, demoId);

    // The demo bills the twelve months before its reference date's month.
    const lastBilled = new Date(`${chosen.slice(0, 7)}-01T00:00:00Z`);
    lastBilled.setUTCDate(0);
    expect(report.referenceDate).toBe(lastBilled.toISOString().slice(0, 10));
    await updateEngagement(demoId, { referenceDate: chosen }, db);
  });
});

describe('importing an OS catalogue', () => {
  it('refuses a file that is not JSON, is not a catalogue, or is not newer', async () => {
    expect(await importCatalogueText('{ nope', db)).toEqual({ outcome: 'not-json' });
    expect((await importCatalogueText('{"snapshotDate":"2030-01-01"}', db)).outcome).toBe(
      'invalid',
    );
    expect(await importCatalogueText(bundledText, db)).toEqual({
      outcome: 'not-newer',
      snapshotDate: bundled.snapshotDate,
      currentDate: bundled.snapshotDate,
    });
    expect((await activeCatalogue(db)).chosen).toBe('bundled');
  });

  it('keeps a newer valid catalogue for every engagement and the KPIs use it', SLOW, async () => {
    const newer = JSON.stringify({ ...bundled, snapshotDate: '2027-02-01' });

    expect(await importCatalogueText(newer, db)).toEqual({
      outcome: 'replaced',
      snapshotDate: '2027-02-01',
    });

    const report = await computeKpiReport(db, demoId);
    expect(report.catalogue).toEqual({ snapshotDate: '2027-02-01', origin: 'imported' });
    // An older file than the imported one is now refused too.
    const between = JSON.stringify({ ...bundled, snapshotDate: '2026-12-31' });
    expect((await importCatalogueText(between, db)).outcome).toBe('not-newer');
  });
});
