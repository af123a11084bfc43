// The vendor comparison: the weights, the ranking with the eliminated vendors and why, the
// weighted scores and theme profiles as the Vendors screen draws them, and how fragile the
// ranking is.
import { gridScoreBarsOption } from '@core/charts/grid-bars';
import type { Criterion } from '@core/grid/criterion';
import type { EliminationReason } from '@core/grid/must-have';
import type { CriterionSensitivity } from '@core/grid/sensitivity';

import type { DocFormat } from '../../format';
import { gridComparisonOf } from '../../records/vendor-grid';
import type { GridComparison } from '../../records/vendor-grid';
import { fill } from '../../texts';
import { chartBlock, dataTable, freeText, paragraph, sectionHeading, subHeading } from '../blocks';
import type { ReportSection, SectionContext } from '../section';
import type { PdfCell, PdfContent } from '../types';
import { vendorsRadar } from './vendors-radar';

type Context = SectionContext;

/** A criterion's label in the document's language, else in the other one. */
export function criterionLabel(criterion: Criterion, fmt: DocFormat): string {
  return criterion.label[fmt.locale] || criterion.label[fmt.locale === 'fr' ? 'en' : 'fr'];
}

function weightsTable({ grid, evaluation }: GridComparison, { texts, fmt, theme }: Context) {
  const t = texts.vendors;
  const rows: PdfCell[][] = grid.criteria.map((c) => [
    criterionLabel(c, fmt),
    t.groups[c.group],
    fmt.number(c.weight, 2),
    fmt.percent((evaluation.weights.shares[c.id] ?? 0) * 100),
    c.mustHave ? `≥ ${fmt.number(c.mustHave.threshold, 1)}` : '—',
  ]);
  const right = { width: 'auto', align: 'right' } as const;
  return dataTable(
    [
      { header: t.criterion, width: '*' },
      { header: t.group, width: 'auto' },
      { header: t.weight, ...right },
      { header: t.share, ...right },
      { header: t.mustHave, ...right },
    ],
    rows,
    theme,
  );
}

function reasonText(reason: EliminationReason, comparison: GridComparison, context: Context) {
  const { texts, fmt } = context;
  const criterion = comparison.grid.criteria.find((c) => c.id === reason.criterionId);
  const values = {
    criterion: criterion ? criterionLabel(criterion, fmt) : reason.criterionId,
    threshold: fmt.number(reason.threshold, 1),
    mean: reason.kind === 'below-threshold' ? fmt.number(reason.mean, 2) : '',
  };
  const template =
    reason.kind === 'below-threshold' ? texts.vendors.belowThreshold : texts.vendors.notScored;
  return fill(template, values);
}

function rankingTable(comparison: GridComparison, context: Context) {
  const { texts, fmt, theme } = context;
  const t = texts.vendors;
  const { grid, evaluation } = comparison;
  const rows: PdfCell[][] = evaluation.ranking.vendors.map((ranked) => {
    const name = grid.vendors.find((v) => v.id === ranked.vendorId)?.name ?? ranked.vendorId;
    const reasons =
      evaluation.eliminations.find((e) => e.vendorId === ranked.vendorId)?.reasons ?? [];
    const outcome = ranked.eliminated
      ? {
          text: [t.eliminated, ...reasons.map((r) => reasonText(r, comparison, context))].join(
            '\n',
          ),
          color: theme.status.red,
        }
      : ranked.tied
        ? t.tied
        : '';
    return [
      ranked.rank === null ? '—' : String(ranked.rank),
      { text: name, bold: ranked.rank === 1 },
      fmt.number(ranked.score5, 2),
      fmt.number((ranked.score5 / 5) * 100, 0),
      outcome,
    ];
  });
  const right = { width: 'auto', align: 'right' } as const;
  return dataTable(
    [
      { header: t.rank, ...right },
      { header: t.vendor, width: 110 },
      { header: t.score, ...right },
      { header: t.score100, ...right },
      { header: t.outcome, width: '*' },
    ],
    rows,
    theme,
  );
}

function sensitivityCell(row: CriterionSensitivity, comparison: GridComparison, context: Context) {
  const { texts, fmt } = context;
  const t = texts.vendors;
  if (row.status !== 'flip') return t.sensitivityStatus[row.status];
  if (!row.nearest) return t.sensitivityStatus.none;

  const { deltaPoints, newWinner } = row.nearest;
  const vendor = comparison.grid.vendors.find((v) => v.id === newWinner)?.name ?? newWinner;
  const points = `${deltaPoints > 0 ? '+' : ''}${fmt.number(deltaPoints, 1)}`;
  return fill(t.flip, { points, vendor });
}

function sensitivityTable(comparison: GridComparison, context: Context) {
  const { texts, fmt, theme } = context;
  const t = texts.vendors;
  const rows: PdfCell[][] = comparison.sensitivity.map((row) => {
    const criterion = comparison.grid.criteria.find((c) => c.id === row.criterionId);
    return [
      criterion ? criterionLabel(criterion, fmt) : row.criterionId,
      fmt.percent(row.currentSharePercent),
      sensitivityCell(row, comparison, context),
    ];
  });
  return dataTable(
    [
      { header: t.criterion, width: '*' },
      { header: t.currentShare, width: 'auto', align: 'right' },
      { header: t.change, width: 200 },
    ],
    rows,
    theme,
  );
}

function chart(comparison: GridComparison, { texts, renderChart }: Context): PdfContent {
  const { grid, evaluation } = comparison;
  const bars = evaluation.ranking.vendors.map((ranked) => ({
    name: grid.vendors.find((v) => v.id === ranked.vendorId)?.name ?? ranked.vendorId,
    score5: ranked.score5,
    index: grid.vendors.findIndex((v) => v.id === ranked.vendorId),
    eliminated: ranked.eliminated,
  }));
  const option = gridScoreBarsOption(bars, texts.vendors.score);
  const height = Math.max(140, 40 + bars.length * 32);
  return chartBlock(texts.vendors.chart, renderChart(option, 480, height), 480);
}

function build(context: Context): PdfContent[] {
  const { data, texts } = context;
  const t = texts.vendors;
  const heading = [sectionHeading(t.title), ...freeText(context.freeText)];
  const comparison = gridComparisonOf(data.records);
  if (!comparison) return [...heading, paragraph(t.empty)];

  const { grid } = comparison;
  return [
    ...heading,
    paragraph(
      fill(t.intro, {
        vendors: grid.vendors.length,
        criteria: grid.criteria.length,
        evaluators: grid.evaluators.length,
      }),
    ),
    subHeading(t.weights),
    weightsTable(comparison, context),
    subHeading(t.ranking),
    rankingTable(comparison, context),
    chart(comparison, context),
    ...vendorsRadar(comparison, context),
    subHeading(t.sensitivity),
    paragraph(t.sensitivityIntro),
    sensitivityTable(comparison, context),
  ];
}

export const vendorsSection: ReportSection = {
  id: 'vendors',
  title: (texts) => texts.vendors.title,
  acceptsText: true,
  build,
};
