import { describe, expect, it } from 'vitest';

import {
  listedSections,
  moveSection,
  setOptions,
  setSectionText,
  toggleSection,
} from '@core/documents/definition-edits';
import { SECTION_IDS } from '@core/documents/pdf/registry';
import { defaultReportDefinition } from '@core/documents/report-definition';

const base = defaultReportDefinition(SECTION_IDS);
const order = (definition = base) => listedSections(definition).map((s) => s.id);

describe('editing a report definition', () => {
  it('moves a section one place and never past or before the cover', () => {
    const up = moveSection(base, 'toc', -1);

    expect(order(up).slice(0, 3)).toEqual(['cover', 'toc', 'document-control']);
    expect(moveSection(base, 'document-control', -1)).toBe(base);
    expect(moveSection(base, 'cover', 1)).toBe(base);
    expect(moveSection(base, 'provenance', 1)).toBe(base);
  });

  it('switches sections, sets texts and options without touching the rest', () => {
    const edited = setOptions(setSectionText(toggleSection(base, 'toc'), 'summary', 'Texte'), {
      status: 'final',
    });

    expect(listedSections(edited).find((s) => s.id === 'toc')?.enabled).toBe(false);
    expect(edited.texts).toEqual({ summary: 'Texte' });
    expect(edited.options).toEqual({
      status: 'final',
      version: '1.0',
      confidentiality: 'confidential',
    });
    expect(base.texts).toEqual({});
  });
});
