import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';

export interface Column<Row> {
  id: string;
  header: string;
  width: number;
  cell: (row: Row) => string;
  align?: 'left' | 'right';
}

interface Props<Row> {
  rows: readonly Row[];
  columns: Column<Row>[];
  rowKey: (row: Row) => string;
  testId: string;
}

const ROW_HEIGHT = 32;

/** Renders only the rows in view: a client's fleet or a year of bills runs to 100,000s. */
export function VirtualTable<Row>({ rows, columns, rowKey, testId }: Props<Row>) {
  const scroller = useRef<HTMLDivElement>(null);
  // This build has no React Compiler to confuse; the virtualizer re-renders the table itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  // Columns share the width in proportion and shrink to half before they clip.
  const template = columns
    .map((column) => `minmax(${Math.round(column.width / 2)}px, ${column.width}fr)`)
    .join(' ');

  return (
    <div className="vtable" role="table" data-testid={testId} aria-rowcount={rows.length + 1}>
      <div className="vtable-head" role="row" style={{ gridTemplateColumns: template }}>
        {columns.map((column) => (
          <div key={column.id} role="columnheader" className={column.align}>
            {column.header}
          </div>
        ))}
      </div>
      <div ref={scroller} className="vtable-body">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            return (
              <div
                key={rowKey(row)}
                role="row"
                aria-rowindex={item.index + 2}
                className="vtable-row"
                style={{
                  gridTemplateColumns: template,
                  transform: `translateY(${item.start}px)`,
                  height: ROW_HEIGHT,
                }}
              >
                {columns.map((column) => (
                  <div key={column.id} role="cell" className={column.align}>
                    {column.cell(row)}
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
