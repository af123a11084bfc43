// The KPI access layer: live figures for an engagement, recomputed in the task worker whenever
// its views, its settings, its reference date or the OS catalogue change.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';

import { restoreKpiSettings } from '@core/kpi';
import type { KpiResult, KpiSettings } from '@core/kpi';
import { effectiveReferenceDate } from '@core/kpi/reference-date';
import type { Engagement } from '@core/model/engagement';
import type { EngagementId } from '@core/model/ids';
import { restoreSavingDecision } from '@core/savings';
import type { SavingDecision } from '@core/savings';

import { getDb } from '../store/db';
import { useImports, useRecord, useRecords } from '../store/hooks';
import type { KpiReport } from '../tasks/compute-kpis';
import { SAVING_DECISION_KIND } from './decisions';
import { kpiInputsSignature } from './inputs-signature';
import { reportFor } from './report-cache';
import { KPI_SETTINGS_ID, KPI_SETTINGS_KIND } from './settings';

export interface KpiReportState {
  /** The latest report; while a newer one computes, the previous one stays shown. */
  report: KpiReport | undefined;
  computing: boolean;
  error: unknown;
}

/** A string that changes whenever anything the KPIs read changes. */
function useInputsSignature(engagementId: EngagementId): string | undefined {
  return useLiveQuery(() => kpiInputsSignature(getDb(), engagementId), [engagementId]);
}

export function useKpiReport(engagementId: EngagementId): KpiReportState {
  const signature = useInputsSignature(engagementId);
  const [state, setState] = useState<{ signature: string; report?: KpiReport; error?: unknown }>();

  useEffect(() => {
    if (signature === undefined) return;

    let current = true;
    reportFor(engagementId, signature).then(
      (report) => current && setState({ signature, report }),
      (error: unknown) => current && setState((previous) => ({ ...previous, signature, error })),
    );
    return () => {
      current = false;
    };
  }, [engagementId, signature]);

  return {
    report: state?.report,
    computing: signature === undefined || state?.signature !== signature,
    error: state?.signature === signature ? state?.error : undefined,
  };
}

/** Every KPI of the engagement, in the registry's order; undefined until first computed. */
export function useKpis(engagementId: EngagementId): KpiResult[] | undefined {
  return useKpiReport(engagementId).report?.kpis;
}

/** The settings in force: the stored ones, else the defaults; undefined while loading. */
export function useKpiSettings(engagementId: EngagementId): KpiSettings | undefined {
  const stored = useRecord(engagementId, KPI_SETTINGS_KIND, KPI_SETTINGS_ID, restoreKpiSettings);
  if (stored === undefined) return undefined;
  return stored ?? restoreKpiSettings({});
}

export function useSavingDecisions(engagementId: EngagementId): SavingDecision[] | undefined {
  return useRecords(engagementId, SAVING_DECISION_KIND, restoreSavingDecision);
}

/**
 * The day the Data screen's lists are measured against, by the KPIs' rule: the engagement's
 * date, else the last day of the latest month its bills cover, else today. Undefined while the
 * imports load.
 */
export function useReferenceDate(engagement: Engagement): string | undefined {
  const imports = useImports(engagement.id);
  if (engagement.referenceDate) return engagement.referenceDate;
  if (!imports) return undefined;

  const covered = imports.map((record) => ({ period: record.coversUntil ?? '' }));
  return effectiveReferenceDate(null, covered, new Date().toISOString().slice(0, 10));
}
