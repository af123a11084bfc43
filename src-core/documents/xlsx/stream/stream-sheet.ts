// A worksheet of the streaming writer. Views and columns are set first; each row is turned
// into XML when committed and compressed on the way, so only the rows not yet committed (one,
// as the builders write) are ever held. As in exceljs, committing a row commits those above.
import type { AutoFilter, ConditionalFormattingOptions, Style, WorksheetView } from 'exceljs';

import type { ColumnInit, SheetTarget } from '../target';
import type { RowXml } from './cell-xml';
import { filterRange, sheetEnd, sheetStart } from './sheet-xml';
import { StreamRow } from './stream-row';
import type { RowSink } from './stream-row';
import type { StyleRegistry } from './style-registry';
import type { ZipPart } from './zip-part';

export interface SheetParts {
  part: ZipPart;
  styles: StyleRegistry;
  rows: RowXml;
}

/** One sheet, written row by row into its part of the zip. */
export class StreamSheet implements SheetTarget, RowSink {
  autoFilter: AutoFilter | undefined;
  private init: ColumnInit[] = [];
  private columnStyles: (Partial<Style> | undefined)[] = [];
  private columnIds: number[] = [];
  private readonly formats: ConditionalFormattingOptions[] = [];
  private pending: StreamRow[] = [];
  private rowCount = 0;
  private started = false;
  private ended = false;

  constructor(
    readonly name: string,
    private readonly view: Partial<WorksheetView> | undefined,
    private readonly selected: boolean,
    private readonly parts: SheetParts,
  ) {}

  get columns(): ColumnInit[] {
    return this.init;
  }

  set columns(columns: ColumnInit[]) {
    // The columns are written before the first row: they cannot change afterwards.
    if (this.started) throw new Error(`xlsx stream writer: ${this.name} columns set too late`);
    this.init = columns;
    this.columnStyles = columns.map((column) => column.style);
    this.columnIds = columns.map((column) => this.parts.styles.idOf(column.style));
  }

  addConditionalFormatting(options: ConditionalFormattingOptions): void {
    this.formats.push(options);
  }

  addRow(values: readonly unknown[]): StreamRow {
    if (this.ended) throw new Error(`xlsx stream writer: ${this.name} is already written`);
    this.rowCount += 1;
    const row = new StreamRow(this, this.rowCount, values, this.columnStyles);
    this.pending.push(row);
    return row;
  }

  commitRow(row: StreamRow): void {
    const through = this.pending.indexOf(row);
    if (through < 0) return;

    this.start();
    for (const done of this.pending.splice(0, through + 1)) {
      const xml = this.parts.rows.of(done, this.columnIds);
      if (xml !== '') this.parts.part.write(xml);
    }
  }

  /** The filter's range once the sheet is written, for the workbook's defined names. */
  get filter(): string | undefined {
    return filterRange(this.autoFilter);
  }

  /** Writes what is left of the sheet and closes its part; later rows are refused. */
  commit(): void {
    if (this.ended) return;
    const last = this.pending.at(-1);
    if (last) this.commitRow(last);
    this.start();
    this.parts.part.write(sheetEnd(this.filter, this.formats, this.parts.styles));
    this.parts.part.end();
    this.ended = true;
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    this.parts.part.write(sheetStart(this.view, this.init, this.columnIds, this.selected));
  }
}
