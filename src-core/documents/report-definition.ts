// What the consultant chose for the report: which sections, in which order, their free texts
// and the document options. Stored per engagement as one record of kind 'report-definition'.
import { z } from 'zod';

export const REPORT_DEFINITION_KIND = 'report-definition';
export const REPORT_DEFINITION_ID = 'main';

export const REPORT_STATUSES = ['draft', 'final'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const CONFIDENTIALITY_LEVELS = ['public', 'internal', 'confidential', 'restricted'] as const;
export type Confidentiality = (typeof CONFIDENTIALITY_LEVELS)[number];

/** Longest free text kept per section; a board report is not the place for a novel. */
export const MAX_FREE_TEXT = 20_000;

const sectionChoiceSchema = z.object({
  id: z.string().min(1),
  enabled: z.boolean().catch(true),
});

export const reportDefinitionSchema = z.object({
  sections: z.array(sectionChoiceSchema).catch([]),
  texts: z
    .record(
      z.string(),
      z.string().transform((t) => t.slice(0, MAX_FREE_TEXT)),
    )
    .catch({}),
  options: z
    .object({
      status: z.enum(REPORT_STATUSES).catch('draft'),
      version: z.string().trim().min(1).max(20).catch('1.0'),
      confidentiality: z.enum(CONFIDENTIALITY_LEVELS).catch('confidential'),
      /** Personal values replaced by the engagement's pseudonyms. @default false */
      pseudonymise: z.boolean().catch(false).optional(),
    })
    .catch({ status: 'draft', version: '1.0', confidentiality: 'confidential' }),
});

export type SectionChoice = z.infer<typeof sectionChoiceSchema>;
export type ReportDefinition = z.infer<typeof reportDefinitionSchema>;
export type ReportOptions = ReportDefinition['options'];

/** Normalises a stored or received definition; anything unreadable falls back to defaults. */
export function restoreReportDefinition(raw: unknown): ReportDefinition {
  const record = typeof raw === 'object' && raw !== null ? raw : {};
  return reportDefinitionSchema.parse(record);
}

/** The definition of a report nobody has touched yet: every section, in the registry's order. */
export function defaultReportDefinition(sectionIds: readonly string[]): ReportDefinition {
  return restoreReportDefinition({ sections: sectionIds.map((id) => ({ id, enabled: true })) });
}

/**
 * The sections to print, in order: the stored choices for sections that still exist, then any
 * section added to the app since the definition was saved, switched on.
 */
export function resolveSections(
  definition: ReportDefinition,
  knownIds: readonly string[],
): SectionChoice[] {
  const known = new Set(knownIds);
  const seen = new Set<string>();
  const chosen: SectionChoice[] = [];

  for (const choice of definition.sections) {
    if (!known.has(choice.id) || seen.has(choice.id)) continue;
    seen.add(choice.id);
    chosen.push(choice);
  }

  for (const id of knownIds) if (!seen.has(id)) chosen.push({ id, enabled: true });
  return chosen;
}
