// Assembles the report: chosen sections in order, running header and footer with page
// numbers, a DRAFT watermark until the report is final.
import { createFormat } from '../format';
import type { ReportData } from '../report-data';
import { resolveSections } from '../report-definition';
import type { ReportDefinition } from '../report-definition';
import { documentTexts } from '../texts';
import type { DocTexts } from '../texts';
import { reportStats } from './report-stats';
import { FIXED_FIRST_SECTION, SECTION_IDS, getSection } from './registry';
import type { ChartRenderer, SectionContext } from './section';
import { stylesFor, themeFor } from './theme';
import type { Theme } from './theme';
import type { PdfContent, PdfDocument } from './types';

const MARGINS: [number, number, number, number] = [50, 60, 50, 55];

/** Section ids in print order, the cover first, switched-off ones left out. */
export function printedSections(definition: ReportDefinition): string[] {
  const chosen = resolveSections(definition, SECTION_IDS).filter((choice) => choice.enabled);
  const ids = chosen.map((choice) => choice.id);
  return ids.includes(FIXED_FIRST_SECTION)
    ? [FIXED_FIRST_SECTION, ...ids.filter((id) => id !== FIXED_FIRST_SECTION)]
    : ids;
}

/** The pdfmake document definition of the report. */
export function buildReportDocument(
  data: ReportData,
  definition: ReportDefinition,
  renderChart: ChartRenderer,
): PdfDocument {
  const { engagement } = data;
  const texts = documentTexts(engagement.locale);
  const theme = themeFor(engagement);
  const base = {
    data,
    texts,
    fmt: createFormat(engagement.locale, engagement.currency),
    theme,
    options: definition.options,
    renderChart,
    stats: reportStats(data),
  };

  const ids = printedSections(definition);
  const content = ids.flatMap((id, index) => {
    const section = getSection(id);
    if (!section) return [];
    const context: SectionContext = { ...base, freeText: definition.texts[id] ?? '' };
    return withoutLeadingBreak(section.build(context), index === 0);
  });
  const hasCover = ids[0] === FIXED_FIRST_SECTION;

  return {
    info: {
      title: `${texts.reportTitle} – ${engagement.clientName || engagement.name}`,
      author: engagement.consultant,
      subject: engagement.name,
      creator: 'FleetAudit',
      producer: 'FleetAudit',
    },
    pageSize: 'A4',
    pageMargins: MARGINS,
    header: (page) => (hasCover && page === 1 ? null : header(engagement.clientName, texts, theme)),
    footer: (page, count) =>
      hasCover && page === 1 ? null : footer(page, count, definition, texts, theme),
    watermark:
      definition.options.status === 'draft'
        ? { text: texts.draft, color: theme.muted, opacity: 0.12, bold: true, fontSize: 90 }
        : undefined,
    content,
    styles: stylesFor(theme),
    defaultStyle: { font: 'Roboto', fontSize: 10, color: theme.text },
  };
}

// The first printed section must not open on a blank page.
function withoutLeadingBreak(nodes: PdfContent[], first: boolean): PdfContent[] {
  if (!first) return nodes;
  return nodes.map((node, index) =>
    index === 0 && typeof node === 'object' && 'pageBreak' in node
      ? { ...node, pageBreak: undefined }
      : node,
  );
}

function header(client: string, texts: DocTexts, theme: Theme): PdfContent {
  return {
    columns: [
      { text: texts.reportTitle, color: theme.primary, bold: true, fontSize: 8 },
      { text: client, alignment: 'right', color: theme.muted, fontSize: 8 },
    ],
    margin: [MARGINS[0], 28, MARGINS[2], 0],
  };
}

function footer(
  page: number,
  count: number,
  definition: ReportDefinition,
  texts: DocTexts,
  theme: Theme,
): PdfContent {
  const { options } = definition;
  const left = `${texts.confidentiality[options.confidentiality]} · ${texts.control.version} ${
    options.version
  } · ${texts.status[options.status]}`;

  return {
    columns: [
      { text: left, color: theme.muted, fontSize: 8 },
      {
        text: `${texts.page} ${page} ${texts.of} ${count}`,
        alignment: 'right',
        color: theme.muted,
        fontSize: 8,
      },
    ],
    margin: [MARGINS[0], 20, MARGINS[2], 0],
  };
}
