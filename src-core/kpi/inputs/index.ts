// Public surface of the consultant's inputs.
export { emptyInputs, INPUT_FAMILIES, restoreInputRow, validateInputRow } from './families';
export type {
  ConsultantInputs,
  InputFamily,
  InputIssues,
  InputRow,
  InputValidation,
} from './families';
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
