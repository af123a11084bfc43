// Everything a deliverable is built from, gathered once by the caller (the task worker reads
// the store, the command line reads files), so that builders stay pure.
import osCatalogueJson from '../../resources/reference/os-catalogue.json';
import footprintsJson from '../../resources/reference/device-footprints.json';
import deviceSupportJson from '../../resources/reference/device-support.json';
import { effectiveReferenceDate } from '@core/kpi/reference-date';
import { computeKpis } from '@core/kpi/registry';
import { KPI_SETTING_DEFAULTS } from '@core/kpi/settings';
import type { KpiSettings } from '@core/kpi/settings';
import type { KpiResult } from '@core/kpi/types';
import type { Device } from '@core/model/device';
import type { Engagement } from '@core/model/engagement';
import type { ImportRecord } from '@core/model/import-record';
import type { InvoiceRow } from '@core/model/invoice';
import type { Line } from '@core/model/line';
import { fleetOverview } from '@core/overview/fleet-overview';
import type { FleetOverview } from '@core/overview/types';
import { restoreDeviceSupport } from '@core/reference/device-support';
import type { DeviceSupport } from '@core/reference/device-support';
import { restoreFootprints } from '@core/reference/footprints';
import type { Footprints } from '@core/reference/footprints';
import { restoreOsCatalogue } from '@core/reference/os-catalogue';
import type { OsCatalogue } from '@core/reference/os-catalogue';
import { recommendSavings } from '@core/savings/recommend';
import type { SavingRecommendation } from '@core/savings/types';

export { REPORT_RECORD_KINDS } from './records/kinds';

export interface ReportData {
  engagement: Engagement;
  devices: readonly Device[];
  lines: readonly Line[];
  invoices: readonly InvoiceRow[];
  imports: readonly ImportRecord[];
  kpis: readonly KpiResult[];
  /** Every saving the data suggests; the consultant's decisions are among the records. */
  savings: readonly SavingRecommendation[];
  /** The consultant's records by kind ('checklist-answer', 'vendor-grid'...), when any. */
  records: Readonly<Record<string, readonly unknown[]>>;
  /** When the deliverable is produced, ISO date-time. */
  generatedAt: string;
  /** The day the measures were taken against (ISO date). */
  referenceDate: string;
  /** The settings the KPIs were computed with (the fleet's lifetime among them). */
  settings: KpiSettings;
  /** What the dashboard's overview charts draw, drawn the same in the report. */
  overview: FleetOverview;
}

export interface KpiRows {
  devices: readonly Device[];
  lines: readonly Line[];
  invoices: readonly InvoiceRow[];
}

/** The day measures are taken against: the engagement's, else the bills' last day, else today. */
export function referenceDateOf(
  engagement: Engagement,
  invoices: readonly InvoiceRow[],
  generatedAt: string,
): string {
  return effectiveReferenceDate(engagement.referenceDate, invoices, generatedAt.slice(0, 10));
}

// Restoring the bundled catalogues validates hundreds of entries: do it once per process.
interface BundledReference {
  catalogue: OsCatalogue;
  footprints: Footprints;
  deviceSupport: DeviceSupport;
}

let bundled: BundledReference | null = null;

function bundledReference(): BundledReference {
  bundled ??= {
    catalogue: restoreOsCatalogue(osCatalogueJson),
    footprints: restoreFootprints(footprintsJson),
    deviceSupport: restoreDeviceSupport(deviceSupportJson),
  };
  return bundled;
}

/** Runs every KPI with the bundled OS and footprint catalogues. */
export function computeReportKpis(
  rows: KpiRows,
  referenceDate: string,
  settings: KpiSettings = KPI_SETTING_DEFAULTS,
): KpiResult[] {
  return computeKpis({
    ...rows,
    settings,
    referenceDate,
    ...bundledReference(),
  });
}

export interface ReportSources extends KpiRows {
  engagement: Engagement;
  imports: readonly ImportRecord[];
  records?: Readonly<Record<string, readonly unknown[]>>;
  generatedAt: string;
  settings?: KpiSettings;
  /** The date the given KPIs were computed for; worked out here otherwise. */
  referenceDate?: string;
  /** KPIs already computed elsewhere (the app's dashboard task); computed here otherwise. */
  kpis?: readonly KpiResult[];
  /** Savings already worked out elsewhere (the same task); worked out here otherwise. */
  savings?: readonly SavingRecommendation[];
  /** The overview already counted elsewhere (the same task); counted here otherwise. */
  overview?: FleetOverview;
}

/** Gathers a report's data from its rows, computing the KPIs as of the reference date. */
export function assembleReportData(sources: ReportSources): ReportData {
  const { engagement, generatedAt } = sources;
  const referenceDate =
    sources.referenceDate ?? referenceDateOf(engagement, sources.invoices, generatedAt);
  const settings = sources.settings ?? KPI_SETTING_DEFAULTS;
  const kpis = sources.kpis ?? computeReportKpis(sources, referenceDate, settings);
  const savings =
    sources.savings ??
    recommendSavings({
      devices: sources.devices,
      lines: sources.lines,
      invoices: sources.invoices,
      settings,
      referenceDate,
    });

  return {
    engagement,
    devices: sources.devices,
    lines: sources.lines,
    invoices: sources.invoices,
    imports: sources.imports,
    kpis,
    savings,
    records: sources.records ?? {},
    generatedAt,
    referenceDate,
    settings,
    overview:
      sources.overview ??
      fleetOverview({
        ...sources,
        referenceDate,
        catalogue: bundledReference().catalogue,
        windowsTrack: settings.windowsTrack,
      }),
  };
}
