import { describe, expect, it } from 'vitest';

import { printedSections } from '@core/documents/pdf/build-document';
import { SECTION_IDS } from '@core/documents/pdf/registry';
import {
  defaultReportDefinition,
  resolveSections,
  restoreReportDefinition,
} from '@core/documents/report-definition';

describe('report definitions', () => {
  it('restores defaults from nothing and from garbage', () => {
    for (const raw of [undefined, null, 'x', { options: { status: 'maybe', version: '' } }]) {
      expect(restoreReportDefinition(raw).options).toEqual({
        status: 'draft',
        version: '1.0',
        confidentiality: 'confidential',
      });
    }
  });

  it('drops unknown sections and appends sections added since', () => {
    const stored = restoreReportDefinition({
      sections: [
        { id: 'telecom', enabled: false },
        { id: 'retired-section', enabled: true },
        { id: 'telecom', enabled: true },
      ],
    });

    const resolved = resolveSections(stored, ['summary', 'telecom']);

    expect(resolved).toEqual([
      { id: 'telecom', enabled: false },
      { id: 'summary', enabled: true },
    ]);
  });

  it('prints the cover first and leaves switched-off sections out', () => {
    const definition = defaultReportDefinition(SECTION_IDS);
    definition.sections = [
      { id: 'provenance', enabled: true },
      { id: 'cover', enabled: true },
      { id: 'toc', enabled: false },
    ];

    const printed = printedSections(definition);

    expect(printed[0]).toBe('cover');
    expect(printed[1]).toBe('provenance');
    expect(printed).not.toContain('toc');
    expect(printed).toHaveLength(SECTION_IDS.length - 1);
  });

  it('cuts free texts to the maximum length', () => {
    const definition = restoreReportDefinition({ texts: { summary: 'x'.repeat(30_000) } });
    expect(definition.texts.summary).toHaveLength(20_000);
  });
});
