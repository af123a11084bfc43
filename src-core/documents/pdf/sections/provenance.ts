// Appendix: every imported file with its date, row counts and SHA-256, so each figure can be
// traced back to what the client handed over.
import { dataTable, freeText, paragraph, sectionHeading } from '../blocks';
import type { ReportSection, SectionContext } from '../section';
import type { PdfCell, PdfContent } from '../types';

// A 64-digit hash does not fit a column: two lines of 32 keep it whole and readable.
function hashCell(sha256: string): PdfCell {
  const text = sha256 ? `${sha256.slice(0, 32)}\n${sha256.slice(32)}` : '—';
  return { text, style: 'hash' };
}

function build(context: SectionContext): PdfContent[] {
  const { data, texts, fmt, theme } = context;
  const c = texts.column;
  const heading = [sectionHeading(texts.provenance.title), ...freeText(context.freeText)];
  if (data.imports.length === 0) return [...heading, paragraph(texts.provenance.empty)];

  const rows: PdfCell[][] = data.imports.map((record) => [
    record.fileName,
    texts.dataset[record.dataset],
    fmt.date(record.importedAt, 'medium'),
    fmt.number(record.rowsAccepted),
    fmt.number(record.rowsRejected),
    hashCell(record.sha256),
  ]);

  return [
    ...heading,
    paragraph(texts.provenance.intro),
    dataTable(
      [
        { header: c.file, width: '*' },
        { header: c.dataset, width: 50 },
        { header: c.importedAt, width: 58 },
        { header: c.rows, width: 40, align: 'right' },
        { header: c.rejected, width: 40, align: 'right' },
        { header: c.sha256, width: 118 },
      ],
      rows,
      theme,
    ),
  ];
}

export const provenanceSection: ReportSection = {
  id: 'provenance',
  title: (texts) => texts.provenance.title,
  acceptsText: false,
  build,
};
