// Everything the checklist screen reads, live: answers, custom questions, actions, the score.
import { useMemo } from 'react';

import { indexAnswers } from '@core/checklist/answer';
import type { Answer } from '@core/checklist/answer';
import type { Catalogue } from '@core/checklist/catalogue-schema';
import { mergeCustomQuestions } from '@core/checklist/custom-questions';
import type { CustomQuestion } from '@core/checklist/custom-questions';
import type { QuestionId } from '@core/checklist/ids';
import { scoreAudit } from '@core/checklist/scoring';
import type { AuditScore } from '@core/checklist/scoring';
import type { EngagementId } from '@core/model/ids';

import { useRecords } from '../../store/hooks';
import { SHIPPED_CATALOGUE } from './catalogue';
import {
  ANSWER_KIND,
  CUSTOM_KIND,
  restoreAnswerRecord,
  restoreCustomRecord,
} from './checklist-store';

export interface ChecklistState {
  catalogue: Catalogue;
  customQuestions: CustomQuestion[];
  answers: Answer[];
  byQuestion: Map<QuestionId, Answer>;
  score: AuditScore;
}

/** Undefined while the store loads. */
export function useChecklist(engagementId: EngagementId): ChecklistState | undefined {
  const answers = useRecords(engagementId, ANSWER_KIND, restoreAnswerRecord);
  const custom = useRecords(engagementId, CUSTOM_KIND, restoreCustomRecord);

  return useMemo(() => {
    if (!answers || !custom) return undefined;

    const catalogue = mergeCustomQuestions(SHIPPED_CATALOGUE, custom).catalogue;
    const byQuestion = indexAnswers(answers);
    return {
      catalogue,
      customQuestions: custom,
      answers,
      byQuestion,
      score: scoreAudit(catalogue, byQuestion),
    };
  }, [answers, custom]);
}
