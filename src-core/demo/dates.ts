// Calendar arithmetic on ISO strings with plain integers: no Date, so no time zone can shift a day.

import type { IsoDate, YearMonth } from '../model/ids';

/** Days since 1970-01-01 for an ISO date. */
export function dayNumber(date: IsoDate): number {
  // Integer civil-calendar arithmetic: the generator converts dates hundreds of thousands of
  // times, and this is several times faster than going through Date and split.
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));

  // Count from 1 March so that the leap day ends the year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100);

  return era * 146_097 + dayOfEra + dayOfYear - 719_468;
}

/** The ISO date of a day number. */
export function fromDayNumber(days: number): IsoDate {
  // The inverse of dayNumber: the 400-year era first, then the year, then the month.
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);

  return `${year}-${pad(month)}-${pad(day)}`;
}

function pad(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;

  return fromDayNumber(dayNumber(value)) === value;
}

/** The date `days` later (or earlier when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to`, negative when `to` comes first. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The later of two dates. */
export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

/** The earlier of two dates. */
export function earlierOf(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

/** The billing month a date falls in. */
export function monthOf(date: IsoDate): YearMonth {
  return date.slice(0, 7);
}

/** The billing month `count` months after `month` (before when negative). */
export function addMonths(month: YearMonth, count: number): YearMonth {
  const [year, monthNumber] = month.split('-').map(Number);
  const index = year * 12 + (monthNumber - 1) + count;
  const nextYear = Math.floor(index / 12);

  return `${nextYear}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Whole billing months from `from` to `to`, negative when `to` comes first. */
export function monthsBetween(from: YearMonth, to: YearMonth): number {
  const index = (month: YearMonth): number =>
    Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));

  return index(to) - index(from);
}

/** The `count` billing months that end with the month before `referenceDate`, oldest first. */
export function periodsBefore(referenceDate: IsoDate, count: number): YearMonth[] {
  const current = monthOf(referenceDate);

  return Array.from({ length: count }, (_, i) => addMonths(current, i - count));
}
