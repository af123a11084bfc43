// The words of the evaluator workbook, supplied by the caller in the engagement's language.

import type { CriterionGroup } from '../grid/criterion';

export interface EvaluatorWorkbookText {
  /** Name of the first sheet, which explains how to fill the others. */
  instructionsSheet: string;
  instructionsTitle: string;
  /** One paragraph per row of the instructions sheet. */
  instructions: string[];
  groupHeader: string;
  criterionHeader: string;
  weightHeader: string;
  /** Header of a vendor's score column; `{{vendor}}` is replaced by the vendor's name. */
  scoreHeader: string;
  rationaleHeader: string;
  validationTitle: string;
  validationMessage: string;
  groups: Record<CriterionGroup, string>;
}
