import { isPlainNumber, parseAmount } from './amounts';
import type { DecimalMark } from './amounts';
import type { Parsed } from '../types';

const DATA_UNITS: Record<string, number> = {
  b: 1 / 1024 / 1024,
  o: 1 / 1024 / 1024,
  kb: 1 / 1024,
  ko: 1 / 1024,
  mb: 1,
  mo: 1,
  gb: 1024,
  go: 1024,
  tb: 1024 * 1024,
  to: 1024 * 1024,
};

const UNLIMITED = /^(illimit[ée]e?s?|unlimited|ilimitado)$/i;

/**
 * Reads a data volume in MB: `5120`, `5 Go`, `1,5 GB`, `850 Ko`; a bare number is in the
 * column's unit. `illimité` / `unlimited` give null: no figure can stand for it.
 */
export function parseDataMb(
  text: string,
  unitMb = 1,
  decimal?: DecimalMark,
): Parsed<number | null> {
  const value = text.trim();
  // Most volumes are bare numbers, which cannot end with a unit.
  if (isPlainNumber(value)) return scaled(value, unitMb, decimal);
  if (UNLIMITED.test(value)) return { ok: true, value: null };

  const match = /^(.*?)\s*([kmgt]?[bo])$/i.exec(value);
  const factor = match ? DATA_UNITS[match[2].toLowerCase()] : unitMb;
  return scaled(match ? match[1] : value, factor, decimal);
}

/**
 * Reads a duration in minutes: `150`, `2h30`, `45 min`, `90 s`, `1:02:30` (h:mm:ss) and
 * `1053:00` (Bell's mmm:ss). `illimité` gives null.
 */
export function parseMinutes(text: string, decimal?: DecimalMark): Parsed<number | null> {
  const value = text.trim();
  if (isPlainNumber(value)) return scaled(value, 1, decimal);
  if (UNLIMITED.test(value)) return { ok: true, value: null };

  const clock = /^(\d+):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (clock) {
    const [, a, b, c] = clock;
    const minutes = c === undefined ? +a + +b / 60 : +a * 60 + +b + +c / 60;
    return { ok: true, value: Math.round(minutes * 100) / 100 };
  }

  const hours = /^(\d+)\s*h\s*(\d{1,2})?\s*(?:min|mn)?$/i.exec(value);
  if (hours) return { ok: true, value: +hours[1] * 60 + Number(hours[2] ?? 0) };

  const unit = /^(.*?)\s*(s|sec|min|mn|h)$/i.exec(value);
  if (!unit) return scaled(value, 1, decimal);
  const factor = { s: 1 / 60, sec: 1 / 60, min: 1, mn: 1, h: 60 }[unit[2].toLowerCase()] ?? 1;
  return scaled(unit[1], factor, decimal);
}

/** Reads a plain count or measure (`167.000000000000000`, `0000186`, `1 204`). */
export function parseQuantity(text: string, decimal?: DecimalMark): Parsed<number | null> {
  return scaled(text, 1, decimal);
}

function scaled(text: string, factor: number, decimal?: DecimalMark): Parsed<number | null> {
  const parsed = parseAmount(text, { decimal });
  if (!parsed.ok) return { ok: false, code: 'import-number-invalid', params: { value: text } };
  if (parsed.value === null) return parsed;
  if (parsed.value < 0)
    return { ok: false, code: 'import-number-invalid', params: { value: text } };
  return { ok: true, value: parsed.value * factor };
}
