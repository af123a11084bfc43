// Document control: version, status, confidentiality, date and author, as a board expects.
import { dataTable } from '../blocks';
import type { ReportSection, SectionContext } from '../section';
import type { PdfContent } from '../types';

function build({ data, texts, fmt, theme, options }: SectionContext): PdfContent[] {
  const { engagement } = data;
  const c = texts.control;
  const period =
    engagement.startDate || engagement.endDate
      ? `${fmt.date(engagement.startDate)} – ${fmt.date(engagement.endDate)}`
      : '—';

  const rows: [string, string][] = [
    [c.client, engagement.clientName || '—'],
    [c.engagement, engagement.name],
    [c.version, options.version],
    [c.status, texts.status[options.status]],
    [c.confidentiality, texts.confidentiality[options.confidentiality]],
    [c.date, fmt.date(data.generatedAt)],
    [c.author, engagement.consultant || '—'],
    [c.period, period],
    [c.referenceDate, fmt.date(data.referenceDate)],
  ];

  return [
    { text: c.title, style: 'h1', pageBreak: 'before' },
    dataTable(
      [
        { header: texts.column.label, width: 170 },
        { header: texts.column.value, width: '*' },
      ],
      rows.map(([label, value]) => [{ text: label, bold: true }, value]),
      theme,
    ),
  ];
}

export const documentControlSection: ReportSection = {
  id: 'document-control',
  title: (texts) => texts.control.title,
  acceptsText: false,
  build,
};
