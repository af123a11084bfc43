// One computation per engagement and state of its inputs, shared by every component that asks:
// the dashboard, the method and the deliverables read the same figures without recomputing.
import type { EngagementId } from '@core/model/ids';

import { getDb } from '../store/db';
import type { KpiReport } from '../tasks/compute-kpis';
import { runTask } from '../tasks/run-task';
import { kpiInputsSignature } from './inputs-signature';
import { fromWire } from './report-wire';

interface Entry {
  signature: string;
  report: Promise<KpiReport>;
}

const entries = new Map<EngagementId, Entry>();

/** The report for this state of the inputs, computed once in the task worker. */
export function reportFor(engagementId: EngagementId, signature: string): Promise<KpiReport> {
  const cached = entries.get(engagementId);
  if (cached?.signature === signature) return cached.report;

  const report = runTask('compute-kpis', { engagementId }).then(fromWire);
  entries.set(engagementId, { signature, report });
  // A failed run is not kept: the next render asks again.
  report.catch(() => {
    if (entries.get(engagementId)?.report === report) entries.delete(engagementId);
  });
  return report;
}

/**
 * Starts computing the figures for the engagement's inputs as they now stand, so that the
 * dashboard opened next finds them done or under way; called when an import changes the data.
 * A failure is left for the dashboard's own request to report.
 */
export function prefetchKpiReport(engagementId: EngagementId): void {
  kpiInputsSignature(getDb(), engagementId)
    .then((signature) => reportFor(engagementId, signature))
    .catch(() => undefined);
}
