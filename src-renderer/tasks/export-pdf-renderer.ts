// pdfmake in the browser and in the task worker: its browser build with the Roboto fonts from
// its virtual file system, loaded on first use (about 2 MB, kept out of the first chunk).
import type * as PdfMakeModule from 'pdfmake/build/pdfmake';

import type { PdfDocument } from '@core/documents/pdf/types';

type PdfMake = typeof PdfMakeModule;

let loading: Promise<PdfMake> | null = null;

async function loadPdfMake(): Promise<PdfMake> {
  const [{ default: pdfMake }, { default: vfs }] = await Promise.all([
    import('pdfmake/build/pdfmake'),
    import('pdfmake/build/vfs_fonts'),
  ]);
  pdfMake.addVirtualFileSystem(vfs);
  // Everything the report shows is embedded: nothing may be fetched while it renders.
  pdfMake.setUrlAccessPolicy(() => false);
  return pdfMake;
}

/** The PDF bytes of a document definition; `onProgress` gets fractions from 0 to 1. */
export async function renderPdfInWorker(
  document: PdfDocument,
  onProgress: (fraction: number) => void,
): Promise<Uint8Array> {
  loading ??= loadPdfMake();
  const pdfMake = await loading;

  pdfMake.setProgressCallback((fraction) => onProgress(fraction));
  try {
    const created = pdfMake.createPdf(document);
    const buffer = await created.getBuffer();
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } finally {
    pdfMake.setProgressCallback(() => undefined);
  }
}
