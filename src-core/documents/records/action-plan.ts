// The action plan as the Checklist screen shows it: a candidate per gap, merged with what the
// consultant edited, hand-written actions kept, ranked by priority.
import { restoreAction } from '@core/checklist/action';
import type { ActionItem } from '@core/checklist/action';
import { generateCandidates, syncActionPlan } from '@core/checklist/action-generation';
import { restoreAnswer } from '@core/checklist/answer';
import type { Answer } from '@core/checklist/answer';
import { restoreCatalogue } from '@core/checklist/catalogue';
import type { Catalogue } from '@core/checklist/catalogue-schema';
import { mergeCustomQuestions, restoreCustomQuestion } from '@core/checklist/custom-questions';
import { rankActions } from '@core/checklist/priority';
import type { EngagementId } from '@core/model/ids';

import catalogueJson from '../../../resources/checklist/catalogue.json';
import { RECORD_KINDS, restoredRecords } from './kinds';

type Records = Readonly<Record<string, readonly unknown[]>>;

export interface ChecklistRecords {
  /** The shipped catalogue with the engagement's own questions merged in. */
  catalogue: Catalogue;
  answers: Answer[];
}

/** The catalogue and answers the engagement's checklist records describe. */
export function checklistOf(records: Records): ChecklistRecords {
  const custom = restoredRecords(records, RECORD_KINDS.customQuestion, restoreCustomQuestion);
  const catalogue = mergeCustomQuestions(restoreCatalogue(catalogueJson), custom).catalogue;
  const answers = restoredRecords(records, RECORD_KINDS.answer, restoreAnswer);
  return { catalogue, answers };
}

/** Every action of the plan, the highest priority first; unrated actions come last. */
export function actionPlanOf(records: Records, engagementId: EngagementId): ActionItem[] {
  const { catalogue, answers } = checklistOf(records);
  const stored = restoredRecords(records, RECORD_KINDS.action, restoreAction);
  const candidates = generateCandidates(catalogue, {
    engagementId,
    catalogueVersion: catalogue.catalogueVersion,
    answers,
  });
  return rankActions(syncActionPlan(stored, candidates).actions);
}
