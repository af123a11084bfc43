import { describe, expect, it } from 'vitest';

import { restoreAnswer, restoreAnswerSet, suggestFinding } from '@core/checklist/answer';

const base = {
  questionId: 'inv-a',
  value: 'no',
  comment: 'Inventaire partiel',
  answeredBy: 'Claire',
  answeredAt: '2026-03-02T10:00:00.000Z',
};

describe('restoreAnswer', () => {
  it('keeps valid evidence references and drops malformed ones one by one', () => {
    const answer = restoreAnswer({
      ...base,
      evidence: [
        { kind: 'attachment', attachmentId: 'att-1' },
        { kind: 'dataset', importId: 'imp-1', dataset: 'devices' },
        { kind: 'kpi' },
        { kind: 'kpi', kpiId: 'compliance-rate' },
        'not a reference',
      ],
    });

    expect(answer.evidence).toEqual([
      { kind: 'attachment', attachmentId: 'att-1' },
      { kind: 'dataset', importId: 'imp-1', dataset: 'devices', note: '' },
      { kind: 'kpi', kpiId: 'compliance-rate' },
    ]);
  });

  it('drops a gap finding left on a yes but keeps a good practice', () => {
    expect(restoreAnswer({ ...base, value: 'yes', finding: 'major-gap' }).finding).toBeNull();
    expect(restoreAnswer({ ...base, value: 'yes', finding: 'good-practice' }).finding).toBe(
      'good-practice',
    );
    expect(restoreAnswer({ ...base, value: 'partly', finding: 'minor-gap' }).finding).toBe(
      'minor-gap',
    );
  });

  it('defaults missing details rather than losing the answer', () => {
    const answer = restoreAnswer({ questionId: 'inv-a', value: 'na' });

    expect(answer).toEqual({
      questionId: 'inv-a',
      value: 'na',
      comment: '',
      evidence: [],
      answeredBy: '',
      answeredAt: '1970-01-01T00:00:00.000Z',
      finding: null,
    });
  });

  it('refuses an answer value outside yes / partly / no / na', () => {
    expect(() => restoreAnswer({ ...base, value: 'maybe' })).toThrow();
  });
});

describe('restoreAnswerSet', () => {
  it('keeps the latest of two answers to one question and drops answers without a value', () => {
    const set = restoreAnswerSet({
      engagementId: 'eng-1',
      catalogueVersion: '2026.1',
      answers: [
        { ...base, value: 'partly', answeredAt: '2026-03-03T09:00:00.000Z' },
        { ...base, value: 'no', answeredAt: '2026-03-01T09:00:00.000Z' },
        { ...base, questionId: 'sec-a', value: 'perhaps' },
      ],
    });

    expect(set.answers.map((a) => [a.questionId, a.value])).toEqual([['inv-a', 'partly']]);
  });
});

describe('suggestFinding', () => {
  it.each([
    ['no', 3, 'major-gap'],
    ['no', 2, 'minor-gap'],
    ['no', 1, 'minor-gap'],
    ['partly', 3, 'minor-gap'],
    ['partly', 2, 'improvement-opportunity'],
    ['yes', 3, null],
    ['na', 3, null],
  ] as const)('suggests for %s on weight %i: %s', (value, weight, expected) => {
    expect(suggestFinding(value, weight)).toBe(expected);
  });
});
