// The action plan: every gap of the checklist as an action, highest priority first, with its
// band, owner, due date, status and estimated cost.
import type { ActionItem } from '@core/checklist/action';
import { priorityBand, priorityScore } from '@core/checklist/priority';

import type { DocFormat } from '../../format';
import { actionPlanOf } from '../../records/action-plan';
import { fill } from '../../texts';
import type { DocTexts } from '../../texts';
import { dataTable, freeText, paragraph, sectionHeading } from '../blocks';
import type { ReportSection, SectionContext } from '../section';
import type { PdfCell, PdfContent } from '../types';

/** An action's title in the document's language, else in the other one. */
export function actionTitle(action: ActionItem, fmt: DocFormat): string {
  const other = fmt.locale === 'fr' ? 'en' : 'fr';
  return action.title[fmt.locale] || action.title[other];
}

/** `P1 · 4.2`, or the 'to rate' word while a rating is missing. */
export function bandLabel(action: ActionItem, texts: DocTexts, fmt: DocFormat): string {
  const band = priorityBand(action);
  const score = priorityScore(action);
  return band === null || score === null
    ? texts.actionPlan.unrated
    : `${band} · ${fmt.number(score, 1)}`;
}

function row(action: ActionItem, { texts, fmt }: SectionContext): PdfCell[] {
  const t = texts.actionPlan;
  const cost = action.estimatedCost;
  return [
    { text: bandLabel(action, texts, fmt), bold: priorityBand(action) === 'P1', noWrap: true },
    actionTitle(action, fmt),
    action.owner || '—',
    fmt.date(action.dueDate, 'medium'),
    t.statuses[action.status],
    cost ? fmt.money(cost.amount) : '—',
  ];
}

function build(context: SectionContext): PdfContent[] {
  const { data, texts, theme } = context;
  const t = texts.actionPlan;
  const heading = [sectionHeading(t.title), ...freeText(context.freeText)];
  const actions = actionPlanOf(data.records, data.engagement.id);
  if (actions.length === 0) return [...heading, paragraph(t.empty)];

  return [
    ...heading,
    paragraph(fill(t.intro, { count: actions.length })),
    dataTable(
      [
        { header: t.band, width: 'auto' },
        { header: t.action, width: '*' },
        { header: t.owner, width: 70 },
        { header: t.due, width: 'auto' },
        { header: t.status, width: 'auto' },
        { header: t.cost, width: 'auto', align: 'right' },
      ],
      actions.map((action) => row(action, context)),
      theme,
    ),
  ];
}

export const actionPlanSection: ReportSection = {
  id: 'action-plan',
  title: (texts) => texts.actionPlan.title,
  acceptsText: true,
  build,
};
