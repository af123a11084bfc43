// The part of pdfmake's document definition our builders produce. pdfmake's own types pull
// in the DOM and Node, which src-core may not see; the shells cast this to theirs.

export type Margin = number | [number, number] | [number, number, number, number];
export type Alignment = 'left' | 'right' | 'center' | 'justify';

interface Box {
  margin?: Margin;
  style?: string | string[];
  alignment?: Alignment;
  pageBreak?: 'before' | 'after';
  /** pdfmake keeps a node and the next on one page when true. */
  unbreakable?: boolean;
}

export interface PdfText extends Box {
  text: string | (string | PdfText)[];
  bold?: boolean;
  italics?: boolean;
  color?: string;
  fillColor?: string;
  fontSize?: number;
  /** Listed in the table of contents. */
  tocItem?: boolean;
  colSpan?: number;
  noWrap?: boolean;
}

export interface PdfTableLayout {
  hLineWidth?: (row: number, node: { table: { body: unknown[][] } }) => number;
  vLineWidth?: (column: number) => number;
  hLineColor?: (row: number) => string;
  fillColor?: (row: number) => string | null;
  paddingLeft?: (column: number) => number;
  paddingRight?: (column: number) => number;
  paddingTop?: (row: number) => number;
  paddingBottom?: (row: number) => number;
}

export type PdfCell = PdfText | PdfStack | string;

export interface PdfTable extends Box {
  table: {
    /** Rows repeated at the top of every page the table runs onto. */
    headerRows?: number;
    widths?: (number | '*' | 'auto')[];
    body: PdfCell[][];
    dontBreakRows?: boolean;
  };
  layout?: PdfTableLayout | 'noBorders' | 'lightHorizontalLines';
}

export interface PdfColumns extends Box {
  columns: PdfContent[];
  columnGap?: number;
}

export interface PdfStack extends Box {
  stack: PdfContent[];
  /** Inside `columns`: a fixed width, the rest ('*') or the content's own ('auto'). */
  width?: number | '*' | 'auto';
}

export interface PdfList extends Box {
  ul: PdfContent[];
}

export interface PdfOrderedList extends Box {
  ol: PdfContent[];
}

export interface PdfImage extends Box {
  image: string;
  fit?: [number, number];
  width?: number;
}

export interface PdfSvg extends Box {
  svg: string;
  fit?: [number, number];
  width?: number;
  height?: number;
}

export interface PdfToc extends Box {
  toc: { title?: PdfText; numberStyle?: { bold?: boolean } };
}

export interface PdfCanvas extends Box {
  canvas: {
    type: 'rect' | 'line';
    x?: number;
    y?: number;
    w?: number;
    h?: number;
    x1?: number;
    y1?: number;
    x2?: number;
    y2?: number;
    lineWidth?: number;
    lineColor?: string;
    color?: string;
  }[];
  absolutePosition?: { x: number; y: number };
}

export type PdfContent =
  | string
  | PdfText
  | PdfTable
  | PdfColumns
  | PdfStack
  | PdfList
  | PdfOrderedList
  | PdfImage
  | PdfSvg
  | PdfToc
  | PdfCanvas;

export interface PdfStyle {
  fontSize?: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  margin?: Margin;
  lineHeight?: number;
  fillColor?: string;
}

/** A pdfmake document definition, as far as our builders go. */
export interface PdfDocument {
  info: { title: string; author: string; subject: string; creator: string; producer: string };
  pageSize: 'A4';
  pageMargins: [number, number, number, number];
  header?: (currentPage: number, pageCount: number) => PdfContent | null;
  footer?: (currentPage: number, pageCount: number) => PdfContent | null;
  background?: (currentPage: number) => PdfContent | null;
  watermark?: { text: string; color: string; opacity: number; bold: boolean; fontSize?: number };
  content: PdfContent[];
  styles: Record<string, PdfStyle>;
  defaultStyle: PdfStyle & { font: string };
}
