// Day arithmetic on ISO dates in UTC, so a figure never depends on the machine's time zone.

const MS_PER_DAY = 86_400_000;

// A fleet repeats a few thousand distinct dates across tens of thousands of devices.
const known = new Map<string, number>();
const KNOWN_MAX = 20_000;

/** Days since 1970-01-01 for an ISO date or timestamp (only its `YYYY-MM-DD` part counts). */
export function dayNumber(iso: string): number {
  let day = known.get(iso);
  if (day === undefined) {
    if (known.size >= KNOWN_MAX) known.clear();
    day = parseDay(iso);
    known.set(iso, day);
  }
  return day;
}

function parseDay(iso: string): number {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** Whole days from `from` to `to`; negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The ISO date `days` after (or before, when negative) `iso`. */
export function addDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whether a string starts with a plausible `YYYY-MM-DD` date. */
export function isIsoDate(value: string | null | undefined): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value);
}

// Apart from `known`: dayNumber also takes strings isIsoDate refuses ("2024-1-5"), and those
// must stay null here.
const isoDays = new Map<string, number | null>();

/** `dayNumber` of a value that passes `isIsoDate`, else null; one lookup per known string. */
export function isoDayNumber(value: string | null | undefined): number | null {
  if (typeof value !== 'string') return null;

  let day = isoDays.get(value);
  if (day === undefined) {
    if (isoDays.size >= KNOWN_MAX) isoDays.clear();
    day = isIsoDate(value) ? dayNumber(value) : null;
    isoDays.set(value, day);
  }
  return day;
}

/** The same calendar day `years` later (earlier when negative); 29 February becomes the 28th. */
export function addYears(iso: string, years: number): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  const target = new Date(Date.UTC(year + years, month - 1, day));
  if (target.getUTCDate() !== day) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}
