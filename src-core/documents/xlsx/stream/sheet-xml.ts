// The parts of a worksheet's XML around its rows: views and columns before, the filter and the
// conditional formats after.
import type { AutoFilter, ConditionalFormattingOptions, WorksheetView } from 'exceljs';

import { columnLetter } from '../sheet-spec';
import type { ColumnInit } from '../target';
import type { StyleRegistry } from './style-registry';
import { xmlText } from './xml-text';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function paneXml(view: Partial<WorksheetView> | undefined): string {
  if (!view || view.state === undefined || view.state === 'normal') return '';
  if (view.state !== 'frozen') throw new Error(`xlsx stream writer: no ${view.state} views`);
  const xSplit = view.xSplit ?? 0;
  const ySplit = view.ySplit ?? 0;
  if (xSplit === 0 && ySplit === 0) return '';

  const topLeft = `${columnLetter(xSplit + 1)}${ySplit + 1}`;
  const active = ySplit > 0 ? (xSplit > 0 ? 'bottomRight' : 'bottomLeft') : 'topRight';
  const splits =
    (xSplit > 0 ? ` xSplit="${xSplit}"` : '') + (ySplit > 0 ? ` ySplit="${ySplit}"` : '');
  return (
    `<pane${splits} topLeftCell="${topLeft}" activePane="${active}" state="frozen"/>` +
    `<selection pane="${active}" activeCell="${topLeft}" sqref="${topLeft}"/>`
  );
}

/** Everything before the first row: the view with its frozen pane, and the columns. */
export function sheetStart(
  view: Partial<WorksheetView> | undefined,
  columns: readonly ColumnInit[],
  columnIds: readonly number[],
  selected: boolean,
): string {
  const cols = columns.flatMap((column, index) => {
    const width = column.width !== undefined ? ` width="${column.width}" customWidth="1"` : '';
    const style = columnIds[index] ? ` style="${columnIds[index]}"` : '';
    return width || style ? [`<col min="${index + 1}" max="${index + 1}"${width}${style}/>`] : [];
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN}" xmlns:r="${RELS}">` +
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">` +
    `${paneXml(view)}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols.length > 0 ? `<cols>${cols.join('')}</cols>` : '') +
    '<sheetData>'
  );
}

function address(at: string | { row: number; column: number }): string {
  return typeof at === 'string' ? at : `${columnLetter(at.column)}${at.row}`;
}

/** The filter's range, `A1:V1`, from either form exceljs accepts. */
export function filterRange(filter: AutoFilter | undefined): string | undefined {
  if (filter === undefined) return undefined;
  if (typeof filter === 'string') return filter;
  return `${address(filter.from)}:${address(filter.to)}`;
}

function formatXml(format: ConditionalFormattingOptions, styles: StyleRegistry): string {
  const rules = format.rules.map((rule) => {
    if (rule.type !== 'expression') {
      throw new Error(`xlsx stream writer: no ${rule.type} conditional formats`);
    }
    const dxf = rule.style ? ` dxfId="${styles.dxfIdOf(rule.style)}"` : '';
    const formulae = (rule.formulae ?? []).map((f) => `<formula>${xmlText(String(f))}</formula>`);
    return `<cfRule type="expression"${dxf} priority="${rule.priority}">${formulae.join('')}</cfRule>`;
  });
  return `<conditionalFormatting sqref="${xmlText(format.ref)}">${rules.join('')}</conditionalFormatting>`;
}

/** Everything after the last row. */
export function sheetEnd(
  filter: string | undefined,
  formats: readonly ConditionalFormattingOptions[],
  styles: StyleRegistry,
): string {
  return (
    '</sheetData>' +
    (filter ? `<autoFilter ref="${xmlText(filter)}"/>` : '') +
    formats.map((format) => formatXml(format, styles)).join('') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  );
}
