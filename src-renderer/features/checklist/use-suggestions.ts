// Suggestions from the engagement's data. The KPIs are the dashboard's own report, computed
// off the UI thread with the engagement's settings, catalogue and reference date, so a
// suggestion quotes the figure the dashboard shows.
import { useMemo } from 'react';

import type { Catalogue } from '@core/checklist/catalogue-schema';
import type { QuestionId } from '@core/checklist/ids';
import { suggestAnswers } from '@core/checklist/suggest';
import type { Suggestion } from '@core/checklist/suggest';
import type { KpiResult } from '@core/kpi';
import type { Engagement } from '@core/model/engagement';

import { useKpis } from '../../kpi/hooks';
import { useViewRows } from '../../store/hooks';

export interface DataFacts {
  kpis: KpiResult[];
  suggestions: Map<QuestionId, Suggestion>;
  /** Short description of each row behind a suggestion, by key. */
  describe: (dataset: 'devices' | 'lines', key: string) => string;
}

/** Undefined while the views load and the KPIs compute. */
export function useDataFacts(engagement: Engagement, catalogue: Catalogue): DataFacts | undefined {
  const devices = useViewRows(engagement.id, 'devices');
  const lines = useViewRows(engagement.id, 'lines');
  const kpis = useKpis(engagement.id);

  return useMemo(() => {
    if (!devices || !lines || !kpis) return undefined;

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
  }, [devices, lines, kpis, catalogue]);
}
