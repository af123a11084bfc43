// The checklist's sheets: every answered question, and the action plan whose priority and band
// are live formulas over the ratings, so a consultant re-rating in Excel sees the order move.
import type { ActionItem } from '@core/checklist/action';
import type { Answer } from '@core/checklist/answer';
import { PRIORITY_BANDS, priorityBand, priorityScore } from '@core/checklist/priority';
import type { Locale } from '@core/model/engagement';

import type { ChecklistRecords } from '../records/action-plan';
import type { WorkbookTexts } from '../texts';
import type { ColumnSpec, SheetSpec } from './sheet-spec';

interface AnswerRow {
  section: string;
  question: string;
  answer: Answer;
}

/** One row per answered question, in the catalogue's order. */
export function answersSheet(
  { catalogue, answers }: ChecklistRecords,
  w: WorkbookTexts,
  locale: Locale,
): SheetSpec<AnswerRow> {
  const h = w.answers;
  const byId = new Map(answers.map((a) => [a.questionId, a]));
  const rows = catalogue.sections.flatMap((section) =>
    section.questions.flatMap((question) => {
      const answer = byId.get(question.id);
      return answer
        ? [{ section: section.title[locale], question: question.text[locale], answer }]
        : [];
    }),
  );

  return {
    name: w.sheet.answers,
    rows,
    columns: [
      { header: h.section, kind: 'text', width: 28, value: (r) => r.section },
      { header: h.questionId, kind: 'text', width: 22, value: (r) => r.answer.questionId },
      { header: h.question, kind: 'text', width: 60, value: (r) => r.question },
      { header: h.answer, kind: 'text', width: 14, value: (r) => w.answerValue[r.answer.value] },
      {
        header: h.finding,
        kind: 'text',
        width: 22,
        value: (r) => (r.answer.finding ? w.finding[r.answer.finding] : null),
      },
      { header: h.comment, kind: 'text', width: 50, value: (r) => r.answer.comment },
      { header: h.evidence, kind: 'integer', width: 14, value: (r) => r.answer.evidence.length },
      { header: h.answeredBy, kind: 'text', width: 20, value: (r) => r.answer.answeredBy },
      { header: h.answeredAt, kind: 'datetime', width: 18, value: (r) => r.answer.answeredAt },
    ],
  };
}

// Ratings sit in columns B (impact), C (feasibility) and D (urgency) of the action sheet.
const weightedSum = (r: number) => `(2*B${r}+2*D${r}+C${r})`;
const rated = (r: number) => `COUNT(B${r}:D${r})=3`;

/**
 * Excel's form of priorityScore: (2 x impact + 2 x urgency + feasibility) / 5, blank until
 * all three ratings are given.
 */
export function priorityFormula(row: number): string {
  return `IF(${rated(row)},${weightedSum(row)}/5,"")`;
}

/** Excel's form of priorityBand, nested from PRIORITY_BANDS on the integer weighted sum. */
export function bandFormula(row: number): string {
  const bands = [...PRIORITY_BANDS].sort((a, b) => b.minSum - a.minSum);
  const last = bands[bands.length - 1];
  const nested = bands
    .slice(0, -1)
    .reduceRight(
      (inner, band) => `IF(${weightedSum(row)}>=${band.minSum},"${band.band}",${inner})`,
      `"${last.band}"`,
    );
  return `IF(${rated(row)},${nested},"")`;
}

/** One row per action, highest priority first, with live priority and band formulas. */
export function actionsSheet(
  actions: readonly ActionItem[],
  w: WorkbookTexts,
  locale: Locale,
  statuses: Record<ActionItem['status'], string>,
): SheetSpec<ActionItem> {
  const h = w.actions;
  const other = locale === 'fr' ? 'en' : 'fr';
  const rating = (header: string, value: (a: ActionItem) => number | null) =>
    ({ header, kind: 'integer', width: 14, value }) as const;
  const columns: ColumnSpec<ActionItem>[] = [
    { header: h.action, kind: 'text', width: 60, value: (a) => a.title[locale] || a.title[other] },
    rating(h.impact, (a) => a.impact),
    rating(h.feasibility, (a) => a.feasibility),
    rating(h.urgency, (a) => a.urgency),
    {
      header: h.priority,
      kind: 'decimal',
      width: 10,
      value: (a) => priorityScore(a),
      formula: priorityFormula,
    },
    { header: h.band, kind: 'text', width: 8, value: (a) => priorityBand(a), formula: bandFormula },
    { header: h.owner, kind: 'text', width: 20, value: (a) => a.owner },
    { header: h.dueDate, kind: 'date', width: 13, value: (a) => a.dueDate },
    { header: h.status, kind: 'text', width: 14, value: (a) => statuses[a.status] },
    { header: h.cost, kind: 'money', width: 14, value: (a) => a.estimatedCost?.amount ?? null },
  ];
  return { name: w.sheet.actions, columns, rows: actions };
}
