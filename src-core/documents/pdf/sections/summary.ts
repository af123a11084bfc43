// The executive summary: the consultant's words, the key figures, and what is off target.
import { getKpiDefinition } from '@core/kpi/registry';
import { priorityBand } from '@core/checklist/priority';
import type { KpiResult } from '@core/kpi/types';

import { acceptedSavingsOf } from '../../records/accepted-savings';
import { actionPlanOf } from '../../records/action-plan';
import { freeText, sectionHeading, subHeading } from '../blocks';
import type { ReportSection, SectionContext } from '../section';
import type { PdfContent, PdfStack } from '../types';
import { actionTitle, bandLabel } from './action-plan';

const KEY_KPIS = ['devices.complianceRate', 'lines.unusedRate', 'devices.osUnsupportedRate'];
const YEAR = 12;
const TOP_ACTIONS = 5;

function tile(value: string, label: string): PdfStack {
  return {
    stack: [
      { text: value, style: 'figure' },
      { text: label, style: 'figureLabel' },
    ],
    margin: [0, 0, 0, 14],
  };
}

function kpiTile(result: KpiResult | undefined, { fmt }: SectionContext): PdfStack | null {
  const definition = result && getKpiDefinition(result.id);
  if (!result || !definition || result.value === null) return null;
  return tile(fmt.kpi(result.value, definition.unit), definition.label[fmt.locale]);
}

function keyFigures(context: SectionContext): PdfContent {
  const { data, texts, fmt } = context;
  const months = context.stats.months().slice(-YEAR);
  const annual = months.reduce((sum, m) => sum + m.total, 0);

  const tiles: PdfStack[] = [
    tile(fmt.number(data.devices.length), texts.summary.devices),
    tile(fmt.number(data.lines.length), texts.summary.lines),
  ];
  if (months.length > 0) {
    tiles.push(tile(fmt.money(annual / months.length), texts.summary.monthlySpend));
    if (months.length === YEAR) tiles.push(tile(fmt.money(annual), texts.summary.annualSpend));
  }
  const savings = acceptedSavingsOf(data.savings, data.records).total;
  if (savings.count > 0) tiles.push(tile(fmt.money(savings.yearly), texts.savings.accepted));
  for (const id of KEY_KPIS) {
    const kpi = kpiTile(
      data.kpis.find((k) => k.id === id),
      context,
    );
    if (kpi) tiles.push(kpi);
  }

  const rows: PdfContent[] = [];
  for (let i = 0; i < tiles.length; i += 3) {
    const row = tiles.slice(i, i + 3);
    while (row.length < 3) row.push({ stack: [] });
    rows.push({ columns: row, columnGap: 16 });
  }
  return { stack: rows };
}

function attention({ data, texts, fmt, theme }: SectionContext): PdfContent {
  const off = data.kpis
    .filter((k) => k.status === 'red' || k.status === 'amber')
    .sort((a, b) => (a.status === b.status ? 0 : a.status === 'red' ? -1 : 1));
  if (off.length === 0) return { text: texts.summary.noAttention, style: 'body' };

  return {
    ul: off.map((result) => {
      const definition = getKpiDefinition(result.id);
      const label = definition?.label[fmt.locale] ?? result.id;
      const value = definition ? fmt.kpi(result.value, definition.unit) : '—';
      return {
        text: [
          {
            text: `${texts.kpiStatus[result.status]} `,
            bold: true,
            color: theme.status[result.status],
          },
          `${label}${fmt.locale === 'fr' ? '\u00a0:' : ':'} ${value}`,
        ],
      };
    }),
    style: 'body',
  };
}

// The five rated actions of highest priority; unrated ones have no place in a summary.
function topActions({ data, texts, fmt }: SectionContext): PdfContent {
  const rated = actionPlanOf(data.records, data.engagement.id)
    .filter((action) => priorityBand(action) !== null)
    .slice(0, TOP_ACTIONS);
  if (rated.length === 0) return { text: texts.actionPlan.noAction, style: 'body' };

  return {
    ol: rated.map((action) => ({
      text: [{ text: `${bandLabel(action, texts, fmt)}  `, bold: true }, actionTitle(action, fmt)],
    })),
    style: 'body',
  };
}

function build(context: SectionContext): PdfContent[] {
  const { texts } = context;
  return [
    sectionHeading(texts.summary.title),
    ...freeText(context.freeText),
    subHeading(texts.summary.keyFigures),
    keyFigures(context),
    subHeading(texts.summary.attention),
    attention(context),
    subHeading(texts.actionPlan.topFive),
    topActions(context),
  ];
}

export const summarySection: ReportSection = {
  id: 'summary',
  title: (texts) => texts.summary.title,
  acceptsText: true,
  build,
};
