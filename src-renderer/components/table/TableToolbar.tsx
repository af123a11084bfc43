import { useTranslation } from 'react-i18next';

import type { TableFormat } from '@core/documents/table-export';

import { formatNumber } from '../../i18n/format';
import type { Column } from '../VirtualTable';
import { TableMenu } from './TableMenu';
import type { TableView } from './use-table-view';

interface Props<Row> {
  view: TableView<Row>;
  total: number;
  testId: string;
  /** False when the parent shows the filter box itself. */
  ownFilter: boolean;
  formats: readonly TableFormat[];
  onExport: (format: TableFormat) => void;
}

/** Filter, row count, column chooser and export menu above a table. */
export function TableToolbar<Row>({
  view,
  total,
  testId,
  ownFilter,
  formats,
  onExport,
}: Props<Row>) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'fr';
  const shown = view.order.length;
  const count =
    shown === total
      ? t('table.rows', { count: total, total: formatNumber(total, language) })
      : t('table.shown', {
          shown: formatNumber(shown, language),
          total: formatNumber(total, language),
        });

  return (
    <div className="vtable-toolbar">
      {ownFilter && (
        <input
          className="filter"
          type="search"
          aria-label={t('table.filter.label')}
          placeholder={t('table.filter.placeholder')}
          value={view.draft}
          onChange={(event) => view.setDraft(event.target.value)}
          data-testid={`${testId}-filter`}
        />
      )}
      <span className="muted small" role="status" data-testid={`${testId}-count`}>
        {count}
      </span>
      <span className="vtable-tools">
        <ColumnChooser view={view} testId={testId} />
        {formats.length > 0 && <ExportMenu formats={formats} testId={testId} onExport={onExport} />}
      </span>
    </div>
  );
}

function ColumnChooser<Row>({ view, testId }: { view: TableView<Row>; testId: string }) {
  const { t } = useTranslation();
  const lastShown = view.shown.length === 1;

  return (
    <TableMenu label={t('table.columns')} testId={`${testId}-columns`}>
      {view.columns.map((column: Column<Row>) => {
        const visible = !view.hidden.has(column.id);
        return (
          <label key={column.id}>
            <input
              type="checkbox"
              checked={visible}
              disabled={visible && lastShown}
              onChange={() => view.toggleColumn(column.id)}
            />
            {column.header}
          </label>
        );
      })}
    </TableMenu>
  );
}

interface ExportMenuProps {
  formats: readonly TableFormat[];
  testId: string;
  onExport: (format: TableFormat) => void;
}

function ExportMenu({ formats, testId, onExport }: ExportMenuProps) {
  const { t } = useTranslation();

  return (
    <TableMenu label={t('table.export')} testId={`${testId}-export`}>
      {formats.map((format) => (
        <button
          key={format}
          type="button"
          onClick={() => onExport(format)}
          data-testid={`${testId}-export-${format}`}
        >
          {t(`table.format.${format}`)}
        </button>
      ))}
    </TableMenu>
  );
}
