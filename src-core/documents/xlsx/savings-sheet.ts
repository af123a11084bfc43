// Every recommendation with its rule, amounts and the consultant's decision and note; accepted
// rows are highlighted, the ones to examine stay plain.
import { restoreSavingDecision } from '@core/savings/decisions';
import type { SavingDecision } from '@core/savings/decisions';
import { kindLabel } from '@core/savings/describe';
import { SAVING_RULES } from '@core/savings/rules';
import type { SavingRecommendation } from '@core/savings/types';

import { createFormat } from '../format';
import type { ReportData } from '../report-data';
import { RECORD_KINDS, restoredRecords } from '../records/kinds';
import { savingChange } from '../pdf/sections/savings';
import type { DocTexts, WorkbookTexts } from '../texts';
import type { SheetSpec } from './sheet-spec';

interface SavingRow {
  saving: SavingRecommendation;
  decision: SavingDecision | undefined;
}

/** One row per recommendation, the largest yearly amount first. */
export function savingsSheet(
  data: ReportData,
  w: WorkbookTexts,
  d: DocTexts,
): SheetSpec<SavingRow> {
  const { locale, currency } = data.engagement;
  const fmt = createFormat(locale, currency);
  const h = w.savings;
  const decisions = new Map(
    restoredRecords(data.records, RECORD_KINDS.savingDecision, restoreSavingDecision).map(
      (decision) => [decision.id, decision],
    ),
  );
  const rows = [...data.savings]
    .sort((a, b) => b.yearly - a.yearly || a.lineNumber.localeCompare(b.lineNumber))
    .map((saving) => ({ saving, decision: decisions.get(saving.id) }));

  return {
    name: w.sheet.savings,
    rows,
    columns: [
      { header: h.kind, kind: 'text', width: 20, value: (r) => kindLabel(r.saving, locale) },
      { header: h.subject, kind: 'text', width: 18, value: (r) => r.saving.lineNumber },
      { header: h.operator, kind: 'text', width: 18, value: (r) => r.saving.operator },
      { header: h.change, kind: 'text', width: 44, value: (r) => savingChange(r.saving, d, fmt) },
      { header: h.monthly, kind: 'money', width: 14, value: (r) => r.saving.monthly },
      { header: h.yearly, kind: 'money', width: 14, value: (r) => r.saving.yearly },
      {
        header: h.decision,
        kind: 'text',
        width: 14,
        value: (r) => h.decisions[r.decision?.decision ?? 'open'],
      },
      { header: h.note, kind: 'text', width: 40, value: (r) => r.decision?.note || null },
      {
        header: h.rule,
        kind: 'text',
        width: 80,
        value: (r) => SAVING_RULES[r.saving.kind][locale],
      },
    ],
    highlights: [{ column: 7, equals: h.decisions.accepted, fill: 'FFD4EDDA' }],
  };
}
