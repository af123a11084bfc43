// What the checklist writes: one record per answer, custom question and edited action.
import { restoreAction } from '@core/checklist/action';
import type { ActionItem } from '@core/checklist/action';
import { restoreAnswer, suggestFinding } from '@core/checklist/answer';
import type { Answer, AnswerValue } from '@core/checklist/answer';
import type { Question } from '@core/checklist/catalogue-schema';
import { restoreCustomQuestion } from '@core/checklist/custom-questions';
import type { CustomQuestion } from '@core/checklist/custom-questions';
import { restoreChecklistExport } from '@core/checklist/export';
import type { ChecklistExport } from '@core/checklist/export';
import type { Engagement } from '@core/model/engagement';

import { deleteRecord, putRecord } from '../../store/owned';

export const ANSWER_KIND = 'checklist-answer';
export const CUSTOM_KIND = 'checklist-custom-question';
export const ACTION_KIND = 'checklist-action';
export const PREVIOUS_KIND = 'checklist-previous';
export const PREVIOUS_ID = 'previous';

// Module-level so live queries do not re-run on a new function identity.
export const restoreAnswerRecord = restoreAnswer;
export const restoreCustomRecord = restoreCustomQuestion;
export const restoreActionRecord = restoreAction;
export const restorePreviousRecord = restoreChecklistExport;

export type AnswerPatch = Partial<Pick<Answer, 'value' | 'comment' | 'evidence' | 'finding'>>;

/** The answer after a change, signed by the engagement's consultant and dated now. */
export function applyAnswerPatch(
  engagement: Engagement,
  question: Question,
  current: Answer | undefined,
  patch: AnswerPatch,
): Answer | null {
  const value: AnswerValue | undefined = patch.value ?? current?.value;
  if (!value) return null;

  // A new value brings its own suggested finding; an explicit finding in the patch wins.
  const valueChanged = patch.value !== undefined && patch.value !== current?.value;
  const finding =
    patch.finding !== undefined
      ? patch.finding
      : valueChanged
        ? suggestFinding(value, question.weight)
        : (current?.finding ?? null);

  return restoreAnswer({
    questionId: question.id,
    value,
    comment: patch.comment ?? current?.comment ?? '',
    evidence: patch.evidence ?? current?.evidence ?? [],
    answeredBy: engagement.consultant,
    answeredAt: new Date().toISOString(),
    finding,
  });
}

export function storeAnswer(engagement: Engagement, answer: Answer): Promise<void> {
  return putRecord(engagement.id, ANSWER_KIND, answer.questionId, answer);
}

/** Applies a change to the stored answer; nothing happens while there is no value. */
export async function saveAnswer(
  engagement: Engagement,
  question: Question,
  current: Answer | undefined,
  patch: AnswerPatch,
): Promise<void> {
  const next = applyAnswerPatch(engagement, question, current, patch);
  if (next) await storeAnswer(engagement, next);
}

export function clearAnswer(engagement: Engagement, question: Question): Promise<void> {
  return deleteRecord(engagement.id, ANSWER_KIND, question.id);
}

export function saveCustomQuestion(engagement: Engagement, question: CustomQuestion) {
  return putRecord(engagement.id, CUSTOM_KIND, question.id, question);
}

export async function removeCustomQuestion(engagement: Engagement, id: string): Promise<void> {
  await deleteRecord(engagement.id, CUSTOM_KIND, id);
  await deleteRecord(engagement.id, ANSWER_KIND, id);
}

export function saveAction(engagement: Engagement, action: ActionItem): Promise<void> {
  return putRecord(engagement.id, ACTION_KIND, action.id, restoreAction(action));
}

export function removeAction(engagement: Engagement, id: string): Promise<void> {
  return deleteRecord(engagement.id, ACTION_KIND, id);
}

export function savePrevious(engagement: Engagement, previous: ChecklistExport): Promise<void> {
  return putRecord(engagement.id, PREVIOUS_KIND, PREVIOUS_ID, previous);
}

export function clearPrevious(engagement: Engagement): Promise<void> {
  return deleteRecord(engagement.id, PREVIOUS_KIND, PREVIOUS_ID);
}
