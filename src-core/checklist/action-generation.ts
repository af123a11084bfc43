// Turns the gaps of an audit into candidate actions and keeps an edited plan in step with them.

import { indexAnswers, suggestFinding } from './answer';
import { actionIdFor } from './action';
import { DEFAULT_PHASE } from './phases';
import type { ActionItem } from './action';
import type { AnswerSet } from './answer';
import type { Catalogue } from './catalogue-schema';

/**
 * One candidate action per question answered 'no' or 'partly', in catalogue order. The title is
 * the question's action wording (its text when it has none); the finding is the auditor's, or
 * the suggested one; ratings are left for the consultant.
 */
export function generateCandidates(catalogue: Catalogue, answerSet: AnswerSet): ActionItem[] {
  const answers = indexAnswers(answerSet.answers);
  const candidates: ActionItem[] = [];

  for (const section of catalogue.sections) {
    for (const question of section.questions) {
      const answer = answers.get(question.id);
      if (answer?.value !== 'no' && answer?.value !== 'partly') continue;

      candidates.push({
        id: actionIdFor(question.id),
        engagementId: answerSet.engagementId,
        questionId: question.id,
        sectionId: section.id,
        title: question.action ?? question.text,
        answer: answer.value,
        finding: answer.finding ?? suggestFinding(answer.value, question.weight),
        impact: null,
        feasibility: null,
        urgency: null,
        owner: '',
        dueDate: null,
        status: 'open',
        estimatedCost: null,
        phase: question.phase ?? DEFAULT_PHASE,
        kpiIds: [],
        notes: '',
      });
    }
  }

  return candidates;
}

export interface SyncResult {
  /** Candidates in catalogue order (keeping the consultant's edits), then hand-written actions. */
  actions: ActionItem[];
  /** Generated actions whose gap has gone (answer now yes or n/a, or question removed). */
  orphans: ActionItem[];
}

/**
 * Merges fresh candidates into an existing plan. An action already in the plan keeps everything
 * the consultant set (title, ratings, owner, dates, status, cost, phase, KPIs, notes) and only
 * takes the candidate's section, answer and finding. Orphans are handed back rather than
 * deleted: closing them is the consultant's call.
 */
export function syncActionPlan(
  existing: readonly ActionItem[],
  candidates: readonly ActionItem[],
): SyncResult {
  const byId = new Map(existing.map((a) => [a.id, a]));
  const candidateIds = new Set(candidates.map((c) => c.id));

  const actions = candidates.map((candidate) => {
    const kept = byId.get(candidate.id);
    if (!kept) return candidate;

    const { sectionId, answer, finding } = candidate;
    return { ...kept, sectionId, answer, finding };
  });

  const manual = existing.filter((a) => a.questionId === null);
  const orphans = existing.filter((a) => a.questionId !== null && !candidateIds.has(a.id));

  return { actions: [...actions, ...manual], orphans };
}
