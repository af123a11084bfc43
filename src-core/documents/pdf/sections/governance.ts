// Governance by population: ownership model, security profile, restrictions and allowed
// models of each population the consultant defined (records 'method-population').
import { populationsOf } from '../../records/programme';
import { dataTable, freeText, paragraph, sectionHeading } from '../blocks';
import type { ReportSection, SectionContext } from '../section';
import type { PdfCell, PdfContent } from '../types';

function build(context: SectionContext): PdfContent[] {
  const { data, texts, theme } = context;
  const t = texts.governance;
  const heading = [sectionHeading(t.title), ...freeText(context.freeText)];
  const populations = populationsOf(data.records);
  if (populations.length === 0) return [...heading, paragraph(t.empty)];

  const rows: PdfCell[][] = populations.map((p) => [
    {
      stack: [
        { text: p.name, bold: true },
        ...(p.departments.length > 0 ? [{ text: p.departments.join(', '), style: 'muted' }] : []),
      ],
    },
    p.ownership,
    t.profiles[p.profile],
    p.restrictions.map((r) => t.restriction[r]).join('\n') || '—',
    p.allowedModels.join('\n') || t.anyModel,
  ]);

  return [
    ...heading,
    paragraph(t.intro),
    dataTable(
      [
        { header: t.population, width: 100 },
        { header: t.ownership, width: 'auto' },
        { header: t.profile, width: 'auto' },
        { header: t.restrictions, width: '*' },
        { header: t.models, width: 100 },
      ],
      rows,
      theme,
    ),
  ];
}

export const governanceSection: ReportSection = {
  id: 'governance',
  title: (texts) => texts.governance.title,
  acceptsText: true,
  build,
};
