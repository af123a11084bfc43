// Small building blocks every section uses: headings, tables with repeated headers, the
// consultant's free text.
import type { Theme } from './theme';
import type { Alignment, PdfCell, PdfContent, PdfTable, PdfTableLayout, PdfText } from './types';

/** A section title on a new page, listed in the table of contents. */
export function sectionHeading(title: string): PdfText {
  return { text: title, style: 'h1', tocItem: true, pageBreak: 'before' };
}

/** A sub-heading inside a section. */
export function subHeading(title: string): PdfText {
  return { text: title, style: 'h2' };
}

/** A paragraph of body text. */
export function paragraph(text: string): PdfText {
  return { text, style: 'body' };
}

export interface Column {
  header: string;
  width: number | '*' | 'auto';
  align?: Alignment;
}

/** Light rules between rows, zebra fill, header row in the brand colour. */
export function tableLayout(theme: Theme): PdfTableLayout {
  return {
    hLineWidth: (row, node) => (row === 0 || row === node.table.body.length ? 0 : 0.5),
    vLineWidth: () => 0,
    hLineColor: () => theme.rule,
    fillColor: (row) => (row > 0 && row % 2 === 0 ? theme.zebra : null),
    paddingTop: () => 3,
    paddingBottom: () => 3,
  };
}

/** A table whose header row repeats on every page it runs onto. */
export function dataTable(columns: Column[], rows: PdfCell[][], theme: Theme): PdfTable {
  const header = columns.map((c): PdfText => ({
    text: c.header,
    style: 'tableHeader',
    alignment: c.align,
  }));
  const body = rows.map((row) => row.map((cell, index) => aligned(cell, columns[index]?.align)));

  return {
    style: 'table',
    table: { headerRows: 1, widths: columns.map((c) => c.width), body: [header, ...body] },
    layout: tableLayout(theme),
  };
}

// A column's alignment reaches every cell of it that does not choose its own.
function aligned(cell: PdfCell, align: Alignment | undefined): PdfCell {
  if (!align) return cell;
  if (typeof cell === 'string') return { text: cell, alignment: align };
  if ('text' in cell && cell.alignment === undefined) return { ...cell, alignment: align };
  return cell;
}

/**
 * The consultant's text: blank lines separate paragraphs, lines starting with `- ` or `* `
 * become a bulleted list.
 */
export function freeText(text: string): PdfContent[] {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '');

  return blocks.map((block): PdfContent => {
    const lines = block.split('\n');
    if (lines.every((line) => /^\s*[-*]\s+/.test(line))) {
      return { ul: lines.map((line) => line.replace(/^\s*[-*]\s+/, '')), style: 'body' };
    }
    return paragraph(lines.join('\n'));
  });
}

/** A coloured status word for a table cell. */
export function statusCell(label: string, colour: string): PdfText {
  return { text: label, color: colour, bold: true };
}

/** A chart under its sub-heading, kept on one page so the heading never ends a page alone. */
export function chartBlock(title: string, svg: string, width: number): PdfContent {
  return { stack: [subHeading(title), { svg, width }], unbreakable: true };
}
