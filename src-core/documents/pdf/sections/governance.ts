// Governance by population: ownership model, security profile, restrictions and allowed
// models of each population the consultant defined (records 'method-population').
import type { Population } from '@core/method/governance';
import { monitoringStatement } from '@core/method/monitoring';

import { populationsOf } from '../../records/programme';
import type { DocTexts } from '../../texts';
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
    ...populations.flatMap((p) => policyBlock(p, texts, data.engagement.locale)),
  ];
}

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');

/** One population's access rules, container and monitoring statement, as the policy reads. */
function policyBlock(p: Population, texts: DocTexts, language: 'fr' | 'en'): PdfContent[] {
  const t = texts.governance;
  const rules = [
    p.access.requireCompliance ? t.compliant : t.anyDevice,
    p.access.countries.length > 0 ? fill(t.countries, { list: p.access.countries.join(', ') }) : '',
    p.access.hours ? fill(t.hours, { from: p.access.hours.from, to: p.access.hours.to }) : '',
    t.network[p.access.network],
  ].filter(Boolean);
  const statement = p.statement ?? monitoringStatement(p, language);

  return [
    { text: fill(t.policyTitle, { name: p.name }), style: 'h2' },
    paragraph(`${t.access} ${rules.join(' · ')}`),
    paragraph(p.containerisation ? t.container : t.noContainer),
    paragraph(`${t.statement} ${statement}`),
  ];
}

export const governanceSection: ReportSection = {
  id: 'governance',
  title: (texts) => texts.governance.title,
  acceptsText: true,
  build,
};
