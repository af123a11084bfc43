import { attribute, detach, eachTag, elementContent, joinedText, rootPrefix } from './xml-text';

/** A worksheet as the workbook lists it: its tab name and the archive entry holding it. */
export interface SheetRef {
  name: string;
  path: string;
}

/** What the workbook part and its relationships say about the whole file. */
export interface WorkbookInfo {
  /** Worksheets in tab order; chart sheets and dialog sheets are left out. */
  sheets: SheetRef[];
  /** True when serials count from 1904 (old Mac workbooks), not 1900. */
  date1904: boolean;
  sharedStringsPath: string | null;
  stylesPath: string | null;
}

const WORKBOOK_FOLDER = 'xl/';

// Targets are relative to the workbook's folder, or absolute from the archive root (`/xl/…`).
function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);

  const parts: string[] = WORKBOOK_FOLDER.split('/').filter(Boolean);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

function relationships(rels: string): Map<string, { type: string; path: string }> {
  const byId = new Map<string, { type: string; path: string }>();
  const prefix = rootPrefix(rels);

  eachTag(rels, `${prefix}Relationship`, (start, end) => {
    const id = attribute(rels, start, end, 'Id');
    const target = attribute(rels, start, end, 'Target');
    if (id === undefined || target === undefined) return;
    byId.set(id, { type: attribute(rels, start, end, 'Type') ?? '', path: resolveTarget(target) });
  });
  return byId;
}

/** Reads `xl/workbook.xml` with `xl/_rels/workbook.xml.rels`: sheets, date system, parts. */
export function readWorkbookInfo(workbook: string, rels: string): WorkbookInfo {
  const prefix = rootPrefix(workbook);
  const links = relationships(rels);
  const sheets: SheetRef[] = [];
  let date1904 = false;

  eachTag(workbook, `${prefix}workbookPr`, (start, end) => {
    const value = attribute(workbook, start, end, 'date1904');
    date1904 = value === '1' || value === 'true';
  });

  const list = elementContent(workbook, `${prefix}sheets`);
  if (list) {
    eachTag(
      workbook,
      `${prefix}sheet`,
      (start, end) => {
        const link = links.get(attribute(workbook, start, end, 'id', true) ?? '');
        if (!link?.type.endsWith('/worksheet')) return;
        sheets.push({ name: attribute(workbook, start, end, 'name') ?? '', path: link.path });
      },
      list[0],
      list[1],
    );
  }

  const partOf = (kind: string): string | null =>
    [...links.values()].find((link) => link.type.endsWith(`/${kind}`))?.path ?? null;
  return {
    sheets,
    date1904,
    sharedStringsPath: partOf('sharedStrings'),
    stylesPath: partOf('styles'),
  };
}

/** Reads the shared string table; rich text keeps its runs' text, joined. */
export function readSharedStrings(xml: string): string[] {
  const prefix = rootPrefix(xml);
  const open = `<${prefix}si`;
  const close = `</${prefix}si>`;
  const strings: string[] = [];
  let at = xml.indexOf(open);

  while (at >= 0) {
    const tagEnd = xml.indexOf('>', at);
    if (tagEnd < 0) break;
    if (xml[tagEnd - 1] === '/') {
      strings.push('');
      at = xml.indexOf(open, tagEnd);
      continue;
    }

    const end = xml.indexOf(close, tagEnd);
    if (end < 0) break;
    strings.push(detach(joinedText(xml.slice(tagEnd + 1, end), prefix)));
    at = xml.indexOf(open, end);
  }
  return strings;
}
