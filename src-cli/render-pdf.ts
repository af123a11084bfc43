// Turns a report's document definition into PDF bytes under Node, with the same Roboto fonts
// the app embeds, and no access to the network or to files beyond those fonts.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import type * as PdfMakeModule from 'pdfmake';

import type { PdfDocument } from '@core/documents/pdf/types';

type PdfMake = typeof PdfMakeModule;

const require = createRequire(import.meta.url);
let configured: PdfMake | null = null;

// Fonts are files under Node: the SVG renderer opens them by path, the virtual file system
// would not reach it.
function pdfMake(): PdfMake {
  if (configured) return configured;

  const pdfmake = require('pdfmake') as PdfMake;
  const folder = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  pdfmake.setFonts({
    Roboto: {
      normal: join(folder, 'Roboto-Regular.ttf'),
      bold: join(folder, 'Roboto-Medium.ttf'),
      italics: join(folder, 'Roboto-Italic.ttf'),
      bolditalics: join(folder, 'Roboto-MediumItalic.ttf'),
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(folder));

  configured = pdfmake;
  return pdfmake;
}

/** The PDF bytes of a document definition. */
export async function renderPdf(document: PdfDocument): Promise<Uint8Array> {
  const created = pdfMake().createPdf(document);
  const buffer = await created.getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
