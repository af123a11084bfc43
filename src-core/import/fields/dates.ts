import { monthFromName } from './month-names';
import type { Parsed } from '../types';

/** Which number comes first in `01/02/2023`: the day (France) or the month (United States). */
export type DayOrder = 'dmy' | 'mdy';

export interface DateOptions {
  /** Set by the caller once the column has proved it (see inferDayOrder); French by default. */
  order?: DayOrder;
}

interface Parts {
  year: number;
  month: number;
  day: number;
  time?: { hour: number; minute: number; second: number };
  /** Minutes east of UTC when the value said so (`Z`, `+02:00`). */
  offset?: number;
}

const TIME = String.raw`(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([AaPp][Mm]?)?)?`;
const ZONE = String.raw`\s*(Z|UTC|[+-]\d{2}:?\d{2})?`;
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}${ZONE}$`, 'i');
const YMD = new RegExp(String.raw`^(\d{4})[/.](\d{1,2})[/.](\d{1,2})${TIME}$`);
const NUMERIC = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})${TIME}$`);
const DAY_NAME = new RegExp(
  String.raw`^(\d{1,2})(?:er)?[\s.-]+([\p{L}.]+)[\s.,-]+(\d{2}|\d{4})${TIME}$`,
  'iu',
);
const NAME_DAY = new RegExp(String.raw`^([\p{L}.]+)\s+(\d{1,2}),?\s+(\d{4})${TIME}$`, 'iu');
const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * Reads a date as exports write it: ISO with or without zone and 7-digit fractions, `yyyy/MM/dd`,
 * `dd/MM/yyyy` (or `MM/dd/yy` when told), `Aug 16, 2021`, `06-Feb-23`, `16 août 2021`,
 * `20230216`, `04202023`, Excel serials and epoch milliseconds. Gives `YYYY-MM-DD`, or
 * `YYYY-MM-DDTHH:mm:ss` (+`Z` when the zone was known). Blank and "never" sentinels
 * (`0001-01-01`, `9999-12-31`) give null.
 */
export function parseDate(text: string, options: DateOptions = {}): Parsed<string | null> {
  const value = text.trim();
  if (value === '') return { ok: true, value: null };

  const parts = readParts(value, options);
  if (parts === 'invalid') return { ok: false, code: 'import-date-invalid', params: { value } };
  if (parts.year <= 1 || parts.year >= 9999) return { ok: true, value: null };

  return { ok: true, value: format(parts) };
}

/** Turns an Excel day serial (days since 1899-12-30, fraction = time) into an ISO date. */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial <= 0) return null;
  return format(fromInstant(EXCEL_EPOCH + Math.round(serial * MS_PER_DAY), false));
}

/**
 * Decides a column's day order from its values: one `25/12/2023` proves day first, one
 * `12/25/2023` month first. Null when nothing proves either, or when both are seen.
 */
export function inferDayOrder(values: Iterable<string>): DayOrder | null {
  let dayFirst = false;
  let monthFirst = false;
  const seen = new Set<string>();

  for (const value of values) {
    if (seen.has(value)) continue;
    seen.add(value);
    const match = NUMERIC.exec(value.trim());
    if (!match) continue;
    if (Number(match[1]) > 12) dayFirst = true;
    if (Number(match[2]) > 12) monthFirst = true;
  }

  if (dayFirst === monthFirst) return null;
  return dayFirst ? 'dmy' : 'mdy';
}

