import { monthFromName } from './month-names';
import { parseDate } from './dates';
import type { Parsed } from '../types';

/**
 * Reads a billing month as `YYYY-MM`: `2023-02`, `202302`, `02/2023`, `02/23` (TIM's `MM/yy`),
 * `février 2023`, `Feb-23`, or any full date, which stands for its month.
 */
export function parsePeriod(text: string): Parsed<string | null> {
  const value = text.trim();
  if (value === '') return { ok: true, value: null };

  let match = /^(\d{4})[-/.]?(\d{2})$/.exec(value);
  if (match) return month(+match[1], +match[2], value);

  match = /^(\d{1,2})[-/.](\d{4}|\d{2})$/.exec(value);
  if (match) return month(fullYear(match[2]), +match[1], value);

  match = /^([\p{L}.]+)[\s\-/]+(\d{4}|\d{2})$/u.exec(value);
  if (match) return month(fullYear(match[2]), monthFromName(match[1]) ?? 0, value);

  const date = parseDate(value);
  if (date.ok && date.value) return { ok: true, value: date.value.slice(0, 7) };
  return { ok: false, code: 'import-period-invalid', params: { value } };
}

function month(year: number, monthNumber: number, value: string): Parsed<string | null> {
  if (monthNumber < 1 || monthNumber > 12 || year < 1990 || year > 2100) {
    return { ok: false, code: 'import-period-invalid', params: { value } };
  }
  return { ok: true, value: `${year}-${String(monthNumber).padStart(2, '0')}` };
}

function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}
