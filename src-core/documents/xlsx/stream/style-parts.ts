// The XML of a style's parts (number format, font, fill) as styles.xml records them. Only what
// the deliverable uses is supported; anything else is refused rather than silently dropped.
import type { Color, Fill, Font, Style } from 'exceljs';

import { xmlText } from './xml-text';

export type StyleParts = Pick<Partial<Style>, 'numFmt' | 'font' | 'fill'>;

const UNSUPPORTED: (keyof Style)[] = ['alignment', 'border', 'protection'];

// Formats Excel knows by number: writing them as custom formats would work, but the ids keep
// the file as Excel itself would write it.
export const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  'mm-dd-yy': 14,
};

/** Throws on style parts this writer does not write. */
export function checkSupported(style: Partial<Style>): void {
  for (const key of UNSUPPORTED) {
    if (style[key] !== undefined) throw new Error(`xlsx stream writer: no ${key} styles`);
  }
}

function colorXml(tag: string, color: Partial<Color> | undefined): string {
  if (!color) return '';
  if (color.argb) return `<${tag} rgb="${xmlText(color.argb)}"/>`;
  if (color.theme !== undefined) return `<${tag} theme="${color.theme}"/>`;
  return '';
}

/** A font with Excel's defaults (Calibri 11) for what the style leaves out. */
export function fontXml(font: Partial<Font>): string {
  const flags =
    (font.bold ? '<b/>' : '') +
    (font.italic ? '<i/>' : '') +
    (font.strike ? '<strike/>' : '') +
    (font.underline && font.underline !== 'none'
      ? `<u${font.underline === true || font.underline === 'single' ? '' : ` val="${font.underline}"`}/>`
      : '');
  return (
    `<font>${flags}<sz val="${font.size ?? 11}"/>${colorXml('color', font.color)}` +
    `<name val="${xmlText(font.name ?? 'Calibri')}"/><family val="${font.family ?? 2}"/></font>`
  );
}

/** A pattern fill; gradients are refused. */
export function fillXml(fill: Fill): string {
  if (fill.type !== 'pattern') throw new Error('xlsx stream writer: no gradient fills');
  const colors = colorXml('fgColor', fill.fgColor) + colorXml('bgColor', fill.bgColor);
  const pattern = `patternType="${fill.pattern}"`;
  return colors
    ? `<fill><patternFill ${pattern}>${colors}</patternFill></fill>`
    : `<fill><patternFill ${pattern}/></fill>`;
}
