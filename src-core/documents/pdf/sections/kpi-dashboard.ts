// The KPI dashboard: every indicator with its value, target and status, grouped by category.
import { definitionFor } from '@core/kpi/registry';

import { dataTable, freeText, paragraph, sectionHeading, statusCell } from '../blocks';
import type { ReportSection, SectionContext } from '../section';
import type { PdfCell, PdfContent } from '../types';
import { targetText } from './kpi-target';

function build(context: SectionContext): PdfContent[] {
  const { data, texts, fmt, theme } = context;
  const c = texts.column;
  const heading = [sectionHeading(texts.kpis.title), ...freeText(context.freeText)];
  if (data.kpis.length === 0) return [...heading, paragraph(texts.kpis.empty)];

  const rows: PdfCell[][] = [];
  for (const result of data.kpis) {
    const definition = definitionFor(result);
    if (!definition) continue;
    rows.push([
      definition.label[fmt.locale],
      fmt.kpi(result.value, definition.unit),
      targetText(definition, fmt),
      statusCell(texts.kpiStatus[result.status], theme.status[result.status]),
      result.basis > 0 ? fmt.number(result.basis) : '—',
    ]);
  }

  return [
    ...heading,
    paragraph(texts.kpis.intro),
    dataTable(
      [
        { header: c.indicator, width: '*' },
        { header: c.value, width: 80, align: 'right' },
        { header: c.target, width: 70, align: 'right' },
        { header: c.status, width: 70 },
        { header: c.basis, width: 45, align: 'right' },
      ],
      rows,
      theme,
    ),
  ];
}

export const kpiDashboardSection: ReportSection = {
  id: 'kpi-dashboard',
  title: (texts) => texts.kpis.title,
  acceptsText: true,
  build,
};
