// Compares an audit with an earlier one, possibly made against another catalogue version.

import { indexAnswers } from './answer';
import { indexQuestions } from './catalogue';
import { ANSWER_CREDIT, scoreAudit, scoreSection } from './scoring';
import type { Answer, AnswerValue } from './answer';
import type { Catalogue, LocalisedText, Section } from './catalogue-schema';
import type { QuestionId, SectionId } from './ids';

/**
 * - new / removed: the question exists only in the current / previous catalogue;
 * - improved / regressed: both answers are scored (yes, partly, no) and the credit rose / fell;
 * - unchanged: the same answer both times (n/a included);
 * - not-comparable: answered only once, or n/a on one side and scored on the other.
 */
export type QuestionChange =
  'improved' | 'regressed' | 'unchanged' | 'new' | 'removed' | 'not-comparable';

export interface QuestionComparison {
  questionId: QuestionId;
  change: QuestionChange;
  before: AnswerValue | null;
  after: AnswerValue | null;
}

export interface ScoreDelta {
  before: number | null;
  after: number | null;
  /** after - before in points, or null when either score is missing. */
  delta: number | null;
}

export interface SectionComparison extends ScoreDelta {
  sectionId: SectionId;
  title: LocalisedText;
  questions: QuestionComparison[];
}

export interface AuditComparison {
  previousVersion: string;
  currentVersion: string;
  overall: ScoreDelta;
  sections: SectionComparison[];
}

/** One audit: the catalogue it was answered against (custom questions merged) and its answers. */
export interface AuditSnapshot {
  catalogue: Catalogue;
  answers: readonly Answer[];
}

/**
 * Compares two audits section by section, matching sections and questions by id. Sections follow
 * the current catalogue's order, then sections that were retired. A question moved to another
 * section is compared where it now lives; a removed one is listed under its former section.
 */
export function compareAudits(previous: AuditSnapshot, current: AuditSnapshot): AuditComparison {
  const before = indexAnswers(previous.answers);
  const after = indexAnswers(current.answers);
  const previousQuestions = indexQuestions(previous.catalogue);
  const currentQuestions = indexQuestions(current.catalogue);

  const compareSection = (old: Section | undefined, now: Section | undefined) => {
    const kept = (now?.questions ?? []).map((q) =>
      compareQuestion(q.id, previousQuestions.has(q.id), true, before, after),
    );
    const removed = (old?.questions ?? [])
      .filter((q) => !currentQuestions.has(q.id))
      .map((q) => compareQuestion(q.id, true, false, before, after));

    return {
      ...delta(
        old ? scoreSection(old, before).score : null,
        now ? scoreSection(now, after).score : null,
      ),
      questions: [...kept, ...removed],
    };
  };

  const findPrevious = (id: SectionId) => previous.catalogue.sections.find((s) => s.id === id);
  const isCurrent = (id: SectionId) => current.catalogue.sections.some((s) => s.id === id);

  const sections: SectionComparison[] = [
    ...current.catalogue.sections.map((now) => ({
      sectionId: now.id,
      title: now.title,
      ...compareSection(findPrevious(now.id), now),
    })),
    ...previous.catalogue.sections
      .filter((old) => !isCurrent(old.id))
      .map((old) => ({ sectionId: old.id, title: old.title, ...compareSection(old, undefined) })),
  ];

  return {
    previousVersion: previous.catalogue.catalogueVersion,
    currentVersion: current.catalogue.catalogueVersion,
    overall: delta(
      scoreAudit(previous.catalogue, before).overall,
      scoreAudit(current.catalogue, after).overall,
    ),
    sections,
  };
}

/** Classifies how one question's answer moved between two audits (see QuestionChange). */
export function classifyChange(
  before: AnswerValue | null,
  after: AnswerValue | null,
): Exclude<QuestionChange, 'new' | 'removed'> {
  if (before === null || after === null) return 'not-comparable';
  if (before === after) return 'unchanged';
  if (before === 'na' || after === 'na') return 'not-comparable';

  return ANSWER_CREDIT[after] > ANSWER_CREDIT[before] ? 'improved' : 'regressed';
}

function compareQuestion(
  questionId: QuestionId,
  inPrevious: boolean,
  inCurrent: boolean,
  before: ReadonlyMap<QuestionId, Answer>,
  after: ReadonlyMap<QuestionId, Answer>,
): QuestionComparison {
  const was = inPrevious ? (before.get(questionId)?.value ?? null) : null;
  const is = inCurrent ? (after.get(questionId)?.value ?? null) : null;

  let change: QuestionChange;
  if (!inPrevious) change = 'new';
  else if (!inCurrent) change = 'removed';
  else change = classifyChange(was, is);

  return { questionId, change, before: was, after: is };
}

function delta(before: number | null, after: number | null): ScoreDelta {
  return { before, after, delta: before === null || after === null ? null : after - before };
}
