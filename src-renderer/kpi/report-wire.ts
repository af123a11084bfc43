// How a KPI report travels from the task worker to the UI and how it is kept in the store. A
// 50,000-device fleet gives KPIs hundreds of thousands of evidence keys; copied as separate
// strings they cost more than the figures themselves, so they travel as one JSON text.
import type { KpiResult } from '@core/kpi';

import type { KpiReport } from '../tasks/compute-kpis';

/** A report whose KPI evidence lists are packed into `evidence`, one list per KPI. */
export interface KpiReportWire extends Omit<KpiReport, 'kpis'> {
  kpis: Omit<KpiResult, 'evidence'>[];
  evidence: string;
}

/** Packs a report's evidence lists for the trip. */
export function toWire(report: KpiReport): KpiReportWire {
  const kpis = report.kpis.map(({ evidence: _evidence, ...rest }) => rest);
  const evidence = JSON.stringify(report.kpis.map((kpi) => kpi.evidence));
  return { ...report, kpis, evidence };
}

/** The report as computed; a damaged evidence text gives empty lists rather than failing. */
export function fromWire(wire: KpiReportWire): KpiReport {
  const lists = parseLists(wire.evidence, wire.kpis.length);
  const kpis = wire.kpis.map((kpi, index) => ({ ...kpi, evidence: lists[index] }));
  const { savings, settings, referenceDate, catalogue, rows, overview } = wire;
  return { kpis, savings, settings, referenceDate, catalogue, rows, overview };
}

function parseLists(text: string, count: number): string[][] {
  const empty = () => Array.from({ length: count }, (): string[] => []);
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed) || parsed.length !== count) return empty();
    return parsed.map((list) =>
      Array.isArray(list) ? list.filter((key): key is string => typeof key === 'string') : [],
    );
  } catch {
    return empty();
  }
}
