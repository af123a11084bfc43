// Reads a PDF's text back with pdf.js, page by page, so tests can check what a reader sees
// rather than what the document definition asked for.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';

// Under Node pdf.js runs its worker on the main thread: it imports pdf.worker.mjs next to
// pdf.mjs itself, so no worker needs to be set here.

function isTextItem(item: TextItem | TextMarkedContent): item is TextItem {
  return 'str' in item;
}

/** Every whitespace run, no-break spaces included, as one plain space. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text of each page, in order, with whitespace squeezed to single spaces. */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  // pdf.js may take over the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
  });
  const document = await task.promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const text = content.items
        .filter(isTextItem)
        .map((item) => (item.hasEOL ? `${item.str}\n` : item.str))
        .join('');
      pages.push(squeeze(text));
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
