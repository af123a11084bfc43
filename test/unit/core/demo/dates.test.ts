import { describe, expect, it } from 'vitest';

import { addDays, dayNumber, fromDayNumber, isIsoDate, periodsBefore } from '@core/demo/dates';

describe('demo calendar', () => {
  it('lists the billing months before the reference month, across a year end', () => {
    expect(periodsBefore('2026-02-10', 3)).toEqual(['2025-11', '2025-12', '2026-01']);
  });

  it('adds days across month ends and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it.each([
    ['2026-11-30', true],
    ['2026-02-30', false],
    ['2026-11-3', false],
    ['30/11/2026', false],
  ])('accepts %s as a date: %s', (value, valid) => {
    expect(isIsoDate(value)).toBe(valid);
  });
});

describe('day numbers', () => {
  it('agree with the platform calendar over four centuries', () => {
    const start = Date.UTC(1900, 0, 1) / 86_400_000;
    const mismatches: string[] = [];

    for (let n = start; n < start + 400 * 366; n += 17) {
      const expected = new Date(n * 86_400_000).toISOString().slice(0, 10);
      if (fromDayNumber(n) !== expected || dayNumber(expected) !== n) mismatches.push(expected);
    }

    expect(mismatches).toEqual([]);
  });
});
