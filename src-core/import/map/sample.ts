import type { Dataset } from '@core/model/import-record';

import type { ColumnMapping } from '../recognise/fields';
import type { Table } from '../types';
import { mapRows } from './map-rows';
import type { MapResult } from './map-rows';

/** The first rows of a part as the preview kept them, enough to map again cheaply. */
export interface SampleTable {
  file: string;
  header: string[];
  rows: string[][];
  /** Where each row sits in the file, so errors name the row the user sees. */
  rowNumbers: number[];
}

/**
 * Maps a handful of rows with a mapping being edited, for the mapping screen's live preview:
 * the same mapping code as the full import, on twenty rows instead of the whole file.
 */
export function mapSample(
  sample: SampleTable,
  target: { dataset: Dataset; mapping: ColumnMapping },
): MapResult {
  const table: Table = {
    format: 'csv',
    delimiter: null,
    header: sample.header,
    headerRows: [sample.header],
    rows: sample.rows,
    rowNumbers: sample.rowNumbers,
    skippedRows: 0,
  };

  return mapRows(table, target, { file: sample.file });
}
