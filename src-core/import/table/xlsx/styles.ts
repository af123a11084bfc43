import { attribute, eachTag, elementContent, rootPrefix } from './xml-text';

// Excel's built-in number formats that show a date or a time (ids 14-22 and 45-47); the
// others are numbers, text or currencies.
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/**
 * True when a format code shows a date or a time: a day, month, year, hour or second letter
 * outside quoted text and bracketed parts (`[Red]`, `[$€-40C]`), as the old exceljs reader did.
 */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]/.test(bare);
}

/** For each cell style index (a cell's `s`), whether its number format shows a date. */
export function readDateStyles(xml: string): boolean[] {
  const prefix = rootPrefix(xml);
  const custom = new Map<number, string>();

  eachTag(xml, `${prefix}numFmt`, (start, end) => {
    const id = Number(attribute(xml, start, end, 'numFmtId'));
    custom.set(id, attribute(xml, start, end, 'formatCode') ?? '');
  });

  const dates: boolean[] = [];
  const cellXfs = elementContent(xml, `${prefix}cellXfs`);
  if (!cellXfs) return dates;

  eachTag(
    xml,
    `${prefix}xf`,
    (start, end) => {
      const id = Number(attribute(xml, start, end, 'numFmtId') ?? 0);
      const code = custom.get(id);
      dates.push(code === undefined ? BUILT_IN_DATES.has(id) : isDateFormat(code));
    },
    cellXfs[0],
    cellXfs[1],
  );
  return dates;
}
