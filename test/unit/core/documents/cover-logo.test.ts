// The cover's logo as the PDF prints it: an SVG logo is drawn as vectors once sanitised, and
// what it must not carry (scripts, outside references) never reaches the file.
import { describe, expect, it } from 'vitest';

import { renderChartSvg } from '@core/charts/document-svg';
import { buildReportDocument } from '@core/documents/pdf/build-document';
import { sanitiseSvg } from '@core/documents/pdf/svg-sanitise';
import { restoreReportDefinition } from '@core/documents/report-definition';

import { renderPdf } from '../../../../src-cli/render-pdf';
import { smallReport } from './fixtures';
import { pdfPagePaint } from './support/pdf-ops';
import { pdfPageTexts } from './support/pdf-text';

// Colours no other part of the cover uses, so finding them proves the logo was drawn.
const LOGO_SVG =
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" ' +
  'viewBox="0 0 120 40" onload="alert(1)"><script>alert(2)</script>' +
  '<rect width="40" height="40" fill="#13a57c"/>' +
  '<circle cx="80" cy="20" r="18" style="fill:#c2185b"/>' +
  '<image href="https://example.com/track.png" width="10" height="10"/></svg>';

function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

async function coverOf(logoDataUrl: string | null, consultantLogoDataUrl: string | null = null) {
  const data = smallReport({ logoDataUrl, consultantLogoDataUrl });
  const definition = restoreReportDefinition({ sections: [{ id: 'cover', enabled: true }] });
  const bytes = await renderPdf(buildReportDocument(data, definition, renderChartSvg));
  const [paint] = await pdfPagePaint(bytes);
  return { bytes, paint, text: (await pdfPageTexts(bytes))[0] };
}

describe('an SVG logo on the cover', () => {
  it('is drawn as vectors, base64 or percent-encoded, next to the client’s name', async () => {
    const plain = await coverOf(null);
    const encoded = await coverOf(`data:image/svg+xml;base64,${base64(LOGO_SVG)}`);
    const escaped = await coverOf(`data:image/svg+xml,${encodeURIComponent(LOGO_SVG)}`);

    expect(plain.paint.fills.has('#13a57c')).toBe(false);
    for (const cover of [encoded, escaped]) {
      expect([...cover.paint.fills]).toEqual(expect.arrayContaining(['#13a57c', '#c2185b']));
      expect(cover.paint.paths).toBeGreaterThan(plain.paint.paths);
      expect(cover.text).toBe(plain.text);
    }
    const latin = Buffer.from(encoded.bytes).toString('latin1');
    expect(latin).not.toContain('example.com');
    expect(latin).not.toContain('alert');
  }, 30_000);

  it('sits beside the consulting firm’s logo, each drawn in its own colours', async () => {
    const firm =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 60 20">' +
      '<rect width="60" height="20" fill="#6a1b9a"/></svg>';
    const client = `data:image/svg+xml;base64,${base64(LOGO_SVG)}`;

    const both = await coverOf(client, `data:image/svg+xml;base64,${base64(firm)}`);
    const clientOnly = await coverOf(client);

    expect([...both.paint.fills]).toEqual(expect.arrayContaining(['#13a57c', '#6a1b9a']));
    expect(clientOnly.paint.fills.has('#6a1b9a')).toBe(false);
    expect(both.text).toBe(clientOnly.text);
  }, 30_000);

  it('is left out, not fatal, when it is not an SVG at all', async () => {
    const plain = await coverOf(null);
    const broken = await coverOf(`data:image/svg+xml;base64,${base64('<html>no</html>')}`);

    expect(broken.paint.paths).toBe(plain.paint.paths);
    expect(broken.text).toBe(plain.text);
  }, 30_000);
});

describe('sanitiseSvg', () => {
  it('keeps shapes and internal references, drops scripts, handlers and outside links', () => {
    const svg = sanitiseSvg(
      '<svg viewBox="0 0 10 10"><defs><linearGradient id="g"><stop offset="0"/>' +
        '</linearGradient></defs><rect fill="url(#g)" onclick="x()" width="5" height="5"/>' +
        '<use href="#g"/><use xlink:href="http://evil/x.svg#a"/>' +
        '<foreignObject><div>html</div></foreignObject>' +
        '<style>@import url(http://evil/x.css); .a{fill:red}</style>' +
        '<path d="M0 0L5 5" style="fill:url(http://evil/p)"/></svg>',
    );

    expect(svg).toBe(
      '<svg viewBox="0 0 10 10"><defs><linearGradient id="g"><stop offset="0"/>' +
        '</linearGradient></defs><rect fill="url(#g)" width="5" height="5"/>' +
        '<use href="#g"/><use/><style></style><path d="M0 0L5 5"/></svg>',
    );
  });

  it('refuses a document type, which could declare entities', () => {
    const bomb = '<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg><text>&a;</text></svg>';

    expect(sanitiseSvg(bomb)).toBeNull();
  });
});
