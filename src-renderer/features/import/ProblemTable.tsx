import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { RowError } from '@core/import/map/row-error';

import { VirtualTable } from '../../components/VirtualTable';
import type { Column } from '../../components/VirtualTable';

type Numbered = RowError & { index: number };

const CSV_ONLY = ['csv'] as const;

/** Rejected rows and warnings, each naming file, row, column and value, with its reason. */
export function ProblemTable({ errors, testId }: { errors: readonly RowError[]; testId: string }) {
  const { t } = useTranslation();
  const rows = useMemo(() => errors.map((error, index) => ({ ...error, index })), [errors]);

  const columns = useMemo<Column<Numbered>[]>(
    () => [
      { id: 'file', header: t('import.problem.file'), width: 180, cell: (e) => e.file },
      {
        id: 'row',
        header: t('import.problem.row'),
        width: 60,
        align: 'right',
        cell: (e) => String(e.row),
        sortValue: (e) => e.row,
      },
      {
        id: 'column',
        header: t('import.problem.column'),
        width: 140,
        cell: (e) => e.column ?? '—',
      },
      { id: 'value', header: t('import.problem.value'), width: 160, cell: (e) => e.value || '—' },
      {
        id: 'reason',
        header: t('import.problem.reason'),
        width: 300,
        cell: (e) => t(`errors.${e.code}`, e.params),
      },
      {
        id: 'severity',
        header: t('import.problem.severity'),
        width: 100,
        cell: (e) => t(`import.severity.${e.severity}`),
      },
    ],
    [t],
  );

  // The rejected rows go back to whoever owns the source file: CSV opens anywhere.
  return (
    <VirtualTable
      rows={rows}
      columns={columns}
      rowKey={(e) => String(e.index)}
      testId={testId}
      exportName={t('table.names.problems')}
      exportFormats={CSV_ONLY}
    />
  );
}
