import { useTranslation } from 'react-i18next';

import type { Dataset } from '@core/model/import-record';

import { SAMPLE_COLUMNS, cellText } from './labels';

interface Props {
  dataset: Dataset;
  rows: readonly Record<string, unknown>[];
  testId: string;
}

/** The first rows in the model's shape: what the app understood, before it stores anything. */
export function MappedSample({ dataset, rows, testId }: Props) {
  const { t } = useTranslation();
  const columns = SAMPLE_COLUMNS[dataset];

  return (
    <div className="import-scroll">
      <table className="simple-table import-sample" data-testid={testId}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column}>{t(`import.fields.${column}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              {columns.map((column) => (
                <td key={column}>{cellText(row[column], column, t)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
