import { useTranslation } from 'react-i18next';

import type { InputsCsvProblem } from '@core/kpi';

// Enough to see what to correct; a file wrong throughout needs fixing as a whole anyway.
const SHOWN = 50;

/** Why a file was refused: one line per problem, placed by file, row and column. */
export function CsvProblems({ problems }: { problems: readonly InputsCsvProblem[] }) {
  const { t } = useTranslation();
  const column = (problem: InputsCsvProblem) =>
    problem.column || (problem.field ? t(`dashboard.inputs.columns.${problem.field}`) : '');
  const reason = (code: string) =>
    t(`dashboard.inputs.csv.reasons.${code}`, {
      defaultValue: t(`dashboard.inputs.issues.${code}`, {
        defaultValue: t('dashboard.inputs.issues.invalid'),
      }),
    });

  return (
    <>
      <table className="simple-table csv-problems" data-testid="inputs-csv-problems">
        <thead>
          <tr>
            {(['file', 'row', 'column', 'value', 'reason'] as const).map((key) => (
              <th key={key} scope="col">
                {t(`dashboard.inputs.csv.headers.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {problems.slice(0, SHOWN).map((problem, index) => (
            <tr key={index} data-testid="inputs-csv-problem">
              <td>{problem.file}</td>
              <td className="num">{problem.row ?? ''}</td>
              <td>{column(problem)}</td>
              <td>
                <code>{problem.value}</code>
              </td>
              <td>{reason(problem.reason)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > SHOWN && (
        <p className="small muted">
          {t('dashboard.inputs.csv.more', { n: problems.length - SHOWN })}
        </p>
      )}
    </>
  );
}
