import { describe, expect, it } from 'vitest';

import { renderChartSvg } from '@core/charts/document-svg';
import { buildReportDocument } from '@core/documents/pdf/build-document';
import { SECTION_IDS } from '@core/documents/pdf/registry';
import { defaultReportDefinition } from '@core/documents/report-definition';

import { demoReportData } from '../../../src-cli/demo-data';
import { renderPdf } from '../../../src-cli/render-pdf';

/** The page count a PDF's page tree declares. */
function declaredPages(bytes: Uint8Array): number {
  const text = Buffer.from(bytes).toString('latin1');
  const match = /\/Type \/Pages\s*\/Count (\d+)/.exec(text);
  return match ? Number(match[1]) : -1;
}

describe('the demo engagement’s PDF report, built in Node', () => {
  it('is a PDF with as many pages as the footer numbered', async () => {
    const data = demoReportData('fr');
    const document = buildReportDocument(
      data,
      defaultReportDefinition(SECTION_IDS),
      renderChartSvg,
    );
    let counted = 0;
    const footer = document.footer;
    document.footer = (page, count) => {
      counted = count;
      return footer?.(page, count) ?? null;
    };

    const bytes = await renderPdf(document);

    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(counted).toBeGreaterThanOrEqual(SECTION_IDS.length);
    expect(declaredPages(bytes)).toBe(counted);
  }, 60_000);
});
