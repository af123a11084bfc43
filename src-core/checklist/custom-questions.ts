// Questions a consultant adds for one engagement, merged into the shipped catalogue.

import { z } from 'zod';

import { PHASE_IDS } from './phases';
import { weightSchema } from './catalogue-schema';
import type { EngagementId } from '../model/ids';
import type { Catalogue, LocalisedText, Question, QuestionWeight } from './catalogue-schema';
import type { QuestionId, SectionId } from './ids';
import type { PhaseId } from './phases';

/** The prefix keeps custom ids apart from every present and future catalogue id. */
export const CUSTOM_PREFIX = 'custom-';

const looseText = z.object({
  fr: z.string().trim().catch(''),
  en: z.string().trim().catch(''),
});

/** Stored shape; a consultant may write in one language only, restore fills the other. */
export const customQuestionSchema = z.object({
  id: z.string().startsWith(CUSTOM_PREFIX),
  engagementId: z.string().min(1),
  sectionId: z.string().min(1),
  text: looseText.refine((t) => t.fr !== '' || t.en !== '', 'text needs one language'),
  guidance: looseText.catch({ fr: '', en: '' }),
  action: looseText.nullable().catch(null),
  weight: weightSchema.catch(2),
  phase: z.enum(PHASE_IDS).nullable().catch(null),
});

export interface CustomQuestion {
  id: QuestionId;
  engagementId: EngagementId;
  sectionId: SectionId;
  text: LocalisedText;
  guidance: LocalisedText;
  action: LocalisedText | null;
  weight: QuestionWeight;
  phase: PhaseId | null;
}

/** A fresh id for a custom question. */
export function newCustomQuestionId(): QuestionId {
  return `${CUSTOM_PREFIX}${crypto.randomUUID()}` as QuestionId;
}

/** Normalises a stored custom question; throws when it has no id, section or text. */
export function restoreCustomQuestion(raw: unknown): CustomQuestion {
  const parsed = customQuestionSchema.parse(raw);

  return {
    ...parsed,
    id: parsed.id as QuestionId,
    engagementId: parsed.engagementId as EngagementId,
    sectionId: parsed.sectionId as SectionId,
    text: fillLanguages(parsed.text),
    guidance: fillLanguages(parsed.guidance),
    action: parsed.action ? fillLanguages(parsed.action) : null,
  };
}

/** Why a custom question could not be merged. */
export type UnplacedReason = 'unknown-section' | 'duplicate-id';

export interface MergeResult {
  catalogue: Catalogue;
  unplaced: { question: CustomQuestion; reason: UnplacedReason }[];
}

/**
 * Appends each custom question to the end of its section, in the given order.
 * The input catalogue is left untouched. Questions that cannot be placed are returned, never
 * dropped silently, so the UI can offer to move them (e.g. after a section was retired).
 */
export function mergeCustomQuestions(
  catalogue: Catalogue,
  custom: readonly CustomQuestion[],
): MergeResult {
  const sections = catalogue.sections.map((s) => ({ ...s, questions: [...s.questions] }));
  const taken = new Set<string>(sections.flatMap((s) => s.questions.map((q) => q.id)));
  const unplaced: MergeResult['unplaced'] = [];

  for (const question of custom) {
    const section = sections.find((s) => s.id === question.sectionId);
    if (!section) {
      unplaced.push({ question, reason: 'unknown-section' });
      continue;
    }

    if (taken.has(question.id)) {
      unplaced.push({ question, reason: 'duplicate-id' });
      continue;
    }

    taken.add(question.id);
    section.questions.push(toQuestion(question));
  }

  return { catalogue: { ...catalogue, sections }, unplaced };
}

function toQuestion(custom: CustomQuestion): Question {
  return {
    id: custom.id,
    text: custom.text,
    guidance: custom.guidance,
    action: custom.action,
    weight: custom.weight,
    dataHint: null,
    phase: custom.phase,
    origin: 'custom',
  };
}

// A report in the other language should show the author's words rather than a blank.
function fillLanguages(text: LocalisedText): LocalisedText {
  return { fr: text.fr || text.en, en: text.en || text.fr };
}
