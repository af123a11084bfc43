// pdf.js for the preview, loaded on first use (about 1.5 MB with its worker). Its worker is
// bundled by Vite as a module worker of the app itself, so nothing comes from the network and
// the CSP's worker-src 'self' is enough.
import type * as PdfJsModule from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?worker&url';

type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | null = null;

async function load(): Promise<PdfJs> {
  const pdfjs = await import('pdfjs-dist');
  // One worker serves every preview of the session; pdf.js multiplexes documents over it.
  pdfjs.GlobalWorkerOptions.workerPort = new Worker(workerUrl, { type: 'module' });
  return pdfjs;
}

/** The pdf.js module with its worker started. */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= load().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
