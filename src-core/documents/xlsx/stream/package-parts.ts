// The small XML parts of an .xlsx package around the sheets: content types, relationships,
// the workbook (sheet names and filter ranges) and the document properties.
import { xmlText } from './xml-text';

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006';
const PACKAGE = 'http://schemas.openxmlformats.org/package/2006';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export interface SheetEntry {
  name: string;
  /** The autofilter's range, `A1:V1`, when the sheet has one. */
  filter: string | undefined;
}

/** `[Content_Types].xml`. */
export function contentTypesXml(sheets: number): string {
  const override = (part: string, type: string) =>
    `<Override PartName="${part}" ContentType="${type}"/>`;
  const sheetParts = Array.from({ length: sheets }, (_, i) =>
    override(`/xl/worksheets/sheet${i + 1}.xml`, `${SHEET_TYPE}.worksheet+xml`),
  );
  return (
    `${HEAD}<Types xmlns="${PACKAGE}/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    override('/xl/workbook.xml', `${SHEET_TYPE}.sheet.main+xml`) +
    sheetParts.join('') +
    override('/xl/styles.xml', `${SHEET_TYPE}.styles+xml`) +
    override('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    override(
      '/docProps/app.xml',
      `application/vnd.openxmlformats-officedocument.extended-properties+xml`,
    ) +
    '</Types>'
  );
}

function relationships(items: [target: string, type: string][]): string {
  const rels = items.map(
    ([target, type], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`,
  );
  return `${HEAD}<Relationships xmlns="${PACKAGE}/relationships">${rels.join('')}</Relationships>`;
}

/** `_rels/.rels`. */
export function rootRelsXml(): string {
  return relationships([
    ['xl/workbook.xml', `${OFFICE}/relationships/officeDocument`],
    ['docProps/core.xml', `${PACKAGE}/relationships/metadata/core-properties`],
    ['docProps/app.xml', `${OFFICE}/relationships/extended-properties`],
  ]);
}

/** `xl/_rels/workbook.xml.rels`: the sheets first (rId1…), then the styles. */
export function workbookRelsXml(sheets: number): string {
  const sheetRels = Array.from({ length: sheets }, (_, i): [string, string] => [
    `worksheets/sheet${i + 1}.xml`,
    `${OFFICE}/relationships/worksheet`,
  ]);
  return relationships([...sheetRels, ['styles.xml', `${OFFICE}/relationships/styles`]]);
}

function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function absolute(range: string): string {
  return range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

/** `xl/workbook.xml`, with the hidden filter ranges Excel keeps for each filtered sheet. */
export function workbookXml(sheets: readonly SheetEntry[]): string {
  const list = sheets.map(
    (sheet, i) => `<sheet name="${xmlText(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
  );
  const names = sheets.flatMap((sheet, i) =>
    sheet.filter
      ? [
          `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">` +
            `${xmlText(`${quotedSheet(sheet.name)}!${absolute(sheet.filter)}`)}</definedName>`,
        ]
      : [],
  );
  return (
    `${HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
    `xmlns:r="${OFFICE}/relationships">` +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${list.join('')}</sheets>` +
    (names.length > 0 ? `<definedNames>${names.join('')}</definedNames>` : '') +
    '<calcPr calcId="171027"/></workbook>'
  );
}

/** `docProps/core.xml`: who made the file and when. */
export function coreXml(creator: string, created: Date): string {
  const when = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const date = (tag: string) => `<${tag} xsi:type="dcterms:W3CDTF">${when}</${tag}>`;
  return (
    `${HEAD}<cp:coreProperties xmlns:cp="${PACKAGE}/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${xmlText(creator)}</dc:creator>${date('dcterms:created')}` +
    `${date('dcterms:modified')}</cp:coreProperties>`
  );
}

/** `docProps/app.xml`. */
export function appXml(): string {
  return (
    `${HEAD}<Properties xmlns="${OFFICE}/extended-properties">` +
    '<Application>FleetAudit</Application></Properties>'
  );
}
