// One computation per engagement and state of its inputs, shared by every component that asks:
// the dashboard, the method and the deliverables read the same figures without recomputing.
import type { EngagementId } from '@core/model/ids';

import type { KpiReport } from '../tasks/compute-kpis';
import { runTask } from '../tasks/run-task';
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
