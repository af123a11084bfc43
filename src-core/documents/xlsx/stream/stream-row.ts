// A row of the streaming writer: its values, row-wide style parts, and the cells a builder
// styled. It lives until committed, then only its XML remains, already handed to the zip.
import type { Fill, Font, Style } from 'exceljs';

import type { CellTarget, RowTarget } from '../target';
import type { StyleParts } from './style-parts';

/** Where a row goes when committed: its sheet. */
export interface RowSink {
  commitRow(row: StreamRow): void;
}

/** A cell's own style: set whole, or derived from the column's when one part is set. */
export class StreamCell implements CellTarget {
  own: Partial<Style> | undefined;

  constructor(private readonly inherited: Partial<Style> | undefined) {}

  get style(): Partial<Style> {
    return this.own ?? this.inherited ?? {};
  }

  set style(style: Partial<Style>) {
    this.own = style;
  }

  get numFmt(): string {
    return this.style.numFmt ?? '';
  }

  set numFmt(numFmt: string) {
    // A fresh object: the previous style may be shared by a whole column.
    this.own = { ...this.style, numFmt };
  }
}

/** A row until committed: its values, its styled cells and its row-wide style. */
export class StreamRow implements RowTarget {
  readonly cells: (StreamCell | undefined)[] = [];
  parts: StyleParts | undefined;

  constructor(
    private readonly sink: RowSink,
    readonly number: number,
    readonly values: readonly unknown[],
    private readonly columnStyles: readonly (Partial<Style> | undefined)[],
  ) {}

  get font(): Partial<Font> {
    return this.parts?.font ?? {};
  }

  set font(font: Partial<Font>) {
    this.parts = { ...this.parts, font };
  }

  get fill(): Fill {
    return this.parts?.fill ?? { type: 'pattern', pattern: 'none' };
  }

  set fill(fill: Fill) {
    this.parts = { ...this.parts, fill };
  }

  get numFmt(): string {
    return this.parts?.numFmt ?? '';
  }

  set numFmt(numFmt: string) {
    this.parts = { ...this.parts, numFmt };
  }

  /** The cell in a 1-based column. */
  getCell(index: number): StreamCell {
    let cell = this.cells[index - 1];
    if (!cell) {
      cell = new StreamCell(this.columnStyles[index - 1]);
      this.cells[index - 1] = cell;
    }
    return cell;
  }

  commit(): void {
    this.sink.commitRow(this);
  }
}