function readParts(value: string, options: DateOptions): Parts | 'invalid' {
  let match = ISO.exec(value);
  if (match) return checked(+match[1], +match[2], +match[3], match.slice(4, 8), match[8]);

  match = YMD.exec(value);
  if (match) return checked(+match[1], +match[2], +match[3], match.slice(4, 8));

  match = NUMERIC.exec(value);
  if (match) return fromNumeric(match, options.order);

  match = DAY_NAME.exec(value);
  if (match) return fromNamed(match[3], match[2], match[1], match.slice(4, 8));

  match = NAME_DAY.exec(value);
  if (match) return fromNamed(match[3], match[1], match[2], match.slice(4, 8));

  if (/^\d{8}$/.test(value)) return fromCompact(value, options.order);
  if (/^\d{12,13}$/.test(value)) return fromInstant(Number(value), true);
  if (/^\d{5}(\.\d+)?$/.test(value))
    return fromInstant(EXCEL_EPOCH + Number(value) * MS_PER_DAY, false);

  return 'invalid';
}

function fromNumeric(match: RegExpExecArray, order: DayOrder | undefined): Parts | 'invalid' {
  const first = Number(match[1]);
  const second = Number(match[2]);
  const monthFirst = order ? order === 'mdy' : second > 12;
  const year = fullYear(match[3]);
  const time = match.slice(4, 8);

  return monthFirst ? checked(year, first, second, time) : checked(year, second, first, time);
}

function fromNamed(
  year: string,
  monthName: string,
  day: string,
  time: string[],
): Parts | 'invalid' {
  const month = monthFromName(monthName);
  return month ? checked(fullYear(year), month, Number(day), time) : 'invalid';
}

// Eight digits are `yyyyMMdd` (AT&T) when that is a date, else `MMddyyyy` (Rogers) or `ddMMyyyy`.
function fromCompact(value: string, order: DayOrder | undefined): Parts | 'invalid' {
  const asYmd = checked(+value.slice(0, 4), +value.slice(4, 6), +value.slice(6, 8), []);
  if (asYmd !== 'invalid' && asYmd.year >= 1900) return asYmd;

  const a = +value.slice(0, 2);
  const b = +value.slice(2, 4);
  const year = +value.slice(4, 8);
  const monthFirst = order ? order === 'mdy' : a <= 12 && b > 12;
  return monthFirst ? checked(year, a, b, []) : checked(year, b, a, []);
}

function fromInstant(ms: number, utc: boolean): Parts {
  const date = new Date(ms);
  const time = {
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
  const midnight = time.hour === 0 && time.minute === 0 && time.second === 0;

  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    time: midnight ? undefined : time,
    offset: utc && !midnight ? 0 : undefined,
  };
}

function checked(
  year: number,
  month: number,
  day: number,
  time: (string | undefined)[],
  zone?: string,
): Parts | 'invalid' {
  if (month < 1 || month > 12 || day < 1) return 'invalid';
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate() && year > 1 && year < 9999)
    return 'invalid';

  const parts: Parts = { year, month, day };
  if (time[0] !== undefined) {
    const parsed = readTime(time);
    if (!parsed) return 'invalid';
    parts.time = parsed;
  }
  if (zone) parts.offset = zoneOffset(zone);
  return parts;
}

function readTime([h, m, s, meridiem]: (string | undefined)[]): Parts['time'] | null {
  let hour = Number(h);
  const minute = Number(m);
  const second = Number(s ?? 0);

  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem[0].toLowerCase() === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { hour, minute, second };
}

function zoneOffset(zone: string): number {
  if (/^(z|utc)$/i.test(zone)) return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.replace(/[^\d]/g, '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

// Two-digit years pivot as POSIX does: 69-99 are 1900s, 00-68 are 2000s.
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length > 2) return year;
  return year >= 69 ? 1900 + year : 2000 + year;
}

function format(parts: Parts): string {
  const day = `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
  if (!parts.time) return day;

  if (parts.offset === undefined) return `${day}T${clock(parts.time)}`;

  const { hour, minute, second } = parts.time;
  const utc = Date.UTC(parts.year, parts.month - 1, parts.day, hour, minute, second);
  return new Date(utc - parts.offset * 60_000).toISOString().slice(0, 19) + 'Z';
}

function clock(time: NonNullable<Parts['time']>): string {
  return `${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}
