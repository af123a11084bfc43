// The 'compute-kpis' task: reads the merged views, the engagement's settings and the chosen
// catalogue, and runs every KPI and the savings on them, off the UI thread.
import { AppError } from '@core/errors/app-error';
import { computeKpis } from '@core/kpi';
import type { KpiResult, KpiSettings } from '@core/kpi';
import { effectiveReferenceDate } from '@core/kpi/reference-date';
import type { EngagementId } from '@core/model/ids';
import { fleetOverview } from '@core/overview';
import type { FleetOverview } from '@core/overview';
import { restoreDeviceSupport } from '@core/reference';
import type { DeviceSupport } from '@core/reference';
import { recommendSavings } from '@core/savings';
import type { SavingRecommendation } from '@core/savings';

import { getBundledFootprints } from '../kpi/footprints';
import { readConsultantInputs } from '../kpi/inputs';
import { activeCatalogue } from '../kpi/reference';
import { readKpiSettings } from '../kpi/settings';
import { kpiInputsSignature } from '../kpi/inputs-signature';
import { toWire } from '../kpi/report-wire';
import type { KpiReportWire } from '../kpi/report-wire';
import type { FleetDb } from '../store/db';
import { readDerived, writeDerived } from '../store/derived';
import { getEngagement } from '../store/engagements';
import { throwIfCancelled } from '../store/guard';
import { readView } from '../store/views';
import deviceSupportJson from '../../resources/reference/device-support.json';

// Per-model support ends ship with the app; like the footprints, only this worker task reads
// them, so they stay out of the UI bundle.
let deviceSupport: DeviceSupport | null = null;

function bundledDeviceSupport(): DeviceSupport {
  deviceSupport ??= restoreDeviceSupport(deviceSupportJson);
  return deviceSupport;
}

export interface KpiReport {
  kpis: KpiResult[];
  savings: SavingRecommendation[];
  settings: KpiSettings;
  /** The date the measures were taken against: the engagement's, else the bills' last day. */
  referenceDate: string;
  catalogue: { snapshotDate: string; origin: 'bundled' | 'imported' };
  /** How many rows of each view the figures rest on. */
  rows: { devices: number; lines: number; invoices: number };
  /** What the dashboard's overview charts draw. */
  overview: FleetOverview;
}

/** A change here (what a report holds, how a KPI counts) makes every kept report outdated. */
const REPORT_FORMAT = 2;
const REPORT_KIND = 'kpi-report';

/**
 * The engagement's report packed for the trip to the UI: the one kept for the current state of
 * its inputs when there is one, else computed and kept for the next opening.
 */
export function keptKpiReport(
  db: FleetDb,
  engagementId: EngagementId,
  signal?: AbortSignal,
): Promise<KpiReportWire> {
  const job = keptOrComputed(db, engagementId, signal);
  running.add(job);
  void job.then(
    () => running.delete(job),
    () => running.delete(job),
  );
  return job;
}

// The reports being read or computed in this worker, for the work that gives way to them.
const running = new Set<Promise<unknown>>();

/**
 * Resolves once no KPI report is being computed. After an import the dashboard's figures and
 * the Data screen's reconciliation both start in this one worker; the figures are what the
 * consultant opens next, so the reconciliation waits for them.
 */
export async function kpiReportsSettled(): Promise<void> {
  while (running.size > 0) await Promise.allSettled([...running]);
}

async function keptOrComputed(
  db: FleetDb,
  engagementId: EngagementId,
  signal?: AbortSignal,
): Promise<KpiReportWire> {
  // A report without a reference date is measured against today: it is kept for today only.
  const signature = await kpiInputsSignature(db, engagementId);
  const today = new Date().toISOString().slice(0, 10);
  const inputsKey = JSON.stringify([REPORT_FORMAT, appVersion(), signature, today]);

  const kept = await readDerived(db, engagementId, REPORT_KIND, inputsKey);
  if (isReportWire(kept)) return kept;

  const wire = toWire(await computeKpiReport(db, engagementId, signal));
  await writeDerived(db, engagementId, REPORT_KIND, inputsKey, wire);
  return wire;
}

function appVersion(): string {
  return typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';
}

// Written by this code for this key; the check only guards against a damaged record.
function isReportWire(value: unknown): value is KpiReportWire {
  if (typeof value !== 'object' || value === null) return false;
  const wire = value as Partial<KpiReportWire>;
  return (
    Array.isArray(wire.kpis) &&
    Array.isArray(wire.savings) &&
    typeof wire.evidence === 'string' &&
    typeof wire.overview === 'object'
  );
}

/** Everything the KPIs read, gathered from the store: rows, settings, catalogue, entries. */
export async function readKpiInput(db: FleetDb, engagementId: EngagementId, signal?: AbortSignal) {
  const engagement = await getEngagement(engagementId, db);
  if (!engagement) throw new AppError('engagement-not-found', engagementId);

  const [devices, lines, invoices, plans] = await Promise.all([
    readView(db, engagementId, 'devices'),
    readView(db, engagementId, 'lines'),
    readView(db, engagementId, 'invoices'),
    readView(db, engagementId, 'plans'),
  ]);
  const settings = await readKpiSettings(engagementId, db);
  const choice = await activeCatalogue(db);
  const inputs = await readConsultantInputs(engagementId, db);
  throwIfCancelled(signal);

  const today = new Date().toISOString().slice(0, 10);
  const referenceDate = effectiveReferenceDate(engagement.referenceDate, invoices, today);
  return {
    input: {
      devices,
      lines,
      invoices,
      plans,
      settings,
      referenceDate,
      catalogue: choice.catalogue,
      footprints: getBundledFootprints(),
      deviceSupport: bundledDeviceSupport(),
      inputs,
    },
    catalogueOrigin: choice.chosen === 'candidate' ? ('imported' as const) : ('bundled' as const),
  };
}

export async function computeKpiReport(
  db: FleetDb,
  engagementId: EngagementId,
  signal?: AbortSignal,
): Promise<KpiReport> {
  const { input, catalogueOrigin } = await readKpiInput(db, engagementId, signal);
  const { devices, lines, invoices, settings, referenceDate, catalogue } = input;

  return {
    kpis: computeKpis(input),
    savings: recommendSavings(input),
    settings,
    referenceDate,
    catalogue: { snapshotDate: catalogue.snapshotDate, origin: catalogueOrigin },
    rows: { devices: devices.length, lines: lines.length, invoices: invoices.length },
    overview: fleetOverview({ ...input, windowsTrack: settings.windowsTrack }),
  };
}
