import { describe, expect, it } from 'vitest';

import { renderChartSvg } from '@core/charts/document-svg';
import { buildReportDocument } from '@core/documents/pdf/build-document';
import { SECTION_IDS } from '@core/documents/pdf/registry';
import type { PdfCell, PdfContent, PdfTable } from '@core/documents/pdf/types';
import { defaultReportDefinition } from '@core/documents/report-definition';
import { RECORD_KINDS } from '@core/documents/records/kinds';
import type { ReportData } from '@core/documents/report-data';

import { smallReport } from './fixtures';
import { fullReport } from './record-fixtures';

function section(id: string, data: ReportData = fullReport()): PdfContent[] {
  // Sections a definition leaves out are printed: each one is switched off explicitly.
  const sections = SECTION_IDS.map((known) => ({ id: known, enabled: known === id }));
  const definition = { ...defaultReportDefinition(SECTION_IDS), sections };
  return buildReportDocument(data, definition, renderChartSvg).content;
}

function cellText(cell: PdfCell): string {
  if (typeof cell === 'string') return cell;
  if ('stack' in cell) return cell.stack.map((c) => cellText(c as PdfCell)).join(' ');
  return typeof cell.text === 'string' ? cell.text : JSON.stringify(cell.text);
}

// Every table of the section, each as its body rows (header left out) of plain texts.
function tables(content: PdfContent[]): string[][][] {
  const found: string[][][] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    if ('table' in node) {
      const body = (node as PdfTable).table.body.slice(1);
      found.push(body.map((row) => row.map(cellText)));
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(walk);
    }
  };
  content.forEach(walk);
  return found;
}

const svgs = (content: PdfContent[]) => (JSON.stringify(content).match(/"svg":"/g) ?? []).length;

describe('the action plan section', () => {
  it('lists every action, the highest priority first, with its band, owner and cost', () => {
    const [rows] = tables(section('action-plan'));

    expect(rows.map((row) => row[1])).toEqual([
      'Purger les appareils fantômes',
      '=Former les managers',
      'Inscrire tous les terminaux dans la solution MDM/EMM',
    ]);
    expect(rows[0]).toEqual([
      'P1 · 4,8',
      'Purger les appareils fantômes',
      'Marie Dupont',
      '15 janv. 2027',
      'En cours',
      '1\u00a0200\u00a0€',
    ]);
    expect(rows[2][0]).toBe('à noter');
  });

  it('draws the checklist radar and the impact / effort matrix in the checklist section', () => {
    const content = section('checklist');

    expect(svgs(content)).toBe(2);
    expect(JSON.stringify(content)).toContain('Matrice impact / effort');
  });
});

describe('the vendor comparison section', () => {
  it('ranks the contenders and names why the eliminated vendor is out', () => {
    const [weights, ranking, sensitivity] = tables(section('vendors'));

    expect(weights.map((row) => [row[0], row[2], row[3], row[4]])).toEqual([
      ['Chiffrement', '50', '50\u00a0%', '≥ 3'],
      ['Intégration annuaire', '30', '30\u00a0%', '—'],
      ['Coût', '20', '20\u00a0%', '—'],
    ]);
    expect(ranking.map((row) => row.slice(0, 3))).toEqual([
      ['1', 'Alpha MDM', '3,9'],
      ['2', 'Gamma EMM', '3,1'],
      ['—', 'Beta UEM', '3,5'],
    ]);
    expect(ranking[2][4]).toContain('Chiffrement : 2 sous le seuil de 3');
    expect(sensitivity).toHaveLength(3);
    // The weighted-score bars and the radar of the vendors' profiles.
    expect(svgs(section('vendors'))).toBe(2);
  });
});

describe('the savings section and the summary', () => {
  it('lists the accepted savings only, with their total', () => {
    const [rows] = tables(section('savings'));

    expect(rows.map((row) => row[0])).toEqual(['+33612345678', '+33698765432', 'Total']);
    expect(rows[2].slice(4)).toEqual(['29,90\u00a0€', '358,80\u00a0€']);
  });

  it('gives the yearly accepted savings and the rated actions in the summary', () => {
    const text = JSON.stringify(section('summary'));

    expect(text).toContain('359\u00a0€');
    expect(text).toContain('Économies retenues par an HT');
    expect(text).toMatch(/P1 · 4,8.*Purger les appareils fantômes.*P3 · 2,2/);
  });
});

describe('the roadmap and governance sections', () => {
  it('shows the seven phases with the gate decision and the waves in order', () => {
    const content = section('roadmap');
    const [phases, waves] = tables(content);

    expect(phases).toHaveLength(7);
    expect(phases[0]).toEqual([
      'Audit et cadrage',
      '50\u00a0%',
      '1 / 2',
      '1 / 1',
      'Go le 10 nov. 2026 par Comité',
    ]);
    expect(waves.map((row) => [row[0], row[2], row[3], row[4]])).toEqual([
      ['Vague 1 – Finance', '40', '30', '75\u00a0%'],
      ['Vague 2 – Siège', '200', '0', '0\u00a0%'],
    ]);
    expect(svgs(content)).toBe(1);
  });

  it('describes each population by name', () => {
    const [rows] = tables(section('governance'));

    expect(rows.map((row) => row.slice(1))).toEqual([
      ['COBO', 'Élevé', 'VPN toujours actif', 'tous'],
      ['COPE', 'Renforcé', 'Code de verrouillage\nProfil professionnel séparé', 'Galaxy A54'],
    ]);
    expect(rows[1][0]).toContain('Terrain');
  });

  it("writes each population's access rules, container and monitoring statement", () => {
    const text = JSON.stringify(section('governance'));

    // "Direction" has the high profile and no stored rules: the profile's defaults apply.
    expect(text).toContain('Politique de Direction');
    expect(text).toContain(
      'Accès conditionnel : appareil conforme exigé · de 07:00 à 20:00 · ' +
        'Wi-Fi de l’entreprise ou VPN seulement',
    );
    expect(text).toContain('Données professionnelles en conteneur');
    expect(text).toContain('Ce qui est surveillé : Sur cet appareil professionnel');
  });

  it("prints a BYOD population's own privacy wording as the consultant wrote it", () => {
    const report = fullReport();
    const byod = {
      id: 'p3',
      name: 'Commerciaux',
      ownership: 'BYOD',
      profile: 'standard',
      restrictions: [],
      statement: 'Nous ne voyons ni vos photos ni vos messages.',
    };
    const data = { ...report, records: { 'method-population': [byod] } };

    const text = JSON.stringify(section('governance', data));

    expect(text).toContain('Ce qui est surveillé : Nous ne voyons ni vos photos ni vos messages.');
    expect(text).toContain('Accès conditionnel : sans condition de conformité · tout réseau');
  });
});

describe('sections without records', () => {
  it.each([
    ['action-plan', 'Aucune action'],
    ['vendors', 'Aucune grille de comparaison'],
    ['savings', 'Aucune économie'],
    ['roadmap', 'Aucune phase ni vague'],
    ['governance', 'Aucune population'],
  ])('%s says there is nothing yet', (id, words) => {
    expect(JSON.stringify(section(id, smallReport()))).toContain(words);
  });

  it('names the record kinds the features write', () => {
    expect(Object.values(RECORD_KINDS)).toContain('method-wave');
  });
});
