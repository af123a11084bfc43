// Builds and reads evaluator workbooks in the browser; exceljs is loaded only when needed.
import type { TFunction } from 'i18next';

import { AppError } from '@core/errors/app-error';
import { CRITERION_GROUPS } from '@core/grid/criterion';
import type { CriterionGroup } from '@core/grid/criterion';
import type { Grid } from '@core/grid/grid';
import type { Evaluator } from '@core/grid/participants';
import { mergeEvaluatorWorkbook } from '@core/grid-xlsx/merge';
import type { WorkbookMergeReport } from '@core/grid-xlsx/merge';
import type { EvaluatorWorkbookText } from '@core/grid-xlsx/text';
import { writeEvaluatorWorkbook } from '@core/grid-xlsx/write';
import type { Locale } from '@core/model/engagement';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function workbookText(t: TFunction): EvaluatorWorkbookText {
  const groups = Object.fromEntries(
    CRITERION_GROUPS.map((g) => [g, t(`vendors.groups.${g}`)]),
  ) as Record<CriterionGroup, string>;
  return {
    instructionsSheet: t('vendors.xlsx.instructionsSheet'),
    instructionsTitle: t('vendors.xlsx.instructionsTitle'),
    instructions: [1, 2, 3, 4, 5].map((n) => t(`vendors.xlsx.line${n}`)),
    groupHeader: t('vendors.xlsx.groupHeader'),
    criterionHeader: t('vendors.xlsx.criterionHeader'),
    weightHeader: t('vendors.xlsx.weightHeader'),
    scoreHeader: t('vendors.xlsx.scoreHeader', { vendor: '{{vendor}}' }),
    rationaleHeader: t('vendors.xlsx.rationaleHeader'),
    validationTitle: t('vendors.xlsx.validationTitle'),
    validationMessage: t('vendors.xlsx.validationMessage'),
    groups,
  };
}

/** The bytes of a workbook holding the given evaluators' sheets. */
export async function evaluatorWorkbookBytes(
  grid: Grid,
  evaluators: readonly Evaluator[],
  locale: Locale,
  t: TFunction,
): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  writeEvaluatorWorkbook(workbook, grid, evaluators, workbookText(t), locale);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Reads a filled workbook and merges it whole into the grid, or reports why it cannot. */
export async function mergeWorkbookBytes(
  grid: Grid,
  bytes: Uint8Array,
  file: string,
): Promise<{ grid: Grid; report: WorkbookMergeReport }> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    throw new AppError('import-xlsx-unreadable', String(error), { file });
  }
  return mergeEvaluatorWorkbook(grid, workbook);
}
