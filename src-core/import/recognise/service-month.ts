import { parseDate } from '../fields/dates';
import type { DayOrder } from '../fields/dates';

const MS_PER_DAY = 86_400_000;
// A yearly fee is the longest charge a bill spreads; a longer range is not a service period.
const MAX_DAYS = 366;
// `02/17/24 - 03/16/24`, `07-Feb-24 to 06-Mar-24`, `du 01/02/2024 au 29/02/2024`.
const RANGE = /^\s*(?:du\s+)?(.+?)\s+(?:-|–|to|au)\s+(.+?)\s*$/i;

/**
 * The month a service range covers, `YYYY-MM`: the month holding most of its days, the earlier
 * one on a tie. Operators' cycles rarely start on the 1st (Feb 17 to Mar 16 is mostly March).
 * Null when the text is not a range of two dates in order.
 */
export function serviceMonthOf(text: string, order?: DayOrder): string | null {
  const match = RANGE.exec(text);
  if (!match) return null;

  const [start, end] = [match[1], match[2]].map((part) => parseDate(part, { order }));
  if (!start.ok || !end.ok || !start.value || !end.value) return null;
  const from = Date.parse(`${start.value.slice(0, 10)}T00:00:00Z`);
  const to = Date.parse(`${end.value.slice(0, 10)}T00:00:00Z`);
  if (!(to >= from) || to - from >= MAX_DAYS * MS_PER_DAY) return null;

  const days = new Map<string, number>();
  for (let day = from; day <= to; day += MS_PER_DAY) {
    const month = new Date(day).toISOString().slice(0, 7);
    days.set(month, (days.get(month) ?? 0) + 1);
  }

  let best: [string, number] = ['', 0];
  for (const entry of days) if (entry[1] > best[1]) best = entry;
  return best[0];
}
