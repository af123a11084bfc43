// Section and overall scores of a checklist, and answering progress kept apart from them.

import { maturityLevel } from './maturity';
import type { Answer, AnswerValue } from './answer';
import type { Catalogue, Section } from './catalogue-schema';
import type { QuestionId, SectionId } from './ids';
import type { MaturityLevel } from './maturity';

/** Credit of each scored answer; 'na' has none because it leaves the score altogether. */
export const ANSWER_CREDIT: Record<Exclude<AnswerValue, 'na'>, number> = {
  yes: 1,
  partly: 0.5,
  no: 0,
};

/** How far the auditor got; n/a counts as answered. `ratio` is 0 for an empty scope. */
export interface Progress {
  answered: number;
  total: number;
  ratio: number;
}

export interface SectionScore {
  sectionId: SectionId;
  /** 0-100, or null while no question of the section has a yes / partly / no answer. */
  score: number | null;
  /** Sum of weight x credit over scored answers. */
  earned: number;
  /** Sum of weights over scored answers. */
  possible: number;
  progress: Progress;
}

export interface AuditScore {
  sections: SectionScore[];
  overall: number | null;
  maturity: MaturityLevel | null;
  progress: Progress;
}

/**
 * Scores one section: score = 100 x sum(w x c) / sum(w) over answered questions whose answer
 * is yes (c = 1), partly (c = 0.5) or no (c = 0), w being the question weight. Unanswered and
 * n/a questions are left out of both sums, so the score only judges what was assessed.
 */
export function scoreSection(
  section: Section,
  answers: ReadonlyMap<QuestionId, Answer>,
): SectionScore {
  let earned = 0;
  let possible = 0;
  let answered = 0;

  for (const question of section.questions) {
    const answer = answers.get(question.id);
    if (!answer) continue;

    answered += 1;
    if (answer.value === 'na') continue;

    earned += question.weight * ANSWER_CREDIT[answer.value];
    possible += question.weight;
  }

  return {
    sectionId: section.id,
    score: toScore(earned, possible),
    earned,
    possible,
    progress: progress(answered, section.questions.length),
  };
}

/**
 * Scores every section and the audit as a whole. The overall score pools the sums of all
 * sections: 100 x sum(earned) / sum(possible). A section thus counts in proportion to the weight
 * it has actually scored, not as one equal share. Answers to questions absent from the catalogue
 * (e.g. retired in a newer version) are ignored.
 */
export function scoreAudit(
  catalogue: Catalogue,
  answers: ReadonlyMap<QuestionId, Answer>,
): AuditScore {
  const sections = catalogue.sections.map((section) => scoreSection(section, answers));

  const earned = sum(sections.map((s) => s.earned));
  const possible = sum(sections.map((s) => s.possible));
  const overall = toScore(earned, possible);

  const answered = sum(sections.map((s) => s.progress.answered));
  const total = sum(sections.map((s) => s.progress.total));

  return {
    sections,
    overall,
    maturity: maturityLevel(overall),
    progress: progress(answered, total),
  };
}

// Multiplying before dividing keeps exact results exact: 100 x 3 / 5 is 60, not 59.99...
function toScore(earned: number, possible: number): number | null {
  return possible === 0 ? null : (100 * earned) / possible;
}

function progress(answered: number, total: number): Progress {
  return { answered, total, ratio: total === 0 ? 0 : answered / total };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
