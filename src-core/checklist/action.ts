// One item of the action plan: a gap to close, rated by the consultant and followed up.

import { z } from 'zod';

import { currentKpiId } from '../kpi/legacy-ids';
import { FINDING_TYPES } from './answer';
import { DEFAULT_PHASE, PHASE_IDS } from './phases';
import type { EngagementId, IsoDate } from '../model/ids';
import type { FindingType } from './answer';
import type { LocalisedText } from './catalogue-schema';
import type { ActionId, KpiId, QuestionId, SectionId } from './ids';
import type { PhaseId } from './phases';

export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Impact, feasibility and urgency are rated 1 (low) to 5 (high); 5 feasibility = easy. */
export type Rating = 1 | 2 | 3 | 4 | 5;

/** Null until the consultant has rated it. */
export interface Ratings {
  impact: Rating | null;
  feasibility: Rating | null;
  urgency: Rating | null;
}

export interface Money {
  amount: number;
  /** ISO 4217 code, the engagement's currency. */
  currency: string;
}

export interface ActionItem extends Ratings {
  id: ActionId;
  engagementId: EngagementId;
  /** The question whose gap the action closes; null for an action added by hand. */
  questionId: QuestionId | null;
  sectionId: SectionId | null;
  title: LocalisedText;
  /** The answer that raised the action, refreshed each time the plan is synchronised. */
  answer: 'no' | 'partly' | null;
  finding: FindingType | null;
  owner: string;
  dueDate: IsoDate | null;
  status: ActionStatus;
  estimatedCost: Money | null;
  phase: PhaseId;
  kpiIds: KpiId[];
  notes: string;
}

const ratingSchema = z.literal([1, 2, 3, 4, 5]).nullable().catch(null);

export const actionSchema = z.object({
  id: z.string().min(1),
  engagementId: z.string().min(1),
  questionId: z.string().min(1).nullable().catch(null),
  sectionId: z.string().min(1).nullable().catch(null),
  title: z.object({ fr: z.string().catch(''), en: z.string().catch('') }),
  answer: z.enum(['no', 'partly']).nullable().catch(null),
  finding: z.enum(FINDING_TYPES).nullable().catch(null),
  impact: ratingSchema,
  feasibility: ratingSchema,
  urgency: ratingSchema,
  owner: z.string().catch(''),
  dueDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .catch(null),
  status: z.enum(ACTION_STATUSES).catch('open'),
  estimatedCost: z
    .object({
      amount: z.number().finite().nonnegative(),
      currency: z.string().regex(/^[A-Z]{3}$/),
    })
    .nullable()
    .catch(null),
  phase: z.enum(PHASE_IDS).catch(DEFAULT_PHASE),
  kpiIds: z.array(z.string().min(1).transform(currentKpiId)).catch([]),
  notes: z.string().catch(''),
});

/** Normalises a stored action; throws only when it has no id, engagement or title. */
export function restoreAction(raw: unknown): ActionItem {
  return actionSchema.parse(raw) as ActionItem;
}

/** The stable id of the action raised by a question, so re-generating keeps the ratings. */
export function actionIdFor(questionId: QuestionId): ActionId {
  return `action-${questionId}` as ActionId;
}

/** A fresh id for an action written by hand rather than raised by a question. */
export function newManualActionId(): ActionId {
  return `action-manual-${crypto.randomUUID()}` as ActionId;
}
