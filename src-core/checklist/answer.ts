// What the auditor recorded for one question, and the evidence that backs it.

import { z } from 'zod';

import { currentKpiId } from '../kpi/legacy-ids';
import { DATASETS } from '../model/import-record';
import type { EngagementId, ImportId, IsoDateTime } from '../model/ids';
import type { Dataset } from '../model/import-record';
import type { QuestionWeight } from './catalogue-schema';
import type { KpiId, QuestionId } from './ids';

/** 'na' (not applicable) takes the question out of the score, not out of the progress. */
export const ANSWER_VALUES = ['yes', 'partly', 'no', 'na'] as const;
export type AnswerValue = (typeof ANSWER_VALUES)[number];

/** How the auditor qualifies what was observed, in the report's vocabulary. */
export const FINDING_TYPES = [
  'major-gap',
  'minor-gap',
  'observation',
  'improvement-opportunity',
  'good-practice',
] as const;
export type FindingType = (typeof FINDING_TYPES)[number];

const evidenceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('attachment'), attachmentId: z.string().min(1) }),
  z.object({
    kind: z.literal('dataset'),
    importId: z.string().min(1),
    dataset: z.enum(DATASETS).nullable().catch(null),
    note: z.string().catch(''),
  }),
  z.object({ kind: z.literal('kpi'), kpiId: z.string().min(1).transform(currentKpiId) }),
]);

/** A pointer to what proves the answer: a file, imported rows, or a computed KPI. */
export type Evidence =
  | { kind: 'attachment'; attachmentId: string }
  | { kind: 'dataset'; importId: ImportId; dataset: Dataset | null; note: string }
  | { kind: 'kpi'; kpiId: KpiId };

export const answerSchema = z.object({
  questionId: z.string().min(1),
  value: z.enum(ANSWER_VALUES),
  comment: z.string().catch(''),
  // Each reference is checked on its own so that one bad entry does not lose the others.
  evidence: z
    .array(z.unknown())
    .catch([])
    .transform((items) => items.flatMap((item) => evidenceSchema.safeParse(item).data ?? [])),
  answeredBy: z.string().catch(''),
  answeredAt: z.string().catch(() => new Date(0).toISOString()),
  finding: z.enum(FINDING_TYPES).nullable().catch(null),
});

export interface Answer {
  questionId: QuestionId;
  value: AnswerValue;
  comment: string;
  evidence: Evidence[];
  answeredBy: string;
  answeredAt: IsoDateTime;
  /** Null when the auditor has not qualified it; only 'good-practice' survives a 'yes'. */
  finding: FindingType | null;
}

/** All answers of one audit, against the catalogue version they were given for. */
export interface AnswerSet {
  engagementId: EngagementId;
  catalogueVersion: string;
  answers: Answer[];
}

const answerSetSchema = z.object({
  engagementId: z.string().min(1),
  catalogueVersion: z.string().min(1).catch('unknown'),
  answers: z.array(z.unknown()).catch([]),
});

/** Normalises one stored answer; throws when it has no question id or no valid value. */
export function restoreAnswer(raw: unknown): Answer {
  return fromParsed(answerSchema.parse(raw));
}

function fromParsed(parsed: z.infer<typeof answerSchema>): Answer {
  // A gap qualification left over from an earlier 'no' would contradict a 'yes'.
  const finding =
    parsed.value === 'yes' && parsed.finding !== 'good-practice' ? null : parsed.finding;

  return { ...parsed, finding, questionId: parsed.questionId as QuestionId } as Answer;
}

/**
 * Normalises a stored answer set. Answers without a valid value are dropped (they carry no
 * answer); when a question appears twice, the most recent answer wins.
 */
export function restoreAnswerSet(raw: unknown): AnswerSet {
  const parsed = answerSetSchema.parse(raw);
  const latest = new Map<QuestionId, Answer>();

  for (const item of parsed.answers) {
    const checked = answerSchema.safeParse(item);
    if (!checked.success) continue;

    const answer = fromParsed(checked.data);
    // ISO timestamps in one format order correctly as strings.
    const previous = latest.get(answer.questionId);
    const isNewer = !previous || previous.answeredAt <= answer.answeredAt;
    if (isNewer) latest.set(answer.questionId, answer);
  }

  return {
    engagementId: parsed.engagementId as EngagementId,
    catalogueVersion: parsed.catalogueVersion,
    answers: [...latest.values()],
  };
}

/** Indexes answers by question id; a later duplicate replaces an earlier one. */
export function indexAnswers(answers: readonly Answer[]): Map<QuestionId, Answer> {
  return new Map(answers.map((a) => [a.questionId, a]));
}

/**
 * The finding type pre-filled for an answer, which the auditor may change:
 * 'no' on a critical question (weight 3) is a major gap, 'no' elsewhere a minor gap;
 * 'partly' on a critical question is a minor gap, elsewhere an improvement opportunity;
 * 'yes' and 'na' suggest nothing.
 */
export function suggestFinding(value: AnswerValue, weight: QuestionWeight): FindingType | null {
  if (value === 'no') return weight === 3 ? 'major-gap' : 'minor-gap';
  if (value === 'partly') return weight === 3 ? 'minor-gap' : 'improvement-opportunity';
  return null;
}
