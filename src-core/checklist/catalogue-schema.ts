// Shape of the checklist catalogue shipped in resources/checklist/catalogue.json.

import { z } from 'zod';

import { DATA_HINT_IDS } from './data-hints';
import { PHASE_IDS } from './phases';
import type { DataHintId } from './data-hints';
import type { QuestionId, SectionId } from './ids';
import type { PhaseId } from './phases';

/** Bumped when the file layout changes; a newer layout would need a migration in restore. */
export const CATALOGUE_SCHEMA_VERSION = 1;

/** How much a question counts in its section score: 1 useful, 2 important, 3 critical. */
export type QuestionWeight = 1 | 2 | 3;

/** Every catalogue text exists in both languages: reports are issued in either. */
export const strictTextSchema = z.object({
  fr: z.string().trim().min(1),
  en: z.string().trim().min(1),
});

export type LocalisedText = z.infer<typeof strictTextSchema>;

/** Kebab-case ids stay readable in exports and stable across catalogue versions. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id');

export const weightSchema = z.literal([1, 2, 3]);

const questionSchema = z.object({
  id: slugSchema,
  text: strictTextSchema,
  guidance: strictTextSchema,
  /** Title of the remedial action, phrased as a task; the question text stands in when absent. */
  action: strictTextSchema.optional(),
  weight: weightSchema,
  dataHint: z.enum(DATA_HINT_IDS).optional(),
  /** Phase of the method a remedial action most often belongs to. */
  phase: z.enum(PHASE_IDS).optional(),
});

const sectionSchema = z.object({
  id: slugSchema,
  title: strictTextSchema,
  questions: z.array(questionSchema).min(1),
});

export const catalogueSchema = z.object({
  schemaVersion: z.literal(CATALOGUE_SCHEMA_VERSION),
  catalogueVersion: z.string().trim().min(1),
  sections: z.array(sectionSchema).min(1),
});

/** Shipped questions come from the catalogue; an engagement may add its own. */
export type QuestionOrigin = 'catalogue' | 'custom';

export interface Question {
  id: QuestionId;
  text: LocalisedText;
  guidance: LocalisedText;
  action: LocalisedText | null;
  weight: QuestionWeight;
  dataHint: DataHintId | null;
  phase: PhaseId | null;
  origin: QuestionOrigin;
}

export interface Section {
  id: SectionId;
  title: LocalisedText;
  questions: Question[];
}

export interface Catalogue {
  schemaVersion: typeof CATALOGUE_SCHEMA_VERSION;
  catalogueVersion: string;
  sections: Section[];
}
