import { describe, expect, it } from 'vitest';

import { effectiveReferenceDate, latestInvoiceDay } from '@core/kpi/reference-date';

const bills = (...periods: string[]) => periods.map((period) => ({ period }));

describe('the reference date', () => {
  it('is the last day of the latest month the bills cover, whatever their order', () => {
    expect(latestInvoiceDay(bills('2024-03', '2024-04', '2024-02'))).toBe('2024-04-30');
    expect(latestInvoiceDay(bills('2024-02'))).toBe('2024-02-29');
    expect(latestInvoiceDay(bills('2023-02'))).toBe('2023-02-28');
    expect(latestInvoiceDay(bills('2024-12', '2024-11'))).toBe('2024-12-31');
  });

  it('is the engagement’s own date when it has one, today when there is no bill', () => {
    expect(effectiveReferenceDate('2024-01-15', bills('2024-04'), '2026-12-04')).toBe('2024-01-15');
    expect(effectiveReferenceDate(null, bills('2024-04'), '2026-12-04')).toBe('2024-04-30');
    expect(effectiveReferenceDate(null, [], '2026-12-04')).toBe('2026-12-04');
    expect(latestInvoiceDay([])).toBeNull();
  });
});
