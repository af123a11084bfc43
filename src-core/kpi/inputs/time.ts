// Date arithmetic for the entered rows: everything in UTC milliseconds.

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Milliseconds of an ISO day or `YYYY-MM-DDTHH:mm`, read as UTC. */
export function instantMs(text: string): number {
  return Date.parse(text.length === 10 ? `${text}T00:00Z` : `${text}Z`);
}

/** Hours from one instant to another. */
export function hoursBetween(start: string, end: string): number {
  return (instantMs(end) - instantMs(start)) / HOUR_MS;
}

/** Days from one ISO day to another. */
export function daysBetween(start: string, end: string): number {
  return (instantMs(end) - instantMs(start)) / DAY_MS;
}

/** The `YYYY-MM` month of an ISO day or instant. */
export function monthOf(text: string): string {
  return text.slice(0, 7);
}

/** Every month from `first` to `last` included, both `YYYY-MM`. */
export function monthsFrom(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard += 1) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    if (current > last) break;
    months.push(current);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
  return months;
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
