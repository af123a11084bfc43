// What a report section is: an id, a title in the document's language, and a pure builder.
// Adding a section is one file exporting a ReportSection, listed in registry.ts.
import type { DocFormat } from '../format';
import type { ReportData } from '../report-data';
import type { ReportOptions } from '../report-definition';
import type { DocTexts } from '../texts';
import type { ReportStats } from './report-stats';
import type { Theme } from './theme';
import type { PdfContent } from './types';

export interface SectionContext {
  data: ReportData;
  texts: DocTexts;
  fmt: DocFormat;
  theme: Theme;
  options: ReportOptions;
  /** The consultant's own text for this section; '' when none. */
  freeText: string;
  /** Renders an ECharts option to SVG markup, at a size in points. */
  renderChart: ChartRenderer;
  /** Tallies of the data shared by the sections, computed once per document. */
  stats: ReportStats;
}

export type ChartRenderer = (
  option: Record<string, unknown>,
  width: number,
  height: number,
) => string;

export interface ReportSection {
  id: string;
  title(texts: DocTexts): string;
  /** Whether the consultant can write a text of their own at the start of the section. */
  acceptsText: boolean;
  build(context: SectionContext): PdfContent[];
}
