import { EOL_OUTCOME_LABELS } from './columns';
import type { InputColumn } from './columns';
import { EOL_OUTCOMES } from './schemas';

// From a spreadsheet's cell to the value the family's schema judges. Spreadsheets write
// numbers and dates the way their locale does, so each converter accepts the French and the
// English ways and says which kind of value it expected when it cannot read the cell.

export type CellValue = string | number | boolean | null | undefined;
export type Converted = { ok: true; value: CellValue } | { ok: false; reason: string };

/** Lower case, no accents, no spaces or punctuation: how headers and choices are compared. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

// "1 250,50", "1,250.50", "1.250,50", "12500.5", "45 €": with both kinds, the last one is the
// decimal separator; several of one kind are thousands separators; a lone comma is a decimal
// comma unless the file is comma-separated (then it was quoted, the English way: "1,200").
function readNumber(text: string, decimalComma: boolean): number | null {
  let compact = text.replace(/[\s\u00a0\u202f'€%]/g, '');
  const commas = compact.split(',').length - 1;
  const dots = compact.split('.').length - 1;
  if (commas > 0 && dots > 0) {
    const decimal = compact.lastIndexOf(',') > compact.lastIndexOf('.') ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    compact = compact.split(thousands).join('').replace(decimal, '.');
  } else if (commas === 1 && decimalComma) compact = compact.replace(',', '.');
  else if (commas > 0) compact = compact.split(',').join('');
  else if (dots > 1) compact = compact.split('.').join('');
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : null;
}

const pad = (n: string) => n.padStart(2, '0');

function realDay(year: string, month: string, day: string): string | null {
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  const parsed = new Date(`${iso}T00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso) ? iso : null;
}

// YYYY-MM-DD or dd/mm/yyyy (also with '.' or '-'), then an optional time for instants.
function readDay(text: string, withTime: boolean): string | null {
  const time = withTime ? '(?:[T ](\\d{1,2}):(\\d{2})(?::\\d{2})?)?' : '';
  const iso = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${time}$`).exec(text);
  const dmy = new RegExp(`^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})${time}$`).exec(text);
  const day = iso
    ? realDay(iso[1] ?? '', iso[2] ?? '', iso[3] ?? '')
    : dmy && realDay(dmy[3] ?? '', dmy[2] ?? '', dmy[1] ?? '');
  const match = iso ?? dmy;
  if (!day || !match) return null;

  const [hours, minutes] = [match[4], match[5]];
  if (hours === undefined || minutes === undefined) return day;
  if (Number(hours) > 23 || Number(minutes) > 59) return null;
  return `${day}T${pad(hours)}:${minutes}`;
}

// YYYY-MM or mm/yyyy; a whole date (a spreadsheet's "month" cell is often the 1st) gives its
// month.
function readMonth(text: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})$/.exec(text);
  const my = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  const [year, month] = iso ? [iso[1], iso[2]] : my ? [my[2], my[1]] : [];
  if (year !== undefined && month !== undefined) {
    return Number(month) >= 1 && Number(month) <= 12 ? `${year}-${pad(month)}` : null;
  }
  return readDay(text, false)?.slice(0, 7) ?? null;
}

const TRUE_WORDS = new Set(['oui', 'o', 'yes', 'y', 'true', 'vrai', '1', 'x']);
const FALSE_WORDS = new Set(['non', 'n', 'no', 'false', 'faux', '0']);

function readFlag(text: string): boolean | null {
  const word = foldText(text);
  if (TRUE_WORDS.has(word)) return true;
  return FALSE_WORDS.has(word) ? false : null;
}

function readOutcome(text: string): string | null {
  const word = foldText(text);
  const found = EOL_OUTCOMES.find((outcome) => {
    const { fr, en } = EOL_OUTCOME_LABELS[outcome];
    return [outcome, fr, en].some((name) => foldText(name) === word);
  });
  return found ?? null;
}

function read(column: InputColumn, text: string, decimalComma: boolean): CellValue | null {
  switch (column.type) {
    case 'decimal':
    case 'integer':
    case 'scale':
      return readNumber(text, decimalComma);
    case 'date':
      return readDay(text, false);
    case 'datetime':
      return readDay(text, true);
    case 'month':
      return readMonth(text);
    case 'flag':
      return readFlag(text);
    case 'outcome':
      return readOutcome(text);
    case 'text':
      return text;
  }
}

const REASONS: Record<InputColumn['type'], string> = {
  decimal: 'number',
  integer: 'number',
  scale: 'scale',
  date: 'date',
  datetime: 'date',
  month: 'month',
  flag: 'flag',
  outcome: 'choice',
  text: 'invalid',
};

/** Converts one cell for its column; an empty cell is undefined, or the optional default. */
export function convertCell(column: InputColumn, raw: string, decimalComma = true): Converted {
  const text = raw.trim();
  if (text === '') {
    if (column.type === 'flag') return { ok: true, value: false };
    if (!column.optional) return { ok: true, value: undefined };
    return { ok: true, value: column.type === 'text' ? '' : null };
  }
  const value = read(column, text, decimalComma);
  return value === null ? { ok: false, reason: REASONS[column.type] } : { ok: true, value };
}
