import { z } from 'zod';

// What the consultant enters for the KPIs no import can feed: one row type per input family.
// Dates are ISO days; instants (provisioning, incidents) may carry a time `YYYY-MM-DDTHH:mm`,
// read as UTC so that a delay does not shift with the machine's time zone.

const id = z.string().min(1);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date');
const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, 'date');
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month');
const count = z.number().int('whole').nonnegative('positive');
const amount = z.number().finite().nonnegative('positive');

/** Chronological order check shared by the families with a start and an end. */
function notBefore(start: string, end: string | null): boolean {
  return end === null || end >= start;
}

export const budgetRowSchema = z.object({ id, month, planned: amount });

export const provisioningRowSchema = z
  .object({ id, requestedAt: instant, handedOverAt: instant })
  .refine((r) => notBefore(r.requestedAt, r.handedOverAt), {
    message: 'order',
    path: ['handedOverAt'],
  });

export const incidentRowSchema = z
  .object({ id, openedAt: instant, resolvedAt: instant.nullable(), security: z.boolean() })
  .refine((r) => notBefore(r.openedAt, r.resolvedAt), { message: 'order', path: ['resolvedAt'] });

export const outageRowSchema = z.object({ id, date: day, devicesOut: count });

export const patchRowSchema = z
  .object({ id, name: z.string(), releasedOn: day, deployedOn: day })
  .refine((r) => notBefore(r.releasedOn, r.deployedOn), {
    message: 'order',
    path: ['deployedOn'],
  });

export const SURVEY_SCALES = [5, 10] as const;

export const surveyRowSchema = z
  .object({
    id,
    date: day,
    respondents: count.min(1, 'positive'),
    score: z.number().finite().nonnegative('positive'),
    scale: z.union([z.literal(5), z.literal(10)]),
  })
  .refine((r) => r.score <= r.scale, { message: 'above-scale', path: ['score'] });

export const adoptionRowSchema = z
  .object({
    id,
    app: z.string().min(1, 'required'),
    eligible: count.min(1, 'positive'),
    active: count,
  })
  .refine((r) => r.active <= r.eligible, { message: 'above-eligible', path: ['active'] });

export const EOL_OUTCOMES = ['recycled', 'refurbished', 'resold', 'reused', 'destroyed'] as const;
export type EolOutcome = (typeof EOL_OUTCOMES)[number];

export const endOfLifeRowSchema = z.object({
  id,
  deviceKey: z.string(),
  count: count.min(1, 'positive'),
  outcome: z.enum(EOL_OUTCOMES),
  retiredOn: day,
  ageYears: z.number().finite().nonnegative('positive').max(30, 'too-large'),
});

// An operator's contract as the consultant reads it: when the commitment ends, the share of
// lines the clause de respiration lets go without penalty each contract year, the committed
// minimum spend, and what ending a line early costs. A term the contract lacks is 0.
export const contractTermsRowSchema = z.object({
  id,
  operator: z.string().trim().min(1, 'required'),
  contractEnd: day.nullable(),
  respirationPct: amount.max(100, 'too-large'),
  minimumMonthly: amount,
  penaltyPerLine: amount,
});

export type BudgetRow = z.infer<typeof budgetRowSchema>;
export type ProvisioningRow = z.infer<typeof provisioningRowSchema>;
export type IncidentRow = z.infer<typeof incidentRowSchema>;
export type OutageRow = z.infer<typeof outageRowSchema>;
export type PatchRow = z.infer<typeof patchRowSchema>;
export type SurveyRow = z.infer<typeof surveyRowSchema>;
export type AdoptionRow = z.infer<typeof adoptionRowSchema>;
export type EndOfLifeRow = z.infer<typeof endOfLifeRowSchema>;
export type ContractTermsRow = z.infer<typeof contractTermsRowSchema>;
