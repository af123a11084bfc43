// Public surface of the consultant's inputs.
export { emptyInputs, INPUT_FAMILIES, restoreInputRow, validateInputRow } from './families';
export type {
  ConsultantInputs,
  InputFamily,
  InputIssues,
  InputRow,
  InputValidation,
} from './families';
export { EOL_OUTCOME_LABELS, INPUT_COLUMNS } from './columns';
export type { InputColumn, InputColumnType } from './columns';
export { parseInputsCsv } from './csv-import';
export type { InputsCsvProblem, InputsCsvResult } from './csv-import';
export { inputsCsvTemplate } from './csv-template';
export { EOL_OUTCOMES, SURVEY_SCALES } from './schemas';
export type {
  AdoptionRow,
  BudgetRow,
  ContractTermsRow,
  EndOfLifeRow,
  EolOutcome,
  IncidentRow,
  OutageRow,
  PatchRow,
  ProvisioningRow,
  SurveyRow,
} from './schemas';
