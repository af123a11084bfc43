// What the sheet builders need from a workbook: the small part of exceljs' API they use. Both
// exceljs workbooks (in-memory and streaming) fit it, and so does our own streaming writer.
import type {
  AddWorksheetOptions,
  AutoFilter,
  ConditionalFormattingOptions,
  Fill,
  Font,
  Style,
} from 'exceljs';

/** What a cell of ours holds: a value, or a formula with its cached result. */
export type ExcelCellValue =
  string | number | Date | null | { formula: string; result: string | number };

export interface CellTarget {
  style: Partial<Style>;
  numFmt: string;
}

export interface RowTarget {
  font: Partial<Font>;
  fill: Fill;
  numFmt: string;
  getCell(index: number): CellTarget;
  commit(): void;
}

export interface ColumnInit {
  width?: number;
  style?: Partial<Style>;
}

export interface SheetTarget {
  columns: ColumnInit[];
  autoFilter?: AutoFilter;
  addConditionalFormatting(options: ConditionalFormattingOptions): void;
  addRow(values: readonly unknown[]): RowTarget;
}

export interface WorkbookTarget {
  addWorksheet(name: string, options?: Partial<AddWorksheetOptions>): SheetTarget;
}
