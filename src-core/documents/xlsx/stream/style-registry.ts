// Cell styles as styles.xml numbers them. A style object is looked up by identity first, so a
// style shared by a whole column costs one key computation, not one per cell; equal styles
// from different objects still end up as one record.
import type { Style } from 'exceljs';

import { BUILT_IN_FORMATS, checkSupported, fillXml, fontXml } from './style-parts';
import type { StyleParts } from './style-parts';
import { xmlText } from './xml-text';

const FIRST_CUSTOM_FORMAT = 164;
const DEFAULT_FILLS = ['<fill><patternFill patternType="none"/></fill>', fillXml(grey125())];

function grey125() {
  return { type: 'pattern', pattern: 'gray125' } as const;
}

class Numbered {
  readonly ids = new Map<string, number>();

  constructor(first: readonly string[] = []) {
    for (const xml of first) this.idOf(xml);
  }

  idOf(xml: string): number {
    let id = this.ids.get(xml);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(xml, id);
    }
    return id;
  }

  list(): string[] {
    return [...this.ids.keys()];
  }
}

/** Numbers the styles of a workbook as they are met, then writes styles.xml. */
export class StyleRegistry {
  private readonly byObject = new WeakMap<object, number>();
  private readonly xfs = new Numbered(['0 0 0']);
  private readonly parts: StyleParts[] = [{}];
  private readonly formats = new Map<string, number>();
  private readonly fonts = new Numbered([fontXml({})]);
  private readonly fills = new Numbered(DEFAULT_FILLS);
  private readonly dxfs = new Numbered();
  private readonly dated = new Map<number, number>();

  /** The cellXfs index of a style; 0 for none. The object must not change once used. */
  idOf(style: Partial<Style> | undefined): number {
    if (!style) return 0;
    const known = this.byObject.get(style);
    if (known !== undefined) return known;

    checkSupported(style);
    const format = style.numFmt ? this.formatId(style.numFmt) : 0;
    const font = style.font ? this.fonts.idOf(fontXml(style.font)) : 0;
    const fill = style.fill ? this.fills.idOf(fillXml(style.fill)) : 0;
    const id = this.xfs.idOf(`${format} ${font} ${fill}`);
    if (id === this.parts.length) this.parts.push(style);
    this.byObject.set(style, id);
    return id;
  }

  /** The parts of a numbered style, to derive another from it. */
  partsOf(id: number): StyleParts {
    return this.parts[id];
  }

  /** A style for a date cell: its own when it has a number format, else with a date format. */
  dateIdOf(id: number): number {
    if (this.parts[id].numFmt) return id;
    let dated = this.dated.get(id);
    if (dated === undefined) {
      dated = this.idOf({ ...this.parts[id], numFmt: 'mm-dd-yy' });
      this.dated.set(id, dated);
    }
    return dated;
  }

  /** The dxfs index of a conditional format's style (a font and a fill). */
  dxfIdOf(style: Partial<Style>): number {
    checkSupported(style);
    const font = style.font ? fontXml(style.font) : '';
    const fill = style.fill ? fillXml(style.fill) : '';
    return this.dxfs.idOf(`<dxf>${font}${fill}</dxf>`);
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }

  /** styles.xml for every style met so far. */
  xml(): string {
    const formats = [...this.formats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`,
    );
    const xfs = this.xfs.list().map((key) => {
      const [format, font, fill] = key.split(' ');
      const applied =
        (format !== '0' ? ' applyNumberFormat="1"' : '') +
        (font !== '0' ? ' applyFont="1"' : '') +
        (fill !== '0' ? ' applyFill="1"' : '');
      return `<xf numFmtId="${format}" fontId="${font}" fillId="${fill}" borderId="0" xfId="0"${applied}/>`;
    });
    const list = (tag: string, items: string[]) =>
      `<${tag} count="${items.length}">${items.join('')}</${tag}>`;

    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (formats.length > 0 ? list('numFmts', formats) : '') +
      list('fonts', this.fonts.list()) +
      list('fills', this.fills.list()) +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', xfs) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      list('dxfs', this.dxfs.list()) +
      '</styleSheet>'
    );
  }
}
