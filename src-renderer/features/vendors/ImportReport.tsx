import { useTranslation } from 'react-i18next';

import type { Grid } from '@core/grid/grid';
import type { SheetIssue } from '@core/grid/merge-evaluator-sheet';
import type { WorkbookMergeReport } from '@core/grid-xlsx/merge';

interface Props {
  file: string;
  report: WorkbookMergeReport;
  grid: Grid;
}

/** What an import did: per sheet counts, or every problem with its sheet, row and column. */
export function ImportReport({ file, report, grid }: Props) {
  const { t } = useTranslation();
  const sheetName = (id: string, fallback: string) =>
    grid.evaluators.find((e) => e.id === id)?.name ?? fallback;

  const message = (issue: SheetIssue) => {
    const text = t(`vendors.issues.${issue.code}`, issue.params);
    return issue.cell ? t('vendors.exchange.issueAt', { cell: issue.cell, message: text }) : text;
  };

  return (
    <div
      className={report.ok ? 'import-report' : 'import-report failed'}
      data-testid="import-report"
      data-ok={report.ok}
    >
      <h3>
        {t('vendors.exchange.reportTitle')} — {file}
      </h3>
      {report.ok ? (
        <ul>
          {report.sheets.map((s) => (
            <li key={s.sheetName}>
              {t('vendors.exchange.merged', { ...s, sheet: sheetName(s.evaluatorId, s.sheetName) })}
            </li>
          ))}
        </ul>
      ) : (
        <>
          <p role="alert">{t('vendors.exchange.refused')}</p>
          <ul data-testid="import-issues">
            {report.issues.map((issue, i) => (
              <li key={`${issue.code}-${issue.cell ?? i}`}>{message(issue)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
