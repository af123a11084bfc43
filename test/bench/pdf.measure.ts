// The whole PDF report of the 50,000-device engagement (sections, tables, charts drawn to SVG)
// against pdfmake alone rendering the same document definition. KPIs are computed beforehand,
// as the app's export receives them from the dashboard task; kpis.measure.ts times them.
import { expect, test } from 'vitest';

import { renderChartSvg } from '@core/charts/document-svg';
import { buildReportDocument } from '@core/documents/pdf/build-document';
import { SECTION_IDS } from '@core/documents/pdf/registry';
import { defaultReportDefinition } from '@core/documents/report-definition';

import { renderPdf } from '../../src-cli/render-pdf';
import { peakRssMb, round, writeFigures } from './support/figures';
import { largeReportData } from './support/large-report';

const RUNS = 7;

test('pdf report', async () => {
  const data = largeReportData();
  const definition = defaultReportDefinition(SECTION_IDS);
  const build = () => buildReportDocument(data, definition, renderChartSvg);

  await renderPdf(build());
  const app: number[] = [];
  const pdfmake: number[] = [];
  let size = 0;
  for (let run = 0; run < RUNS; run++) {
    let started = performance.now();
    const bytes = await renderPdf(build());
    app.push(performance.now() - started);
    size = bytes.byteLength;

    // pdfmake lays out (and annotates) the definition it is given: each run gets a fresh one.
    const document = build();
    started = performance.now();
    await renderPdf(document);
    pdfmake.push(performance.now() - started);
  }
  expect(size).toBeGreaterThan(10_000);

  const median = (times: number[]) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  const appMs = median(app);
  const pdfmakeMs = median(pdfmake);
  writeFigures('pdf', {
    pdfRatio: round(appMs / pdfmakeMs, 2),
    pdfMs: round(appMs),
    pdfmakeMs: round(pdfmakeMs),
    pdfKb: Math.round(size / 1024),
    pdfPeakMb: peakRssMb(),
  });
});
