import { describe, expect, it } from 'vitest';

import { addDays, addYears, daysBetween } from '@core/reference/dates';
import { compareVersions, isInCycle, versionParts } from '@core/reference/versions';

describe('dates', () => {
  it.each([
    ['2026-06-01', '2026-11-30', 182],
    ['2024-02-28', '2024-03-01', 2],
    ['2026-11-30T23:59:00Z', '2026-11-30', 0],
    ['2026-12-01', '2026-11-30', -1],
  ])('from %s to %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it.each([
    ['2026-11-30', -3, '2023-11-30'],
    ['2024-02-29', 1, '2025-02-28'],
  ])('%s plus %i years is %s', (from, years, expected) => {
    expect(addYears(from, years)).toBe(expected);
  });

  it('adds days across a month end', () => {
    expect(addDays('2026-11-30', 2)).toBe('2026-12-02');
  });
});

describe('versions', () => {
  it.each([
    ['iOS 16.7.10', [16, 7, 10]],
    ['10.0.26100.4652', [10, 0, 26100, 4652]],
    ['Android', null],
    [null, null],
  ])('reads %s as %o', (text, parts) => {
    expect(versionParts(text)).toEqual(parts);
  });

  it('puts "8" in cycle 8.0 but not in 8.1', () => {
    expect(isInCycle([8], [8, 0])).toBe(true);
    expect(isInCycle([8], [8, 1])).toBe(false);
  });

  it('orders 16.7.10 after 16.7.9', () => {
    expect(compareVersions([16, 7, 10], [16, 7, 9])).toBeGreaterThan(0);
    expect(compareVersions([16, 7], [16, 7, 0])).toBe(0);
  });
});
