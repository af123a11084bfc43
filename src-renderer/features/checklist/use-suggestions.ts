// Suggestions from the engagement's data. The shared `useKpis` hook is not there yet, so the
// KPIs are computed here from the merged views; fleets audited by hand are small enough.
import { useMemo } from 'react';

import type { Catalogue } from '@core/checklist/catalogue-schema';
import type { QuestionId } from '@core/checklist/ids';
import { suggestAnswers } from '@core/checklist/suggest';
import type { Suggestion } from '@core/checklist/suggest';
import { computeKpis, KPI_SETTING_DEFAULTS } from '@core/kpi';
import type { KpiResult } from '@core/kpi';
import type { Engagement } from '@core/model/engagement';

import { useViewRows } from '../../store/hooks';

export interface DataFacts {
  kpis: KpiResult[];
  suggestions: Map<QuestionId, Suggestion>;
  /** Short description of each row behind a suggestion, by key. */
  describe: (dataset: 'devices' | 'lines', key: string) => string;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Undefined while the views load. */
export function useDataFacts(engagement: Engagement, catalogue: Catalogue): DataFacts | undefined {
  const devices = useViewRows(engagement.id, 'devices');
  const lines = useViewRows(engagement.id, 'lines');
  const invoices = useViewRows(engagement.id, 'invoices');

  return useMemo(() => {
    if (!devices || !lines || !invoices) return undefined;

    const kpis = computeKpis({
      devices,
      lines,
      invoices,
      settings: KPI_SETTING_DEFAULTS,
      referenceDate: engagement.referenceDate ?? today(),
      catalogue: null,
      footprints: null,
    });
    const suggestions = suggestAnswers(catalogue, { kpis, devices, lines });

    const deviceText = new Map(
      devices.map((d) => [d.key, [d.model, d.userName].filter(Boolean).join(' · ')]),
    );
    const lineText = new Map(
      lines.map((l) => [l.number, [l.plan, l.userName].filter(Boolean).join(' · ')]),
    );
    const describe = (dataset: 'devices' | 'lines', key: string) =>
      (dataset === 'devices' ? deviceText : lineText).get(key) ?? '';

    return { kpis, suggestions, describe };
  }, [devices, lines, invoices, engagement.referenceDate, catalogue]);
}
