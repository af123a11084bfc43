// A criterion of the grid: what is judged, how much it counts, and whether it is a must-have.

import { z } from 'zod';

import type { CriterionId } from './ids';

/** The themes a steering committee expects to see, in the order they are presented. */
export const CRITERION_GROUPS = [
  'security',
  'os-coverage',
  'integration',
  'automation',
  'user-experience',
  'cost',
  'support',
  'roadmap',
] as const;

export type CriterionGroup = (typeof CRITERION_GROUPS)[number];

/** Scores are given on a 0-5 scale by every evaluator. */
export const SCORE_MIN = 0;
export const SCORE_MAX = 5;

/** Text shown to the client in French and to international committees in English. */
export const localisedTextSchema = z.object({
  fr: z.string().trim().catch(''),
  en: z.string().trim().catch(''),
});

export type LocalisedText = z.infer<typeof localisedTextSchema>;

/** A must-have: a vendor whose mean score on the criterion stays below `threshold` is out. */
export const mustHaveSchema = z.object({
  threshold: z.number().min(SCORE_MIN).max(SCORE_MAX),
});

export type MustHave = z.infer<typeof mustHaveSchema>;

/** Stored shape of a criterion; the weight is in the grid's unit (points or percent). */
export const criterionSchema = z.object({
  id: z.string().min(1),
  group: z.enum(CRITERION_GROUPS),
  label: localisedTextSchema,
  description: localisedTextSchema.catch({ fr: '', en: '' }),
  weight: z.number().finite().min(0).catch(0),
  mustHave: mustHaveSchema.nullable().catch(null),
  /** The library criterion this one was copied from; null for a criterion written by hand. */
  libraryId: z.string().nullable().catch(null),
});

export interface Criterion {
  id: CriterionId;
  group: CriterionGroup;
  label: LocalisedText;
  description: LocalisedText;
  weight: number;
  mustHave: MustHave | null;
  libraryId: string | null;
}
