// The engagement's report definition: read live from the store, edited in memory, saved as
// one record of kind 'report-definition' after each change (texts when the field is left).
import { useCallback, useState } from 'react';

import {
  REPORT_DEFINITION_ID,
  REPORT_DEFINITION_KIND,
  defaultReportDefinition,
  restoreReportDefinition,
} from '@core/documents/report-definition';
import type { ReportDefinition } from '@core/documents/report-definition';
import { SECTION_IDS } from '@core/documents/pdf/registry';
import type { EngagementId } from '@core/model/ids';

import { useRecord } from '../../store/hooks';
import { putRecord } from '../../store/owned';

export interface DefinitionState {
  /** Undefined while the stored record loads. */
  definition: ReportDefinition | undefined;
  /** Changes the definition on screen; `persist` false waits for a later `save`. */
  update: (next: ReportDefinition, persist?: boolean) => void;
  save: () => void;
}

export function useReportDefinition(
  engagementId: EngagementId,
  onError: (error: unknown) => void,
): DefinitionState {
  const stored = useRecord(engagementId, REPORT_DEFINITION_KIND, REPORT_DEFINITION_ID, restore);
  const [draft, setDraft] = useState<ReportDefinition | null>(null);
  const definition = draft ?? (stored === undefined ? undefined : (stored ?? defaults()));

  const write = useCallback(
    (next: ReportDefinition) => {
      putRecord(engagementId, REPORT_DEFINITION_KIND, REPORT_DEFINITION_ID, next).catch(onError);
    },
    [engagementId, onError],
  );

  const update = useCallback(
    (next: ReportDefinition, persist = true) => {
      setDraft(next);
      if (persist) write(next);
    },
    [write],
  );

  const save = useCallback(() => {
    if (draft) write(draft);
  }, [draft, write]);

  return { definition, update, save };
}

function restore(raw: unknown): ReportDefinition {
  return restoreReportDefinition(raw);
}

function defaults(): ReportDefinition {
  return defaultReportDefinition(SECTION_IDS);
}
