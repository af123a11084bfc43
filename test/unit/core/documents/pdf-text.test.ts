// The demo engagement's PDF report rendered to bytes as the command line does, then read back
// with pdf.js: these tests check what a reader of the file sees, not the document definition.
import { beforeAll, describe, expect, it } from 'vitest';

import { renderChartSvg } from '@core/charts/document-svg';
import { CLIENT } from '@core/demo/client';
import { createFormat } from '@core/documents/format';
import { buildReportDocument, printedSections } from '@core/documents/pdf/build-document';
import { SECTION_IDS, getSection } from '@core/documents/pdf/registry';
import { computeReportKpis, referenceDateOf } from '@core/documents/report-data';
import type { ReportData } from '@core/documents/report-data';
import { defaultReportDefinition } from '@core/documents/report-definition';
import type { ReportDefinition } from '@core/documents/report-definition';
import { documentTexts } from '@core/documents/texts';
import type { DocTexts } from '@core/documents/texts';
import { getKpiDefinition } from '@core/kpi/registry';

import { demoReportData } from '../../../../src-cli/demo-data';
import { renderPdf } from '../../../../src-cli/render-pdf';
import { pdfPageTexts, squeeze } from './support/pdf-text';

// Rendering the demo's nineteen pages takes a second or two; three renders in all.
const RENDER_TIMEOUT = 30_000;

// Spreadsheet-style formula injections, which the PDF must print as plain words.
const FORMULA_MODEL = '=cmd|calc!A0';
const FORMULA_TEXT = "=cmd|' /C calc'!A0 puis main-d’œuvre";

function definition(patch: Partial<ReportDefinition> = {}): ReportDefinition {
  return { ...defaultReportDefinition(SECTION_IDS), ...patch };
}

async function pagesOf(data: ReportData, chosen: ReportDefinition): Promise<string[]> {
  const document = buildReportDocument(data, chosen, renderChartSvg);
  return pdfPageTexts(await renderPdf(document));
}

/** The titles of the printed sections after the cover, in the definition's order. */
function sectionTitles(chosen: ReportDefinition, texts: DocTexts): string[] {
  return printedSections(chosen)
    .filter((id) => id !== 'cover')
    .flatMap((id) => {
      const section = getSection(id);
      return section ? [section.title(texts)] : [];
    });
}

/** For each page, the section title it opens with, if any; in page order. */
function openingTitles(pages: readonly string[], titles: readonly string[]): string[] {
  return pages.flatMap((page) => titles.filter((title) => page.startsWith(`${title} `)));
}

function pageOpening(pages: readonly string[], title: string): number {
  return pages.findIndex((page) => page.startsWith(`${title} `)) + 1;
}

