import { describe, expect, it } from 'vitest';

import { generateCandidates, syncActionPlan } from '@core/checklist/action-generation';
import { restoreAction } from '@core/checklist/action';
import { restoreAnswerSet } from '@core/checklist/answer';
import { restoreCatalogue } from '@core/checklist/catalogue';

import { answer, rawQuestion } from './fixtures';

const catalogue = restoreCatalogue({
  schemaVersion: 1,
  catalogueVersion: '1.0',
  sections: [
    {
      id: 'inv',
      title: { fr: 'Inventaire', en: 'Inventory' },
      questions: [
        rawQuestion('inv-a', 3, {
          action: { fr: 'Compléter l’inventaire', en: 'Complete the inventory' },
          phase: 'audit',
        }),
        rawQuestion('inv-b', 2),
      ],
    },
    {
      id: 'sec',
      title: { fr: 'Sécurité', en: 'Security' },
      questions: [rawQuestion('sec-a', 3), rawQuestion('sec-b', 1), rawQuestion('sec-c', 1)],
    },
  ],
});

function answers(...list: ReturnType<typeof answer>[]) {
  return restoreAnswerSet({ engagementId: 'eng-1', catalogueVersion: '1.0', answers: list });
}

describe('generateCandidates', () => {
  const candidates = generateCandidates(
    catalogue,
    answers(
      answer('sec-a', 'partly'),
      answer('inv-a', 'no'),
      answer('inv-b', 'yes'),
      answer('sec-b', 'na'),
      answer('sec-c', 'no', { finding: 'observation' }),
    ),
  );

  it('raises one action per no or partly, in catalogue order, named after the question', () => {
    expect(candidates.map((c) => [c.id, c.sectionId, c.answer])).toEqual([
      ['action-inv-a', 'inv', 'no'],
      ['action-sec-a', 'sec', 'partly'],
      ['action-sec-c', 'sec', 'no'],
    ]);
  });

  it('titles the action with its task wording, or the question text when it has none', () => {
    expect(candidates[0].title.en).toBe('Complete the inventory');
    expect(candidates[1].title.en).toBe('Question sec-a?');
  });

  it('keeps the auditor finding, else suggests one from answer and weight', () => {
    // inv-a: no on weight 3 -> major gap; sec-a: partly on weight 3 -> minor gap
    expect(candidates.map((c) => c.finding)).toEqual(['major-gap', 'minor-gap', 'observation']);
  });

  it('starts unrated and open, in the question phase or optimisation by default', () => {
    expect(candidates[0]).toMatchObject({
      engagementId: 'eng-1',
      impact: null,
      feasibility: null,
      urgency: null,
      status: 'open',
      phase: 'audit',
    });
    expect(candidates[1].phase).toBe('optimisation');
  });
});

describe('syncActionPlan', () => {
  const first = generateCandidates(
    catalogue,
    answers(answer('inv-a', 'no'), answer('sec-a', 'no')),
  );
  const edited = first.map((a) => ({
    ...a,
    impact: 5 as const,
    owner: 'DSI',
    status: 'in-progress' as const,
  }));
  const manual = restoreAction({
    id: 'action-manual-1',
    engagementId: 'eng-1',
    title: { fr: 'Former le support', en: 'Train the help desk' },
  });

  const later = generateCandidates(
    catalogue,
    answers(answer('inv-a', 'partly'), answer('sec-a', 'yes'), answer('inv-b', 'no')),
  );
  const result = syncActionPlan([...edited, manual], later);

  it('keeps the consultant edits and refreshes the answer behind the action', () => {
    expect(result.actions[0]).toMatchObject({
      id: 'action-inv-a',
      answer: 'partly',
      finding: 'minor-gap',
      impact: 5,
      owner: 'DSI',
      status: 'in-progress',
    });
  });

  it('adds new gaps, keeps hand-written actions and hands back closed gaps as orphans', () => {
    expect(result.actions.map((a) => a.id)).toEqual([
      'action-inv-a',
      'action-inv-b',
      'action-manual-1',
    ]);
    expect(result.orphans.map((a) => a.id)).toEqual(['action-sec-a']);
  });
});

describe('restoreAction', () => {
  it('turns out-of-range ratings and unknown values into safe defaults', () => {
    const action = restoreAction({
      id: 'action-x',
      engagementId: 'eng-1',
      title: { fr: 'X', en: 'X' },
      impact: 7,
      urgency: 2.5,
      feasibility: 4,
      status: 'someday',
      phase: 'party',
      dueDate: '31/12/2026',
      estimatedCost: { amount: -5, currency: 'EUR' },
    });

    expect(action).toMatchObject({
      impact: null,
      urgency: null,
      feasibility: 4,
      status: 'open',
      phase: 'optimisation',
      dueDate: null,
      estimatedCost: null,
      questionId: null,
      kpiIds: [],
    });
  });
});
