import type { Parsed } from '../types';

/** The character that separates units from cents. */
export type DecimalMark = ',' | '.';

export interface AmountOptions {
  /** Set once the column has proved it (see inferDecimalMark); needed for `1,234` alone. */
  decimal?: DecimalMark;
}

const SPACES = /[\s\u00a0\u202f\u2009']/g;
const CURRENCY = /[€$£¥]|\b(?:EUR|USD|CAD|GBP|CHF|HT|TTC)\b/gi;

/**
 * Reads a money amount: `1 234,56 €` (any kind of space), `1,234.56`, `1.234,56`, `-40926.69`,
 * `(12.00)` and `($948.03)` as negatives, `.74`. A lone separator followed by exactly three
 * digits (`1,234`) is ambiguous and refused unless the column's decimal mark is known.
 */
export function parseAmount(text: string, options: AmountOptions = {}): Parsed<number | null> {
  const value = text.trim();
  if (value === '' || value === '-' || value === '—') return { ok: true, value: null };
  // Most cells are bare numbers: no currency, space or sign to strip.
  const simple = simpleNumber(value);
  if (simple !== null) return { ok: true, value: simple };
  if (isPlainNumber(value)) return toNumber(value, 1, value, options.decimal);

  let body = value.replace(CURRENCY, '').replace(SPACES, '').replace('\u2212', '-');
  let sign = 1;
  if (/^\(.*\)$/.test(body)) {
    sign = -1;
    body = body.slice(1, -1);
  }
  if (/^[-+]/.test(body)) {
    if (body[0] === '-') sign = -sign;
    body = body.slice(1);
  } else if (body.endsWith('-')) {
    sign = -sign;
    body = body.slice(0, -1);
  }

  if (!/^\d*[.,]?[\d.,]*$/.test(body)) {
    return { ok: false, code: 'import-amount-invalid', params: { value } };
  }
  return toNumber(body, sign, value, options.decimal);
}

// `body` holds only digits, dots and commas.
function toNumber(
  body: string,
  sign: number,
  value: string,
  hint: DecimalMark | undefined,
): Parsed<number | null> {
  if (!/\d/.test(body)) return { ok: false, code: 'import-amount-invalid', params: { value } };

  const mark = decimalMarkOf(body, hint);
  if (mark === 'ambiguous')
    return { ok: false, code: 'import-amount-ambiguous', params: { value } };

  const thousands = mark === ',' ? '.' : ',';
  const normal = body.replaceAll(thousands, '').replace(mark ?? '.', '.');
  const number = Number(normal);
  if (!Number.isFinite(number))
    return { ok: false, code: 'import-amount-invalid', params: { value } };
  return { ok: true, value: sign * number };
}

/** The decimal mark a column's values prove, or null when none proves one or they disagree. */
export function inferDecimalMark(values: Iterable<string>): DecimalMark | null {
  let found: DecimalMark | null = null;
  let previous: string | null = null;

  for (const value of values) {
    // Repeats do not change the answer, and a bill repeats its prices row after row.
    if (value === previous) continue;
    previous = value;
    const body = isPlainNumber(value)
      ? value
      : value
          .replace(CURRENCY, '')
          .replace(SPACES, '')
          .replace(/[()+-]/g, '');
    const mark = decimalMarkOf(body, undefined);
    if (mark === 'ambiguous' || mark === null) continue;
    if (found && found !== mark) return null;
    found = mark;
  }

  return found;
}

// The last separator is the decimal one when both kinds appear; a repeated one groups thousands.
function decimalMarkOf(
  body: string,
  hint: DecimalMark | undefined,
): DecimalMark | 'ambiguous' | null {
  const lastComma = body.lastIndexOf(',');
  const lastDot = body.lastIndexOf('.');
  if (lastComma < 0 && lastDot < 0) return null;
  if (lastComma >= 0 && lastDot >= 0) return lastComma > lastDot ? ',' : '.';

  const mark: DecimalMark = lastComma >= 0 ? ',' : '.';
  const at = body.indexOf(mark);
  if (at !== Math.max(lastComma, lastDot)) return mark === ',' ? '.' : ',';

  // No allocation here: inferDecimalMark runs this on every value of every amount column.
  const decimals = body.length - at - 1;
  const noUnits = at === 0 || (at === 1 && body.charCodeAt(0) === 48);
  if (decimals !== 3 || noUnits) return mark;
  return hint ?? 'ambiguous';
}

const POWERS_OF_TEN = Array.from({ length: 16 }, (_, n) => 10 ** n);
const MAX_SIMPLE_DIGITS = 15;

/**
 * `1999`, `19,99` or `19.99` read without building a string: digits with at most one mark, not
 * followed by exactly three digits (which could group thousands). Null for anything else. The
 * digits form an exact integer and dividing it by an exact power of ten rounds once, so the
 * result is the very number `Number('19.99')` gives.
 */
export function simpleNumber(value: string): number | null {
  let digits = 0;
  let integer = 0;
  let mark = -1;

  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      integer = integer * 10 + (code - 48);
      digits++;
    } else if ((code === 44 || code === 46) && mark < 0 && i > 0) {
      mark = i;
    } else {
      return null;
    }
  }

  const decimals = mark < 0 ? 0 : value.length - mark - 1;
  if (digits === 0 || digits > MAX_SIMPLE_DIGITS || decimals === 3) return null;
  if (mark >= 0 && decimals === 0) return null;
  return decimals === 0 ? integer : integer / POWERS_OF_TEN[decimals];
}

/** Digits, dots and commas only: nothing to strip, which spares three replacements per value. */
export function isPlainNumber(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code < 48 || code > 57) && code !== 44 && code !== 46) return false;
  }
  return true;
}
