// Appendix: what each indicator measures, its target and where the target comes from.
import { KPI_DEFINITIONS } from '@core/kpi/registry';

import { dataTable, freeText, sectionHeading } from '../blocks';
import type { ReportSection, SectionContext } from '../section';
import type { PdfCell, PdfContent } from '../types';
import { targetText } from './kpi-target';

function build(context: SectionContext): PdfContent[] {
  const { texts, fmt, theme } = context;
  const c = texts.column;
  const rows: PdfCell[][] = KPI_DEFINITIONS.map((definition) => [
    { text: definition.label[fmt.locale], bold: true },
    definition.definition[fmt.locale],
    targetText(definition, fmt),
    definition.target ? texts.targetSource[definition.target.source] : '—',
  ]);

  return [
    sectionHeading(texts.definitions.title),
    ...freeText(context.freeText),
    dataTable(
      [
        { header: c.indicator, width: 110 },
        { header: c.definition, width: '*' },
        { header: c.target, width: 60, align: 'right' },
        { header: texts.definitions.source, width: 70 },
      ],
      rows,
      theme,
    ),
  ];
}

export const kpiDefinitionsSection: ReportSection = {
  id: 'kpi-definitions',
  title: (texts) => texts.definitions.title,
  acceptsText: false,
  build,
};
