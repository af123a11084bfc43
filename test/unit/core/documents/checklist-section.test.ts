import { describe, expect, it } from 'vitest';

import { renderChartSvg } from '@core/charts/document-svg';
import { buildReportDocument } from '@core/documents/pdf/build-document';
import { SECTION_IDS } from '@core/documents/pdf/registry';
import { defaultReportDefinition } from '@core/documents/report-definition';

import { smallReport } from './fixtures';

const definition = {
  ...defaultReportDefinition(SECTION_IDS),
  sections: [{ id: 'checklist', enabled: true }],
};

function printed(records: Record<string, unknown[]>): string {
  const data = { ...smallReport(), records };
  return JSON.stringify(buildReportDocument(data, definition, renderChartSvg).content);
}

describe('the checklist section', () => {
  it('scores the recorded answers against the shipped catalogue', () => {
    // Weights 3 and 2: (3 x 1 + 2 x 0.5) / 5 = 80 for the inventory area and overall.
    const text = printed({
      'checklist-answer': [
        { questionId: 'inv-register-complete', value: 'yes' },
        { questionId: 'inv-ghost-devices', value: 'partly' },
        { questionId: 'broken' },
      ],
    });

    expect(text).toContain('Score global : 80 sur 100, maturité « Optimisée »');
    expect(text).toContain('Inventaire et visibilité du parc');
    expect(text).toMatch(/"80".*"2 \/ \d+"/);
  });

  it('says so when nothing has been answered', () => {
    expect(printed({})).toContain('Aucune réponse à la grille d’audit');
  });
});
