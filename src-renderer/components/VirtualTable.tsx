import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { TableFormat } from '@core/documents/table-export';

import { usePlatform } from '../platform';
import { exportShownTable } from './table/export-actions';
import { TableToolbar } from './table/TableToolbar';
import type { SortState } from './table/table-order';
import { useTableView } from './table/use-table-view';
import type { TableView } from './table/use-table-view';
import './table/table.css';

export interface Column<Row> {
  id: string;
  header: string;
  width: number;
  cell: (row: Row) => string;
  align?: 'left' | 'right';
  /** What the column sorts by when its text would sort wrong (numbers, dates); null sorts last. */
  sortValue?: (row: Row) => string | number | null;
}

interface Props<Row> {
  rows: readonly Row[];
  columns: Column<Row>[];
  rowKey: (row: Row) => string;
  testId: string;
  /**
   * File base name of "export what I see". With it the table gets its toolbar: filter, row
   * count, column chooser and export menu; without it, only header sorting.
   */
  exportName?: string;
  /** @default both */
  exportFormats?: readonly TableFormat[];
  /** A filter text the parent shows and keeps (shared by tabs); the toolbar then has no box. */
  filterText?: string;
}

const ROW_HEIGHT = 32;
const ALL_FORMATS: readonly TableFormat[] = ['csv', 'xlsx'];

/** Renders only the rows in view: a client's fleet or a year of bills runs to 100,000s. */
export function VirtualTable<Row>(props: Props<Row>) {
  const { rows, columns, testId, exportName, filterText } = props;
  const { t, i18n } = useTranslation();
  const platform = usePlatform();
  const language = i18n.language === 'en' ? 'en' : 'fr';
  const view = useTableView(rows, columns, language, filterText);

  // Exactly what the screen shows: rows left by the filter in their order, shown columns.
  const exportShown = (format: TableFormat) => {
    const table = {
      headers: view.shown.map((c) => columns[c].header),
      rows: view.order.map((r) => view.shown.map((c) => view.texts[r][c])),
    };
    void exportShownTable({ format, table, name: exportName ?? '', language }, platform, t);
  };

  return (
    <div className="vtable-frame">
      {exportName !== undefined && (
        <TableToolbar
          view={view}
          total={rows.length}
          testId={testId}
          ownFilter={filterText === undefined}
          formats={props.exportFormats ?? ALL_FORMATS}
          onExport={exportShown}
        />
      )}
      <TableGrid view={view} rows={rows} rowKey={props.rowKey} testId={testId} />
    </div>
  );
}

interface GridProps<Row> {
  view: TableView<Row>;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  testId: string;
}

function TableGrid<Row>({ view, rows, rowKey, testId }: GridProps<Row>) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const { columns, order, shown, texts } = view;
  // This build has no React Compiler to confuse; the virtualizer re-renders the table itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: order.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  // Columns share the width in proportion and shrink to half before they clip.
  const template = shown
    .map((c) => `minmax(${Math.round(columns[c].width / 2)}px, ${columns[c].width}fr)`)
    .join(' ');

  return (
    <div className="vtable" role="table" data-testid={testId} aria-rowcount={order.length + 1}>
      <div className="vtable-head" role="row" style={{ gridTemplateColumns: template }}>
        {shown.map((c) => (
          <div
            key={columns[c].id}
            role="columnheader"
            aria-sort={ariaSort(view.sort, columns[c].id)}
            className={columns[c].align}
          >
            <button
              type="button"
              className="vtable-sort"
              title={t('table.sortBy', { column: columns[c].header })}
              onClick={() => view.toggleSort(columns[c].id)}
            >
              {columns[c].header}
            </button>
          </div>
        ))}
      </div>
      <div ref={scroller} className="vtable-body">
        {order.length === 0 && <p className="muted small vtable-empty">{t('table.empty')}</p>}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const index = order[item.index];
            return (
              <div
                key={rowKey(rows[index])}
                role="row"
                aria-rowindex={item.index + 2}
                className="vtable-row"
                style={{
                  gridTemplateColumns: template,
                  transform: `translateY(${item.start}px)`,
                  height: ROW_HEIGHT,
                }}
              >
                {shown.map((c) => (
                  <div key={columns[c].id} role="cell" className={columns[c].align}>
                    {texts[index][c]}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function ariaSort(sort: SortState | null, columnId: string): 'ascending' | 'descending' | 'none' {
  return sort?.columnId === columnId ? sort.direction : 'none';
}
