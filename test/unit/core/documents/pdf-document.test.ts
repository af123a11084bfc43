import { describe, expect, it } from 'vitest';

import { renderChartSvg } from '@core/charts/document-svg';
import { buildReportDocument } from '@core/documents/pdf/build-document';
import { SECTION_IDS } from '@core/documents/pdf/registry';
import type { PdfContent, PdfDocument, PdfTable } from '@core/documents/pdf/types';
import { defaultReportDefinition } from '@core/documents/report-definition';
import type { ReportDefinition } from '@core/documents/report-definition';

import { SHA, smallReport } from './fixtures';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDw' +
  'ADhgGAWjR9awAAAABJRU5ErkJggg==';

function definition(patch: Partial<ReportDefinition> = {}): ReportDefinition {
  return { ...defaultReportDefinition(SECTION_IDS), ...patch };
}

/** Every node of the content tree, depth first. */
function nodes(content: readonly PdfContent[]): PdfContent[] {
  return content.flatMap((node): PdfContent[] => {
    if (typeof node === 'string') return [node];
    const children = [
      ...('stack' in node ? node.stack : []),
      ...('columns' in node ? node.columns : []),
      ...('ul' in node ? node.ul : []),
    ];
    return [node, ...nodes(children)];
  });
}

/** All the words the document prints, as one string. */
function words(document: PdfDocument): string {
  return JSON.stringify(document.content);
}

function build(patch: Partial<ReportDefinition> = {}, locale: 'fr' | 'en' = 'fr') {
  return buildReportDocument(smallReport({ locale }), definition(patch), renderChartSvg);
}

describe('the PDF report definition', () => {
  it('lists the sections in the table of contents, in the chosen order', () => {
    const document = build({
      sections: [
        { id: 'cover', enabled: true },
        { id: 'conclusions', enabled: true },
        { id: 'summary', enabled: true },
      ],
      texts: { conclusions: 'Réduire le parc.\n\n- Résilier 12 lignes\n- Migrer' },
    });

    const toc = nodes(document.content).filter(
      (node) => typeof node === 'object' && 'tocItem' in node && node.tocItem,
    );
    const titles = toc.map((node) => (node as { text: string }).text);
    expect(titles.slice(0, 2)).toEqual(['Conclusions et recommandations', 'Synthèse']);
    expect(nodes(document.content).some((n) => typeof n === 'object' && 'toc' in n)).toBe(true);
    expect(words(document)).toContain('Résilier 12 lignes');
  });

  it('writes the cover, document control and provenance with the engagement’s details', () => {
    const document = build({
      options: { status: 'final', version: '2.0', confidentiality: 'restricted' },
    });
    const text = words(document);

    expect(text).toContain('Client Été');
    expect(text).toContain('Camille Roussel');
    expect(text).toContain('Diffusion restreinte');
    expect(text).toContain('inventaire.csv');
    expect(text).toContain(SHA.slice(0, 32));
    expect(document.watermark).toBeUndefined();
  });

  it('marks a draft with a watermark and speaks English for an English engagement', () => {
    const document = build({}, 'en');

    expect(document.watermark?.text).toBe('DRAFT');
    expect(words(document)).toContain('Executive summary');
    expect(words(document)).toContain('Appendix: data provenance');
  });

  it('repeats the header row of every table and embeds charts as SVG', () => {
    const all = nodes(build().content);
    const tables = all.filter(
      (node): node is PdfTable => typeof node === 'object' && 'table' in node,
    );
    const svgs = all.filter((node) => typeof node === 'object' && 'svg' in node);

    expect(tables.length).toBeGreaterThan(5);
    for (const table of tables) expect(table.table.headerRows).toBe(1);
    // The dashboard overview's OS releases and age pyramid, then the monthly spend.
    expect(svgs).toHaveLength(3);
    for (const svg of svgs) expect((svg as { svg: string }).svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect((svgs[0] as { svg: string }).svg).toContain('iOS 17');
    expect((svgs[1] as { svg: string }).svg).toContain('Moins d’un an');
  });

  it('numbers pages in the footer and leaves the cover without header or footer', () => {
    const document = build();

    expect(document.header?.(1, 9)).toBeNull();
    expect(document.footer?.(1, 9)).toBeNull();
    expect(JSON.stringify(document.footer?.(3, 9))).toContain('Page 3 sur 9');
    expect(JSON.stringify(document.header?.(3, 9))).toContain('Client Été');
  });

  it('puts a PNG logo on the cover and leaves other formats out', () => {
    const withPng = buildReportDocument(
      smallReport({ logoDataUrl: PNG }),
      definition(),
      renderChartSvg,
    );
    const withSvg = buildReportDocument(
      smallReport({ logoDataUrl: 'data:image/svg+xml;base64,PHN2Zz4=' }),
      definition(),
      renderChartSvg,
    );

    const images = (doc: PdfDocument) =>
      nodes(doc.content).filter((node) => typeof node === 'object' && 'image' in node);
    expect(images(withPng)).toHaveLength(1);
    expect(images(withSvg)).toHaveLength(0);
  });

  it('shows French figures with spaces Roboto can print', () => {
    const text = words(build());
    expect(text).not.toContain('\u202f');
    expect(text).toContain('56,76\u00a0€');
    expect(text).toContain('12,4\u00a0%');
  });
});
