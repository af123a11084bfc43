// The table of contents: pdfmake lists every heading marked `tocItem` with its page.
import type { ReportSection, SectionContext } from '../section';
import type { PdfContent } from '../types';

function build({ texts }: SectionContext): PdfContent[] {
  return [
    {
      toc: { title: { text: texts.toc, style: 'h1' }, numberStyle: { bold: true } },
      pageBreak: 'before',
    },
  ];
}

export const tocSection: ReportSection = {
  id: 'toc',
  title: (texts) => texts.toc,
  acceptsText: false,
  build,
};
