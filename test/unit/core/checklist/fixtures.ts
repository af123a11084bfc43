// Small hand-written catalogues and answers, built through the same restore steps as real data.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { restoreAnswer } from '@core/checklist/answer';
import { restoreCatalogue } from '@core/checklist/catalogue';
import type { Answer, AnswerValue, FindingType } from '@core/checklist/answer';
import type { Catalogue } from '@core/checklist/catalogue-schema';

/** Path of the catalogue the app ships. */
export const SHIPPED_CATALOGUE = resolve(
  import.meta.dirname,
  '../../../../resources/checklist/catalogue.json',
);

/** The shipped catalogue as raw JSON, not yet validated. */
export function readShippedCatalogue(): unknown {
  return JSON.parse(readFileSync(SHIPPED_CATALOGUE, 'utf8'));
}

/** A question in raw catalogue form, with placeholder texts. */
export function rawQuestion(id: string, weight: number, extra: object = {}): object {
  return {
    id,
    text: { fr: `Question ${id} ?`, en: `Question ${id}?` },
    guidance: { fr: 'Vérifier.', en: 'Check.' },
    weight,
    ...extra,
  };
}

/** A raw catalogue from section id -> [question id, weight] pairs. */
export function rawCatalogue(
  sections: Record<string, [string, number][]>,
  catalogueVersion = '1.0',
): { schemaVersion: number; catalogueVersion: string; sections: object[] } {
  return {
    schemaVersion: 1,
    catalogueVersion,
    sections: Object.entries(sections).map(([id, questions]) => ({
      id,
      title: { fr: `Section ${id}`, en: `Section ${id}` },
      questions: questions.map(([qid, weight]) => rawQuestion(qid, weight)),
    })),
  };
}

/** A validated catalogue from section id -> [question id, weight] pairs. */
export function catalogue(
  sections: Record<string, [string, number][]>,
  catalogueVersion = '1.0',
): Catalogue {
  return restoreCatalogue(rawCatalogue(sections, catalogueVersion));
}

/** An answer as the UI would store it. */
export function answer(
  questionId: string,
  value: AnswerValue,
  extra: { finding?: FindingType; answeredAt?: string } = {},
): Answer {
  return restoreAnswer({
    questionId,
    value,
    comment: '',
    evidence: [],
    answeredBy: 'Claire',
    answeredAt: extra.answeredAt ?? '2026-03-02T10:00:00.000Z',
    finding: extra.finding ?? null,
  });
}

/** Answers indexed by question id, as the scoring functions take them. */
export function answerMap(...answers: Answer[]): Map<Answer['questionId'], Answer> {
  return new Map(answers.map((a) => [a.questionId, a]));
}
