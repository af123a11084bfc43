import { describe, expect, it } from 'vitest';

import type { Question } from '@core/checklist/catalogue-schema';
import type { QuestionId } from '@core/checklist/ids';
import { restoreEngagement } from '@core/model/engagement';

import { applyAnswerPatch } from '@renderer/features/checklist/checklist-store';

const engagement = restoreEngagement({ id: 'e1', name: 'Audit', consultant: 'Camille Roussel' });
const critical: Question = {
  id: 'sec-gdpr' as QuestionId,
  text: { fr: 'RGPD ?', en: 'GDPR?' },
  guidance: { fr: '', en: '' },
  action: null,
  weight: 3,
  dataHint: null,
  phase: null,
  origin: 'catalogue',
};

describe('changing an answer', () => {
  it('signs it with the consultant and pre-fills a major gap for a critical "no"', () => {
    const answer = applyAnswerPatch(engagement, critical, undefined, { value: 'no' });

    expect(answer).toMatchObject({
      value: 'no',
      finding: 'major-gap',
      answeredBy: 'Camille Roussel',
    });
  });

  it('keeps the comment when the value changes afterwards', () => {
    const first = applyAnswerPatch(engagement, critical, undefined, { value: 'no' });
    const commented = applyAnswerPatch(engagement, critical, first ?? undefined, {
      comment: 'Registre absent',
    });
    const changed = applyAnswerPatch(engagement, critical, commented ?? undefined, {
      value: 'partly',
    });

    expect(changed).toMatchObject({
      value: 'partly',
      comment: 'Registre absent',
      finding: 'minor-gap',
    });
  });

  it('keeps a finding the consultant chose while only the comment changes', () => {
    const first = applyAnswerPatch(engagement, critical, undefined, { value: 'no' });
    const chosen = applyAnswerPatch(engagement, critical, first ?? undefined, {
      finding: 'observation',
    });
    const commented = applyAnswerPatch(engagement, critical, chosen ?? undefined, { comment: 'x' });

    expect(commented?.finding).toBe('observation');
  });

  it('records nothing for a comment on an unanswered question', () => {
    expect(applyAnswerPatch(engagement, critical, undefined, { comment: 'x' })).toBeNull();
  });
});
