// Conclusions and recommendations: the consultant's own text, nothing computed.
import { freeText, sectionHeading } from '../blocks';
import type { ReportSection, SectionContext } from '../section';
import type { PdfContent } from '../types';

function build({ texts, freeText: text }: SectionContext): PdfContent[] {
  return [sectionHeading(texts.conclusions.title), ...freeText(text)];
}

export const conclusionsSection: ReportSection = {
  id: 'conclusions',
  title: (texts) => texts.conclusions.title,
  acceptsText: true,
  build,
};
