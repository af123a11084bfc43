import type { z } from 'zod';

import {
  adoptionRowSchema,
  budgetRowSchema,
  contractTermsRowSchema,
  endOfLifeRowSchema,
  incidentRowSchema,
  outageRowSchema,
  patchRowSchema,
  provisioningRowSchema,
  surveyRowSchema,
} from './schemas';
import type {
  AdoptionRow,
  BudgetRow,
  ContractTermsRow,
  EndOfLifeRow,
  IncidentRow,
  OutageRow,
  PatchRow,
  ProvisioningRow,
  SurveyRow,
} from './schemas';

// The input families, their stored rows and the one validation step every row goes through,
// whether it comes from the editor or from a record written by an older version.

export const INPUT_FAMILIES = [
  'budget',
  'provisioning',
  'incidents',
  'outages',
  'patches',
  'surveys',
  'adoption',
  'end-of-life',
  'contract-terms',
] as const;
export type InputFamily = (typeof INPUT_FAMILIES)[number];

export interface ConsultantInputs {
  budget: BudgetRow[];
  provisioning: ProvisioningRow[];
  incidents: IncidentRow[];
  outages: OutageRow[];
  patches: PatchRow[];
  surveys: SurveyRow[];
  adoption: AdoptionRow[];
  'end-of-life': EndOfLifeRow[];
  'contract-terms': ContractTermsRow[];
}

export type InputRow<F extends InputFamily> = ConsultantInputs[F][number];

const SCHEMAS: { [F in InputFamily]: z.ZodType<InputRow<F>> } = {
  budget: budgetRowSchema,
  provisioning: provisioningRowSchema,
  incidents: incidentRowSchema,
  outages: outageRowSchema,
  patches: patchRowSchema,
  surveys: surveyRowSchema,
  adoption: adoptionRowSchema,
  'end-of-life': endOfLifeRowSchema,
  'contract-terms': contractTermsRowSchema,
};

/** Why a field was refused: a code the UI turns into a sentence, per field name. */
export type InputIssues = Record<string, string>;

export type InputValidation<F extends InputFamily> =
  { ok: true; row: InputRow<F> } | { ok: false; issues: InputIssues };

/** Checks one row of a family; on failure, one issue code per offending field. */
export function validateInputRow<F extends InputFamily>(
  family: F,
  raw: unknown,
): InputValidation<F> {
  const parsed = SCHEMAS[family].safeParse(raw);
  if (parsed.success) return { ok: true, row: parsed.data };

  const issues: InputIssues = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'row');
    const given = typeof raw === 'object' && raw !== null && field in raw;
    const value: unknown = given ? (raw as Record<string, unknown>)[field] : undefined;
    issues[field] ??=
      issue.code === 'invalid_type' && value === undefined ? 'required' : issue.message;
  }
  return { ok: false, issues };
}

/** Restores a stored row; throws when it is not valid, so the store skips and logs it. */
export function restoreInputRow<F extends InputFamily>(family: F, raw: unknown): InputRow<F> {
  return SCHEMAS[family].parse(raw);
}

/** No row in any family: what an engagement starts with. */
export function emptyInputs(): ConsultantInputs {
  return {
    budget: [],
    provisioning: [],
    incidents: [],
    outages: [],
    patches: [],
    surveys: [],
    adoption: [],
    'end-of-life': [],
    'contract-terms': [],
  };
}
