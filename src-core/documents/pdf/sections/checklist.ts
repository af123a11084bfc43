// The audit checklist: overall score and maturity, each area's score as a table and a radar,
// and the impact / effort matrix of the rated actions, from the consultant's records.
import { indexAnswers } from '@core/checklist/answer';
import { maturityBand } from '@core/checklist/maturity';
import { scoreAudit } from '@core/checklist/scoring';
import type { AuditScore } from '@core/checklist/scoring';
import type { Catalogue } from '@core/checklist/catalogue-schema';
import { effortOf } from '@core/checklist/priority';
import { actionMatrixOption } from '@core/charts/checklist-matrix';
import { checklistRadarOption } from '@core/charts/checklist-radar';

import { actionPlanOf, checklistOf } from '../../records/action-plan';
import { fill } from '../../texts';
import { chartBlock, dataTable, freeText, paragraph, sectionHeading } from '../blocks';
import type { ReportSection, SectionContext } from '../section';
import type { PdfCell, PdfContent } from '../types';
import { actionTitle } from './action-plan';

const CHART_WIDTH = 480;

function radar(catalogue: Catalogue, score: AuditScore, context: SectionContext): PdfContent[] {
  const { fmt, theme, texts, renderChart } = context;
  const t = texts.checklistCharts;
  const axes = catalogue.sections.map((section, index) => ({
    label: section.title[fmt.locale],
    score: score.sections[index]?.score ?? null,
  }));
  const option = checklistRadarOption(
    axes,
    { series: t.radar, notScored: t.notScored },
    theme.primary,
  );
  return [chartBlock(t.radar, renderChart(option, CHART_WIDTH, 300), CHART_WIDTH)];
}

function matrix(context: SectionContext): PdfContent[] {
  const { data, fmt, theme, texts, renderChart } = context;
  const t = texts.checklistCharts;
  const points = actionPlanOf(data.records, data.engagement.id).flatMap((a) =>
    a.impact !== null && a.feasibility !== null
      ? [{ label: actionTitle(a, fmt), impact: a.impact, effort: effortOf(a.feasibility) }]
      : [],
  );
  if (points.length === 0) return [];

  const option = actionMatrixOption(points, t, theme.primary);
  return [chartBlock(t.matrix, renderChart(option, CHART_WIDTH, 300), CHART_WIDTH)];
}

function build(context: SectionContext): PdfContent[] {
  const { data, texts, fmt, theme } = context;
  const t = texts.checklist;
  const heading = [sectionHeading(t.title), ...freeText(context.freeText)];
  const { catalogue, answers } = checklistOf(data.records);
  if (answers.length === 0) return [...heading, paragraph(t.empty)];

  const score = scoreAudit(catalogue, indexAnswers(answers));
  const score100 = (value: number | null) => (value === null ? '—' : fmt.number(value, 0));

  const rows: PdfCell[][] = catalogue.sections.map((section, index) => {
    const result = score.sections[index];
    return [
      section.title[fmt.locale],
      score100(result.score),
      `${fmt.number(result.progress.answered)} / ${fmt.number(result.progress.total)}`,
    ];
  });

  return [
    ...heading,
    paragraph(
      fill(t.intro, {
        score: score100(score.overall),
        maturity: maturityBand(score.overall)?.label[fmt.locale] ?? '—',
        answered: fmt.number(score.progress.answered),
        total: fmt.number(score.progress.total),
      }),
    ),
    dataTable(
      [
        { header: t.section, width: '*' },
        { header: t.score, width: 60, align: 'right' },
        { header: t.answered, width: 70, align: 'right' },
      ],
      rows,
      theme,
    ),
    ...radar(catalogue, score, context),
    ...matrix(context),
  ];
}

export const checklistSection: ReportSection = {
  id: 'checklist',
  title: (texts) => texts.checklist.title,
  acceptsText: true,
  build,
};
