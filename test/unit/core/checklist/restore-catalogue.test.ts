import { describe, expect, it } from 'vitest';

import { checkCatalogue, indexQuestions, restoreCatalogue } from '@core/checklist/catalogue';
import { AppError } from '@core/errors/app-error';

import { rawCatalogue, rawQuestion } from './fixtures';

function problemsOf(raw: unknown): string[] {
  const check = checkCatalogue(raw);
  return check.ok ? [] : check.problems;
}

describe('restoreCatalogue', () => {
  it('fills absent optional fields with null and marks questions as shipped', () => {
    const catalogue = restoreCatalogue(rawCatalogue({ inv: [['inv-a', 2]] }));

    expect(catalogue.sections[0].questions[0]).toMatchObject({
      id: 'inv-a',
      weight: 2,
      action: null,
      dataHint: null,
      phase: null,
      origin: 'catalogue',
    });
  });

  it('names the missing English text by its path', () => {
    const raw = rawCatalogue({ inv: [] });
    raw.sections = [
      { id: 'inv', title: { fr: 'Inventaire', en: 'Inventory' }, questions: [] },
      {
        id: 'sec',
        title: { fr: 'Sécurité', en: 'Security' },
        questions: [{ ...rawQuestion('sec-a', 1), text: { fr: 'Texte ?', en: '  ' } }],
      },
    ];

    const problems = problemsOf(raw);

    expect(problems.some((p) => p.startsWith('sections.0.questions:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('sections.1.questions.0.text.en:'))).toBe(true);
  });

  it('refuses a question id used in two sections', () => {
    const raw = rawCatalogue({ a: [['same', 1]], b: [['same', 2]] });

    expect(problemsOf(raw)).toEqual(["duplicate question id 'same'"]);
  });

  it('refuses a weight outside 1-3, an unknown data hint and a non-kebab id', () => {
    const raw = rawCatalogue({ a: [] });
    raw.sections = [
      {
        id: 'a',
        title: { fr: 'A', en: 'A' },
        questions: [
          rawQuestion('a-1', 4),
          rawQuestion('a-2', 1, { dataHint: 'moon-phase' }),
          rawQuestion('A_3', 1),
        ],
      },
    ];

    const paths = problemsOf(raw).map((p) => p.split(':')[0]);

    expect(paths).toEqual([
      'sections.0.questions.0.weight',
      'sections.0.questions.1.dataHint',
      'sections.0.questions.2.id',
    ]);
  });

  it('refuses a file written by a newer schema version', () => {
    const raw = { ...rawCatalogue({ a: [['a-1', 1]] }), schemaVersion: 2 };

    expect(problemsOf(raw)).toHaveLength(1);
  });

  it('throws an AppError listing the problems', () => {
    expect(() => restoreCatalogue({ sections: [] })).toThrow(AppError);
    expect(() => restoreCatalogue(null)).toThrow(/Invalid checklist catalogue/);
  });
});

describe('indexQuestions', () => {
  it('finds every question with its section', () => {
    const catalogue = restoreCatalogue(rawCatalogue({ a: [['a-1', 1]], b: [['b-1', 2]] }));

    const index = indexQuestions(catalogue);

    expect([...index.keys()]).toEqual(['a-1', 'b-1']);
    expect(index.get('b-1' as never)?.section.id).toBe('b');
  });
});
