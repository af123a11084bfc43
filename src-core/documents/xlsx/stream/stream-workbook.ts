// Our own streaming .xlsx writer: the part of exceljs' workbook API the deliverable uses, with
// each sheet's rows compressed as they come (fflate's streaming zip), so that memory holds the
// row being written and the compressed bytes, never the workbook. Runs in browsers, workers
// and Node alike.
import { Zip } from 'fflate';
import type { AddWorksheetOptions } from 'exceljs';

import type { WorkbookTarget } from '../target';
import { RowXml } from './cell-xml';
import {
  appXml,
  contentTypesXml,
  coreXml,
  rootRelsXml,
  workbookRelsXml,
  workbookXml,
} from './package-parts';
import { StreamSheet } from './stream-sheet';
import { StyleRegistry } from './style-registry';
import { ZipPart, addPart } from './zip-part';
import type { DeflateLevel, PartDeflater, PartOptions } from './zip-part';

export interface StreamWorkbookOptions {
  /** Receives the file's bytes in order; `final` is set on the last chunk. */
  onChunk: (chunk: Uint8Array, final: boolean) => void;
  /** Deflate level, 1 (fastest, the default) to 6. */
  level?: DeflateLevel;
  /** A faster deflater where the platform has one (Node's zlib); fflate's otherwise. */
  deflater?: () => PartDeflater;
  creator?: string;
  created?: Date;
}

const FORBIDDEN_IN_NAMES = /[*?:\\/[\]]/;
const MAX_NAME = 31;

/** A workbook written as it is filled; `commit` ends the file. */
export class StreamWorkbook implements WorkbookTarget {
  private readonly zip: Zip;
  private readonly styles = new StyleRegistry();
  private readonly rows = new RowXml(this.styles);
  private readonly sheets: StreamSheet[] = [];
  private readonly part: PartOptions;
  private committed = false;

  constructor(private readonly options: StreamWorkbookOptions) {
    this.part = { level: options.level ?? 1, deflater: options.deflater };
    this.zip = new Zip((error, chunk, final) => {
      if (error) throw error;
      options.onChunk(chunk, final);
    });
  }

  /** Adds a sheet; the sheet before it is finished and can take no more rows. */
  addWorksheet(name: string, options: Partial<AddWorksheetOptions> = {}): StreamSheet {
    if (this.committed) throw new Error('xlsx stream writer: workbook already committed');
    checkName(name, this.sheets);
    this.sheets.at(-1)?.commit();

    const path = `xl/worksheets/sheet${this.sheets.length + 1}.xml`;
    const part = new ZipPart(this.zip, path, this.part);
    const sheet = new StreamSheet(name, options.views?.[0], this.sheets.length === 0, {
      part,
      styles: this.styles,
      rows: this.rows,
    });
    this.sheets.push(sheet);
    return sheet;
  }

  /** Finishes the last sheet, writes the styles and the workbook, and ends the file. */
  commit(): void {
    if (this.committed) return;
    this.committed = true;
    this.sheets.at(-1)?.commit();

    const add = (path: string, xml: string) => addPart(this.zip, path, xml, this.part);
    const entries = this.sheets.map((sheet) => ({ name: sheet.name, filter: sheet.filter }));
    add('xl/styles.xml', this.styles.xml());
    add('xl/workbook.xml', workbookXml(entries));
    add('xl/_rels/workbook.xml.rels', workbookRelsXml(entries.length));
    add('[Content_Types].xml', contentTypesXml(entries.length));
    add('_rels/.rels', rootRelsXml());
    add(
      'docProps/core.xml',
      coreXml(this.options.creator ?? '', this.options.created ?? new Date()),
    );
    add('docProps/app.xml', appXml());
    this.zip.end();
  }
}

function checkName(name: string, sheets: readonly StreamSheet[]): void {
  if (name.length === 0 || name.length > MAX_NAME || FORBIDDEN_IN_NAMES.test(name)) {
    throw new Error(`xlsx stream writer: invalid sheet name "${name}"`);
  }
  const lower = name.toLowerCase();
  if (sheets.some((sheet) => sheet.name.toLowerCase() === lower)) {
    throw new Error(`xlsx stream writer: duplicate sheet name "${name}"`);
  }
}
