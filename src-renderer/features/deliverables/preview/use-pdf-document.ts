// Opens PDF bytes with pdf.js for the preview and reads every page's size (cheap: no drawing),
// so the page frames can be laid out before any page is drawn.
import { useEffect, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';

import { loadPdfJs } from './pdfjs-loader';

export interface PageSize {
  /** In PDF points (1/72 in). */
  width: number;
  height: number;
}

export type PdfState =
  | { status: 'loading' }
  | { status: 'ready'; document: PDFDocumentProxy; sizes: PageSize[] }
  | { status: 'failed'; error: unknown };

async function pageSizes(document: PDFDocumentProxy): Promise<PageSize[]> {
  const numbers = Array.from({ length: document.numPages }, (_, index) => index + 1);
  return Promise.all(
    numbers.map(async (number) => {
      const { width, height } = (await document.getPage(number)).getViewport({ scale: 1 });
      return { width, height };
    }),
  );
}

export function usePdfDocument(bytes: Uint8Array): PdfState {
  const [state, setState] = useState<PdfState>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    let destroy: (() => Promise<void>) | null = null;

    void (async () => {
      try {
        const pdfjs = await loadPdfJs();
        // pdf.js takes the buffer over: the bytes the user saves stay with the caller.
        const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false });
        destroy = () => task.destroy();
        if (!live) return void task.destroy();

        const document = await task.promise;
        const sizes = await pageSizes(document);
        if (live) setState({ status: 'ready', document, sizes });
      } catch (error) {
        if (live) setState({ status: 'failed', error });
      }
    })();

    return () => {
      live = false;
      void destroy?.();
    };
  }, [bytes]);

  return state;
}
