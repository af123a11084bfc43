import { describe, expect, it } from 'vitest';

import { classifyChange, compareAudits } from '@core/checklist/comparison';

import { answer, catalogue } from './fixtures';

// v1: a = a1..a4, r = r1 (all weight 1). v2: a = a1, a2, a3, a5; n = n1; r retired.
const v1 = catalogue(
  {
    a: [
      ['a1', 1],
      ['a2', 1],
      ['a3', 1],
      ['a4', 1],
    ],
    r: [['r1', 1]],
  },
  '2025.1',
);
const v2 = catalogue(
  {
    a: [
      ['a1', 1],
      ['a2', 1],
      ['a3', 1],
      ['a5', 1],
    ],
    n: [['n1', 1]],
  },
  '2026.1',
);

const previous = {
  catalogue: v1,
  answers: [
    answer('a1', 'no'),
    answer('a2', 'yes'),
    answer('a3', 'partly'),
    answer('a4', 'yes'),
    answer('r1', 'no'),
  ],
};
const current = {
  catalogue: v2,
  answers: [
    answer('a1', 'partly'),
    answer('a2', 'no'),
    answer('a3', 'partly'),
    answer('a5', 'yes'),
    answer('n1', 'yes'),
  ],
};

describe('compareAudits', () => {
  const comparison = compareAudits(previous, current);

  it('lists current sections in order, then retired ones', () => {
    expect(comparison.sections.map((s) => s.sectionId)).toEqual(['a', 'n', 'r']);
    expect([comparison.previousVersion, comparison.currentVersion]).toEqual(['2025.1', '2026.1']);
  });

  it('computes the score delta of a section present in both versions', () => {
    // before (0 + 1 + 0.5 + 1) / 4 = 62.5; after (0.5 + 0 + 0.5 + 1) / 4 = 50; delta -12.5
    expect(comparison.sections[0]).toMatchObject({ before: 62.5, after: 50, delta: -12.5 });
  });

  it('classifies each question, listing removed ones under their former section', () => {
    expect(comparison.sections[0].questions.map((q) => [q.questionId, q.change])).toEqual([
      ['a1', 'improved'],
      ['a2', 'regressed'],
      ['a3', 'unchanged'],
      ['a5', 'new'],
      ['a4', 'removed'],
    ]);
    expect(comparison.sections[0].questions[4]).toMatchObject({ before: 'yes', after: null });
  });

  it('gives new and retired sections no delta', () => {
    expect(comparison.sections[1]).toMatchObject({ before: null, after: 100, delta: null });
    expect(comparison.sections[2]).toMatchObject({ before: 0, after: null, delta: null });
    expect(comparison.sections[2].questions[0].change).toBe('removed');
  });

  it('computes the overall delta on each version own catalogue', () => {
    // before (2.5 + 0) / 5 = 50; after (2 + 1) / 5 = 60; delta +10
    expect(comparison.overall).toEqual({ before: 50, after: 60, delta: 10 });
  });

  it('compares a question moved to another section where it now lives', () => {
    const moved = catalogue({ a: [['a1', 1]], b: [['a2', 1]] });
    const before = catalogue({
      a: [
        ['a1', 1],
        ['a2', 1],
      ],
    });

    const result = compareAudits(
      { catalogue: before, answers: [answer('a2', 'no')] },
      { catalogue: moved, answers: [answer('a2', 'yes')] },
    );

    expect(result.sections[0].questions.map((q) => q.questionId)).toEqual(['a1']);
    expect(result.sections[1].questions).toEqual([
      { questionId: 'a2', change: 'improved', before: 'no', after: 'yes' },
    ]);
  });
});

describe('classifyChange', () => {
  it.each([
    ['no', 'partly', 'improved'],
    ['partly', 'yes', 'improved'],
    ['yes', 'no', 'regressed'],
    ['no', 'no', 'unchanged'],
    ['na', 'na', 'unchanged'],
    ['na', 'yes', 'not-comparable'],
    ['no', 'na', 'not-comparable'],
    [null, 'yes', 'not-comparable'],
    ['yes', null, 'not-comparable'],
    [null, null, 'not-comparable'],
  ] as const)('from %s to %s is %s', (before, after, expected) => {
    expect(classifyChange(before, after)).toBe(expected);
  });
});
