// Loads the checklist catalogue: one validation step, so a bad file fails whole.

import type { z } from 'zod';

import { AppError } from '../errors/app-error';
import { catalogueSchema } from './catalogue-schema';
import type { Catalogue, Question, Section } from './catalogue-schema';
import type { QuestionId, SectionId } from './ids';

export type CatalogueCheck = { ok: true; catalogue: Catalogue } | { ok: false; problems: string[] };

/** Validates raw catalogue data and lists every problem found, without throwing. */
export function checkCatalogue(raw: unknown): CatalogueCheck {
  const parsed = catalogueSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (i) => `${i.path.join('.') || '(root)'}: ${i.message}`,
    );
    return { ok: false, problems };
  }

  const catalogue = fromParsed(parsed.data);
  const problems = duplicateIds(catalogue);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, catalogue };
}

/**
 * Returns a validated catalogue or throws listing every problem.
 * The code is 'unknown' because the error-code list lives outside this folder; it should become
 * a dedicated 'checklist-catalogue-invalid' code once added there (see docs/CHECKLIST.md).
 */
export function restoreCatalogue(raw: unknown): Catalogue {
  const check = checkCatalogue(raw);
  if (!check.ok) {
    throw new AppError(
      'checklist-catalogue-invalid',
      `Invalid checklist catalogue: ${check.problems.join('; ')}`,
    );
  }

  return check.catalogue;
}

/** Lists section and question ids used more than once; question ids must be unique overall. */
export function duplicateIds(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const sections = new Set<string>();
  const questions = new Set<string>();

  for (const section of catalogue.sections) {
    if (sections.has(section.id)) problems.push(`duplicate section id '${section.id}'`);
    sections.add(section.id);

    for (const question of section.questions) {
      if (questions.has(question.id)) problems.push(`duplicate question id '${question.id}'`);
      questions.add(question.id);
    }
  }

  return problems;
}

// Ids get their brand and absent optional fields become null, the app's single empty value.
function fromParsed(data: z.infer<typeof catalogueSchema>): Catalogue {
  return {
    schemaVersion: data.schemaVersion,
    catalogueVersion: data.catalogueVersion,
    sections: data.sections.map((s) => ({
      id: s.id as SectionId,
      title: s.title,
      questions: s.questions.map((q) => ({
        id: q.id as QuestionId,
        text: q.text,
        guidance: q.guidance,
        action: q.action ?? null,
        weight: q.weight,
        dataHint: q.dataHint ?? null,
        phase: q.phase ?? null,
        origin: 'catalogue',
      })),
    })),
  };
}

/** A question together with the section holding it. */
export interface PlacedQuestion {
  question: Question;
  section: Section;
}

/** Indexes every question of a catalogue by id, keeping its section at hand. */
export function indexQuestions(catalogue: Catalogue): Map<QuestionId, PlacedQuestion> {
  const index = new Map<QuestionId, PlacedQuestion>();

  for (const section of catalogue.sections) {
    for (const question of section.questions) index.set(question.id, { question, section });
  }

  return index;
}
