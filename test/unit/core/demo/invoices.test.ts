import { describe, expect, it } from 'vitest';

import { generateDemo } from '@core/demo/generate';

import { rowsByLine } from './demo-facts';

const demo = generateDemo();
const byLine = rowsByLine(demo.invoices);

const TWELVE_MONTHS_TO_OCTOBER_2026 = [
  '2025-11',
  '2025-12',
  ...['01', '02', '03', '04', '05', '06', '07', '08', '09', '10'].map((m) => `2026-${m}`),
];

describe('demo invoices', () => {
  it('bill every line not terminated for each of the twelve months before the reference', () => {
    for (const line of demo.lines) {
      const periods = (byLine.get(line.number) ?? []).map((r) => r.period);
      const expected = line.status === 'terminated' ? [] : TWELVE_MONTHS_TO_OCTOBER_2026;
      expect(periods).toEqual(expected);
    }
    expect(byLine.size).toBe(demo.invoices.length / 12);
  });

  it('move with the reference date', () => {
    const spring = generateDemo({ referenceDate: '2026-04-02' });
    const periods = [...new Set(spring.invoices.map((r) => r.period))].sort();

    expect(periods[0]).toBe('2025-04');
    expect(periods.at(-1)).toBe('2026-03');
  });

  it('add up: the total is the sum of the charges, to the cent', () => {
    const offCents = (amount: number): boolean =>
      Math.abs(amount * 100 - Math.round(amount * 100)) > 1e-6;
    const wrong = demo.invoices.filter((row) => {
      const sum = row.planCharge + row.outOfPlan + row.options + row.oneOff;
      return (
        Math.abs(row.totalExVat - sum) >= 0.005 ||
        offCents(row.totalExVat) ||
        offCents(row.outOfPlan)
      );
    });

    expect(wrong).toEqual([]);
    expect(demo.invoices.some((row) => row.oneOff > 0 && row.options > 0)).toBe(true);
  });

  it('charge the plan of the line, under its operator', () => {
    const lines = new Map(demo.lines.map((l) => [l.number, l]));

    const mismatched = demo.invoices.filter((row) => {
      const line = lines.get(row.lineNumber);
      return (
        row.plan !== line?.plan ||
        row.operator !== line.operator ||
        row.planCharge !== line.planPrice
      );
    });

    expect(mismatched).toEqual([]);
  });

  it('bill out-of-plan charges when data goes past the allowance', () => {
    const lines = new Map(demo.lines.map((l) => [l.number, l]));
    const overflowing = demo.invoices.filter(
      (r) => r.dataMb > (lines.get(r.lineNumber)?.dataAllowanceMb ?? Infinity),
    );

    expect(overflowing.length).toBeGreaterThan(100);
    expect(overflowing.filter((row) => row.outOfPlan <= 0)).toEqual([]);
  });

  it('show no calls or texts on data-only plans', () => {
    const dataOnly = new Set(
      demo.lines.filter((l) => l.voiceAllowanceMin === 0).map((l) => l.number),
    );
    const rows = demo.invoices.filter((r) => dataOnly.has(r.lineNumber));

    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((row) => row.voiceMin + row.sms > 0)).toEqual([]);
  });

  it('dip in August, when French offices empty out', () => {
    const voiceIn = (period: string): number =>
      demo.invoices.filter((r) => r.period === period).reduce((sum, r) => sum + r.voiceMin, 0);

    expect(voiceIn('2026-08')).toBeLessThan(0.8 * voiceIn('2026-06'));
  });
});
