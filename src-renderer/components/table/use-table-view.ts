// What a table shows of its rows: each cell's text computed once per change of rows or columns,
// then the sort, the (debounced) filter on the shown columns, and the columns chosen.
import { useEffect, useMemo, useState } from 'react';

import type { Column } from '../VirtualTable';
import { filterIndexes, foldText, nextSort, orderByRank, rankKeys } from './table-order';
import type { SortState } from './table-order';

const FILTER_DELAY_MS = 150;
// Cells of a row are joined by a character nobody can type in a one-line filter box, so that a
// match never spans two cells.
const CELL_JOIN = '\n';

export interface TableView<Row> {
  /** Text of every cell, by row index then column index (all columns, shown or not). */
  texts: readonly string[][];
  /** Row indexes left by the filter, in the chosen order. */
  order: readonly number[];
  /** Indexes of the shown columns, in view order. */
  shown: readonly number[];
  sort: SortState | null;
  toggleSort: (columnId: string) => void;
  hidden: ReadonlySet<string>;
  toggleColumn: (columnId: string) => void;
  draft: string;
  setDraft: (text: string) => void;
  columns: Column<Row>[];
}

export function useTableView<Row>(
  rows: readonly Row[],
  columns: Column<Row>[],
  language: string,
  /** A filter text kept by the parent (shared by tabs); the table keeps its own otherwise. */
  filterText: string | undefined,
): TableView<Row> {
  const [sort, setSort] = useState<SortState | null>(null);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [draft, setDraft] = useState('');
  const needle = foldText(useDebounced(filterText ?? draft, FILTER_DELAY_MS).trim());

  const texts = useMemo(() => rows.map((row) => columns.map((c) => c.cell(row))), [rows, columns]);
  const shown = useMemo(
    () => columns.flatMap((column, index) => (hidden.has(column.id) ? [] : [index])),
    [columns, hidden],
  );
  const collator = useMemo(() => new Intl.Collator(language, { numeric: true }), [language]);

  const sortColumn = sort ? columns.findIndex((column) => column.id === sort.columnId) : -1;
  const ranks = useMemo(() => {
    if (sortColumn < 0) return null;

    const column = columns[sortColumn];
    const keys = column.sortValue
      ? rows.map(column.sortValue)
      : texts.map((cells) => cells[sortColumn]);
    return rankKeys(keys, collator);
  }, [rows, columns, texts, sortColumn, collator]);
  const direction = sort?.direction ?? 'ascending';
  const sorted = useMemo(
    () => (ranks ? orderByRank(ranks, direction) : rows.map((_, row) => row)),
    [ranks, direction, rows],
  );

  // Folded lazily: a table nobody filters never pays for it.
  const haystacks = useMemo(() => {
    let folded: string[] | null = null;
    return () => {
      folded ??= texts.map((cells) => foldText(shown.map((c) => cells[c]).join(CELL_JOIN)));
      return folded;
    };
  }, [texts, shown]);
  const order = useMemo(
    () => (needle ? filterIndexes(sorted, haystacks(), needle) : sorted),
    [sorted, haystacks, needle],
  );

  const toggleSort = (columnId: string) => setSort((current) => nextSort(current, columnId));
  const toggleColumn = (columnId: string) =>
    setHidden((current) => toggled(current, columnId, columns.length));

  return { texts, order, shown, sort, toggleSort, hidden, toggleColumn, draft, setDraft, columns };
}

// One column always stays: a table of no column could not be shown back.
function toggled(hidden: ReadonlySet<string>, id: string, count: number): ReadonlySet<string> {
  const next = new Set(hidden);
  if (next.has(id)) next.delete(id);
  else if (next.size < count - 1) next.add(id);
  return next;
}

function useDebounced(value: string, delayMs: number): string {
  const [settled, setSettled] = useState(value);

  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);

  return settled;
}
