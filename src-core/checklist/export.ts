// The file a checklist is exported to, and read back from to compare with a later audit.

import { z } from 'zod';

import { AppError } from '../errors/app-error';
import { restoreAnswerSet } from './answer';
import { restoreCustomQuestion } from './custom-questions';
import type { Answer } from './answer';
import type { CustomQuestion } from './custom-questions';

export const CHECKLIST_EXPORT_FORMAT = 'fleetaudit-checklist';
export const CHECKLIST_EXPORT_VERSION = 1;

export interface ChecklistExport {
  format: typeof CHECKLIST_EXPORT_FORMAT;
  version: typeof CHECKLIST_EXPORT_VERSION;
  engagementId: string;
  engagementName: string;
  exportedAt: string;
  catalogueVersion: string;
  answers: Answer[];
  customQuestions: CustomQuestion[];
}

const envelopeSchema = z.object({
  format: z.literal(CHECKLIST_EXPORT_FORMAT),
  version: z.literal(CHECKLIST_EXPORT_VERSION),
  engagementId: z.string().min(1),
  engagementName: z.string().catch(''),
  exportedAt: z.string().catch(''),
  catalogueVersion: z.string().min(1).catch('unknown'),
  answers: z.array(z.unknown()).catch([]),
  customQuestions: z.array(z.unknown()).catch([]),
});

/** Builds the export of one engagement's checklist. */
export function buildChecklistExport(
  input: Omit<ChecklistExport, 'format' | 'version'>,
): ChecklistExport {
  return { format: CHECKLIST_EXPORT_FORMAT, version: CHECKLIST_EXPORT_VERSION, ...input };
}

/**
 * Reads an exported checklist back. Fails whole when the file is not a checklist export;
 * inside one, answers and custom questions that cannot be restored are dropped one by one.
 */
export function restoreChecklistExport(raw: unknown): ChecklistExport {
  const parsed = envelopeSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError('checklist-export-invalid', parsed.error.issues[0]?.message ?? '');
  }

  const data = parsed.data;
  const answers = restoreAnswerSet({
    engagementId: data.engagementId,
    catalogueVersion: data.catalogueVersion,
    answers: data.answers,
  }).answers;
  const customQuestions = data.customQuestions.flatMap((item) => {
    try {
      return [restoreCustomQuestion(item)];
    } catch {
      return [];
    }
  });

  return {
    ...data,
    format: CHECKLIST_EXPORT_FORMAT,
    version: CHECKLIST_EXPORT_VERSION,
    answers,
    customQuestions,
  };
}
