import { describe, expect, it } from 'vitest';

import {
  mergeCustomQuestions,
  newCustomQuestionId,
  restoreCustomQuestion,
} from '@core/checklist/custom-questions';

import { catalogue } from './fixtures';

function custom(id: string, sectionId: string, fr: string, en = '') {
  return restoreCustomQuestion({ id, engagementId: 'eng-1', sectionId, text: { fr, en } });
}

describe('restoreCustomQuestion', () => {
  it('fills the missing language with the written one and defaults the weight to 2', () => {
    const question = custom('custom-1', 'inv', 'Les tablettes sont-elles étiquetées ?');

    expect(question.text).toEqual({
      fr: 'Les tablettes sont-elles étiquetées ?',
      en: 'Les tablettes sont-elles étiquetées ?',
    });
    expect(question.weight).toBe(2);
    expect(question.phase).toBeNull();
  });

  it('refuses an id without the custom prefix, which could clash with a catalogue id', () => {
    expect(() => custom('inv-extra', 'inv', 'Texte ?')).toThrow();
  });

  it('refuses a question with no text in either language', () => {
    expect(() => custom('custom-1', 'inv', '  ')).toThrow();
  });

  it('makes ids with the custom prefix', () => {
    expect(newCustomQuestionId()).toMatch(/^custom-[0-9a-f-]{36}$/);
  });
});

describe('mergeCustomQuestions', () => {
  const base = catalogue({ inv: [['inv-a', 3]], sec: [['sec-a', 1]] });

  it('appends custom questions at the end of their section, in the given order', () => {
    const merged = mergeCustomQuestions(base, [
      custom('custom-2', 'inv', 'Deux ?'),
      custom('custom-1', 'inv', 'Un ?'),
    ]);

    expect(merged.catalogue.sections[0].questions.map((q) => [q.id, q.origin])).toEqual([
      ['inv-a', 'catalogue'],
      ['custom-2', 'custom'],
      ['custom-1', 'custom'],
    ]);
    expect(merged.unplaced).toEqual([]);
  });

  it('hands back questions whose section is unknown or whose id is taken', () => {
    const lost = custom('custom-1', 'retired', 'Perdue ?');
    const twin = custom('custom-2', 'sec', 'Jumelle ?');

    const merged = mergeCustomQuestions(base, [twin, lost, twin]);

    expect(merged.unplaced.map((u) => [u.question.id, u.reason])).toEqual([
      ['custom-1', 'unknown-section'],
      ['custom-2', 'duplicate-id'],
    ]);
    expect(merged.catalogue.sections[1].questions).toHaveLength(2);
  });

  it('leaves the shipped catalogue untouched', () => {
    mergeCustomQuestions(base, [custom('custom-1', 'inv', 'Un ?')]);

    expect(base.sections[0].questions).toHaveLength(1);
  });
});