describe('the demo engagement’s PDF report, read back from its bytes', () => {
  const fr = documentTexts('fr');
  const draft = definition();
  let data: ReportData;
  let pages: string[];

  beforeAll(async () => {
    data = demoReportData('fr');
    pages = await pagesOf(data, draft);
  }, RENDER_TIMEOUT);

  it('opens each section on a page of its own, in order, with French titles', () => {
    const titles = sectionTitles(draft, fr);

    expect(openingTitles(pages, titles)).toEqual(titles);
    expect(titles).toEqual(
      expect.arrayContaining(['Synthèse', 'Économies', 'Annexe : provenance des données']),
    );
  });

  it('lists each section in the table of contents with the page it opens on', () => {
    const titles = sectionTitles(draft, fr);
    const after = titles.slice(titles.indexOf(fr.toc) + 1);
    const toc = pages[pageOpening(pages, fr.toc) - 1] ?? '';

    expect(after.length).toBeGreaterThan(10);
    for (const title of after) expect(toc).toContain(`${title} ${pageOpening(pages, title)}`);
  });

  it('names the client on the cover, which carries no page number', () => {
    const cover = pages[0] ?? '';

    expect(cover).toContain(`Préparé pour ${CLIENT.name}`);
    expect(cover).toContain(data.engagement.consultant);
    expect(cover).not.toMatch(/Page \d+ sur/);
  });

  it('numbers every page after the cover "Page N sur M", M being the page count', () => {
    const count = pages.length;

    expect(count).toBeGreaterThanOrEqual(SECTION_IDS.length);
    pages.slice(1).forEach((page, index) => {
      expect(page).toContain(`Page ${index + 2} sur ${count}`);
      expect(page).toContain(CLIENT.name);
    });
  });

  it('prints the compliance rate computeReportKpis gives, formatted in French', () => {
    const kpis = computeReportKpis(
      data,
      referenceDateOf(data.engagement, data.invoices, data.generatedAt),
    );
    const result = kpis.find((kpi) => kpi.id === 'devices.complianceRate');
    const kpi = getKpiDefinition('devices.complianceRate');
    if (!result || !kpi) throw new Error('the compliance rate KPI is missing');
    const fmt = createFormat('fr', data.engagement.currency);
    const printed = squeeze(fmt.kpi(result.value, kpi.unit));
    const dashboard = pages[pageOpening(pages, fr.kpis.title) - 1] ?? '';

    expect(printed).toMatch(/^\d+,\d %$/);
    expect(dashboard).toContain(`${kpi.label.fr} ${printed}`);
  });

  it('keeps French accents, apostrophes and the euro sign', () => {
    const text = pages.join(' ');
    const words = ['Préparé', 'Synthèse', 'À surveiller', 'reçu', 'Économies', 'fantômes'];

    for (const word of words) expect(text).toContain(word);
    expect(text).toContain('Grille d’audit');
    expect(text).toMatch(/\d €/);
  });

  it('prints the BROUILLON watermark on every page of a draft', () => {
    for (const page of pages) expect(page).toContain(fr.draft);
  });
});

describe('a final French report and an English one, read back from their bytes', () => {
  it(
    'drops the watermark once final and prints formula-like text as plain words',
    async () => {
      const demo = demoReportData('fr');
      const population = {
        id: 'p1',
        name: 'Terrain',
        departments: ['Logistique'],
        ownership: 'COPE',
        profile: 'advanced',
        restrictions: ['passcode'],
        allowedModels: [FORMULA_MODEL],
      };
      const data: ReportData = { ...demo, records: { 'method-population': [population] } };
      const final = definition({
        options: { ...definition().options, status: 'final' },
        texts: { conclusions: FORMULA_TEXT },
      });

      const pages = await pagesOf(data, final);
      const fr = documentTexts('fr');
      const page = (title: string) => pages.find((text) => text.startsWith(`${title} `)) ?? '';

      for (const text of pages) expect(text).not.toContain(fr.draft);
      expect(pages[1]).toContain(`Page 2 sur ${pages.length}`);
      expect(pages[1]).toContain(fr.status.final);
      expect(page(fr.governance.title)).toContain(FORMULA_MODEL);
      expect(page(fr.conclusions.title)).toContain(FORMULA_TEXT);
    },
    RENDER_TIMEOUT,
  );

  it(
    'speaks English in an English engagement: titles, page numbers and DRAFT watermark',
    async () => {
      const draft = definition();
      const en = documentTexts('en');
      const pages = await pagesOf(demoReportData('en'), draft);
      const titles = sectionTitles(draft, en);
      const text = pages.join(' ');

      expect(openingTitles(pages, titles)).toEqual(titles);
      expect(titles).toEqual(expect.arrayContaining(['Executive summary']));
      expect(pages[1]).toContain(`Page 2 of ${pages.length}`);
      for (const page of pages) expect(page).toContain('DRAFT');
      expect(text).not.toContain('Synthèse');
      expect(text).not.toContain('BROUILLON');
    },
    RENDER_TIMEOUT,
  );
});
