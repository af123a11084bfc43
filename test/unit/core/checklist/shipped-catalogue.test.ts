import { describe, expect, it } from 'vitest';

import { checkCatalogue, duplicateIds, restoreCatalogue } from '@core/checklist/catalogue';
import { DATA_HINT_IDS } from '@core/checklist/data-hints';

import { readShippedCatalogue } from './fixtures';

describe('the shipped catalogue', () => {
  const catalogue = restoreCatalogue(readShippedCatalogue());
  const questions = catalogue.sections.flatMap((s) => s.questions);

  it('validates without a single problem', () => {
    expect(checkCatalogue(readShippedCatalogue())).toMatchObject({ ok: true });
  });

  it('has the seven sections of the guide, in order, each with every point of the guide', () => {
    // Points per section in the guide: 4, 7, 6, 6, 5, 5, 4 = 37.
    expect(catalogue.sections.map((s) => [s.id, s.questions.length])).toEqual([
      ['inventory', 4],
      ['security', 7],
      ['costs', 6],
      ['processes', 6],
      ['user-experience', 5],
      ['steering', 5],
      ['sustainability', 4],
    ]);
  });

  it('gives every section a title and every question its texts in French and English', () => {
    for (const section of catalogue.sections) {
      expect(section.title.fr && section.title.en).toBeTruthy();
    }

    for (const q of questions) {
      const texts = [q.text, q.guidance, q.action ?? { fr: '', en: '' }];
      expect(
        texts.every((t) => t.fr.trim() !== '' && t.en.trim() !== ''),
        q.id,
      ).toBe(true);
      expect(q.text.fr.endsWith('?') && q.text.en.endsWith('?'), q.id).toBe(true);
    }
  });

  it('uses each section and question id once', () => {
    expect(duplicateIds(catalogue)).toEqual([]);
    expect(new Set(questions.map((q) => q.id)).size).toBe(37);
  });

  it('points to every data hint exactly once', () => {
    const hints = questions.flatMap((q) => (q.dataHint ? [q.dataHint] : []));

    expect([...hints].sort()).toEqual([...DATA_HINT_IDS].sort());
  });

  it('puts a phase on every question, so generated actions land in a meaningful phase', () => {
    expect(questions.filter((q) => q.phase === null).map((q) => q.id)).toEqual([]);
  });
});
