import { describe, expect, it } from 'vitest';

import { dayNumber, isoDayNumber } from '@core/reference/dates';

// The KPIs read 50,000 purchase and check-in dates per computation through one remembered
// lookup: it must answer exactly what isIsoDate followed by dayNumber would.

describe('day number of an ISO date', () => {
  it('is the day number of a date or a timestamp', () => {
    expect(isoDayNumber('1970-01-02')).toBe(1);
    expect(isoDayNumber('2026-11-30T23:59:00Z')).toBe(dayNumber('2026-11-30'));
  });

  it('is null for what isIsoDate refuses, even after dayNumber read it', () => {
    expect(dayNumber('2024-1-5')).not.toBeNaN();

    expect(isoDayNumber('2024-1-5')).toBeNull();
    expect(isoDayNumber('')).toBeNull();
    expect(isoDayNumber(null)).toBeNull();
    expect(isoDayNumber(undefined)).toBeNull();
  });

  it('gives the same answer when asked again', () => {
    expect(isoDayNumber('2025-02-28')).toBe(isoDayNumber('2025-02-28'));
    expect(isoDayNumber('31/12/2025')).toBeNull();
    expect(isoDayNumber('31/12/2025')).toBeNull();
  });
});
