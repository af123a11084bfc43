// The vendor comparison's radar, read back from the PDF: the chart is drawn between the ranking
// and the sensitivity table, names the top vendors and the themes, and holds to five vendors.
import { describe, expect, it } from 'vitest';

import { renderChartSvg } from '@core/charts/document-svg';
import { buildReportDocument } from '@core/documents/pdf/build-document';
import { SECTION_IDS } from '@core/documents/pdf/registry';
import { RADAR_VENDORS } from '@core/documents/pdf/sections/vendors-radar';
import { defaultReportDefinition } from '@core/documents/report-definition';
import type { ReportData } from '@core/documents/report-data';

import { renderPdf } from '../../../../src-cli/render-pdf';
import { grid } from './record-fixtures';
import { fullReport } from './record-fixtures';
import { pdfPagePaint } from './support/pdf-ops';
import { pdfPageTexts } from './support/pdf-text';

const GROUPS = ['security', 'integration', 'cost'];
const EXTRA = ['Delta', 'Epsilon', 'Zeta', 'Eta'].map((name, n) => ({ id: `x${n}`, name }));

/** The fixture grid over three themes, with `extra` contenders scored below the first two. */
function report(extra: typeof EXTRA = []): ReportData {
  const data = fullReport();
  const themed = {
    ...grid,
    criteria: grid.criteria.map((c, index) => ({ ...c, group: GROUPS[index] })),
    vendors: [...grid.vendors, ...extra],
    scores: [
      ...grid.scores,
      ...extra.flatMap((v) =>
        grid.criteria.map((c, index) => ({
          evaluatorId: 'ev1',
          vendorId: v.id,
          criterionId: c.id,
          // 3 meets the must-have on encryption: they stay in the ranking, at 2.0 out of 5.
          value: index === 0 ? 3 : 1,
        })),
      ),
    ],
  };
  return { ...data, records: { ...data.records, 'vendor-grid': [themed] } };
}

async function vendorsPdf(data: ReportData) {
  const sections = SECTION_IDS.map((id) => ({ id, enabled: id === 'vendors' }));
  const definition = { ...defaultReportDefinition(SECTION_IDS), sections };
  const bytes = await renderPdf(buildReportDocument(data, definition, renderChartSvg));
  return { text: (await pdfPageTexts(bytes)).join(' '), paint: await pdfPagePaint(bytes) };
}

/** The text printed between the radar's title and the sensitivity heading. */
function radarText(text: string): string {
  const start = text.search(/Profil par thème des \d+ premiers éditeurs/);
  const end = text.indexOf('Sensibilité du classement');
  expect(start).toBeGreaterThan(-1);
  return text.slice(start, end);
}

describe('the radar of the vendor comparison section', () => {
  it('draws the vendors’ profiles over the weighted themes, as on the Vendors screen', async () => {
    const { text, paint } = await vendorsPdf(report());
    const radar = radarText(text);

    expect(radar).toContain('Profil par thème des 3 premiers éditeurs');
    for (const name of ['Alpha MDM', 'Gamma EMM', 'Beta UEM']) expect(radar).toContain(name);
    for (const theme of ['Sécurité', 'Intégration', 'Coût']) expect(radar).toContain(theme);
    // The vendors keep their screen colours (the palette's first three).
    const fills = new Set(paint.flatMap((page) => [...page.fills]));
    for (const colour of ['#1f4e79', '#f0a202', '#2e8b57']) expect(fills).toContain(colour);
  }, 30_000);

  it('keeps to the best-ranked vendors when the grid has more', async () => {
    const { text } = await vendorsPdf(report(EXTRA));
    const radar = radarText(text);

    expect(radar).toContain(`Profil par thème des ${RADAR_VENDORS} premiers éditeurs`);
    // Seven vendors: one of the four tied at 2.0 and the eliminated Beta, ranked last, are out.
    const shown = ['Alpha MDM', 'Gamma EMM', 'Beta UEM', ...EXTRA.map((v) => v.name)].filter(
      (name) => radar.includes(name),
    );
    expect(shown).toHaveLength(RADAR_VENDORS);
    expect(radar).not.toContain('Beta UEM');
  }, 30_000);
});
