import { describe, expect, it } from 'vitest';

import { scoreAudit, scoreSection } from '@core/checklist/scoring';

import { answer, answerMap, catalogue } from './fixtures';

// a: a1 (w3) yes, a2 (w2) partly, a3 (w1) n/a
// b: b1 (w2) no, b2 (w1) partly, b3 (w2) unanswered
// c: c1 (w1) unanswered
const audit = catalogue({
  a: [
    ['a1', 3],
    ['a2', 2],
    ['a3', 1],
  ],
  b: [
    ['b1', 2],
    ['b2', 1],
    ['b3', 2],
  ],
  c: [['c1', 1]],
});

const answers = answerMap(
  answer('a1', 'yes'),
  answer('a2', 'partly'),
  answer('a3', 'na'),
  answer('b1', 'no'),
  answer('b2', 'partly'),
  answer('retired-question', 'no'),
);

describe('scoreSection', () => {
  it('weights yes 1 and partly 0.5, and leaves n/a out of both sums', () => {
    // earned = 3 x 1 + 2 x 0.5 = 4; possible = 3 + 2 = 5 (a3 is n/a); 100 x 4 / 5 = 80
    const score = scoreSection(audit.sections[0], answers);

    expect(score).toMatchObject({ score: 80, earned: 4, possible: 5 });
    expect(score.progress).toEqual({ answered: 3, total: 3, ratio: 1 });
  });

  it('leaves unanswered questions out of the score but counts them in progress', () => {
    // earned = 2 x 0 + 1 x 0.5 = 0.5; possible = 2 + 1 = 3; 100 x 0.5 / 3 = 16.67
    const score = scoreSection(audit.sections[1], answers);

    expect(score.score).toBeCloseTo(16.667, 3);
    expect(score.progress).toEqual({ answered: 2, total: 3, ratio: 2 / 3 });
  });

  it('gives a section with nothing answered a null score, not 0', () => {
    const score = scoreSection(audit.sections[2], answers);

    expect(score.score).toBeNull();
    expect(score.progress.ratio).toBe(0);
  });

  it('gives a section answered only n/a a null score but full progress', () => {
    const score = scoreSection(audit.sections[2], answerMap(answer('c1', 'na')));

    expect(score.score).toBeNull();
    expect(score.progress.ratio).toBe(1);
  });
});

describe('scoreAudit', () => {
  it('pools all sections for the overall score and keeps progress apart', () => {
    // earned = 4 + 0.5 = 4.5; possible = 5 + 3 = 8; 100 x 4.5 / 8 = 56.25 -> level 3
    // answered = 3 + 2 + 0 = 5 of 7 questions; the retired question is ignored
    const score = scoreAudit(audit, answers);

    expect(score.sections.map((s) => s.score === null)).toEqual([false, false, true]);
    expect(score.overall).toBe(56.25);
    expect(score.maturity).toBe(3);
    expect(score.progress).toEqual({ answered: 5, total: 7, ratio: 5 / 7 });
  });

  it('has no overall score and no maturity before the first scored answer', () => {
    const score = scoreAudit(audit, answerMap(answer('a3', 'na')));

    expect(score.overall).toBeNull();
    expect(score.maturity).toBeNull();
    expect(score.progress.answered).toBe(1);
  });

  it('scores 100 when everything applicable is yes', () => {
    const all = answerMap(answer('a1', 'yes'), answer('b3', 'yes'), answer('c1', 'na'));

    expect(scoreAudit(audit, all)).toMatchObject({ overall: 100, maturity: 5 });
  });
});
