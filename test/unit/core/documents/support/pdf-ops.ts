// Reads what a PDF page paints, with pdf.js: its fill colours and how many path operators it
// runs, so tests can tell a drawn logo or chart from its absence in the bytes themselves.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PagePaint {
  /** Fill colours as pdf.js reports them, `#rrggbb`. */
  fills: Set<string>;
  /** Path construction operators: each shape, chart mark or glyph outline drawn as a path. */
  paths: number;
}

// pdf.js hands a fill colour over as its three 0-255 channels.
function hex(channels: ArrayLike<number>): string {
  return `#${Array.from(channels, (value) => value.toString(16).padStart(2, '0')).join('')}`;
}

/** What each page paints, in page order. */
export async function pdfPagePaint(bytes: Uint8Array): Promise<PagePaint[]> {
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false });
  const document = await task.promise;
  try {
    const pages: PagePaint[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const { fnArray, argsArray } = await (await document.getPage(number)).getOperatorList();
      const fills = new Set<string>();
      let paths = 0;
      fnArray.forEach((op, index) => {
        if (op === pdfjs.OPS.constructPath) paths += 1;
        if (op === pdfjs.OPS.setFillRGBColor) fills.add(hex(argsArray[index] as ArrayLike<number>));
      });
      pages.push({ fills, paths });
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
