import { describe, expect, it } from 'vitest';

import { lifetimeExtension } from '@core/kpi/defs/sustainability';
import { dataPerLine } from '@core/kpi/defs/usage';
import { KPI_SETTING_DEFAULTS } from '@core/kpi/settings';
import { restoreFootprints } from '@core/reference/footprints';

import { bill, device, input, line } from './fixtures';

describe('usage.dataPerLineMonthly', () => {
  const invoices = [
    bill('L1', '2026-09', { dataMb: 1000 }),
    bill('L1', '2026-10', { dataMb: 2000 }),
    bill('L1', '2026-11', { dataMb: 3000 }),
    bill('L2', '2026-11', { dataMb: 500 }),
    bill('L3', '2026-10'),
    bill('L3', '2026-11'),
  ];
  const lines = [
    line('L1', { department: 'Ventes', plan: 'Pro' }),
    line('L2', { department: 'Ventes', plan: 'Basic' }),
  ];

  it('averages each line over the months it was billed, then over lines', () => {
    // L1 2,000, L2 500, L3 0 -> 2,500 / 3 = 833.3 MB a month. Ventes (2,000 + 500) / 2 = 1,250;
    // L3 has no line record. Months: Sep 1,000; Oct (2,000 + 0) / 2; Nov (3,000 + 500 + 0) / 3.
    const result = dataPerLine.compute(input({ invoices, lines }));

    expect(result.value).toBeCloseTo(2500 / 3, 6);
    expect(result.basis).toBe(3);
    expect(result.breakdown).toEqual({ Ventes: 1250, unassigned: 0 });
    expect(result.trend?.map((p) => p.value)).toEqual([1000, 1000, 3500 / 3]);
  });

  it('splits by the profile field chosen in the settings', () => {
    const settings = { ...KPI_SETTING_DEFAULTS, profileField: 'plan' as const };
    const result = dataPerLine.compute(input({ invoices, lines, settings }));

    expect(result.breakdown).toEqual({ Pro: 2000, Basic: 500, unassigned: 0 });
  });

  it('has no value without invoices', () => {
    expect(dataPerLine.compute(input({ lines })).missing?.reason).toBe('no-invoices');
  });
});

describe('sustainability.lifetimeExtensionCo2', () => {
  const footprints = restoreFootprints({
    schemaVersion: 1,
    snapshotDate: '2023-02-23',
    source: 'test',
    licence: 'test',
    method: 'test',
    models: [
      {
        kind: 'smartphone',
        manufacturer: 'Apple',
        model: 'iPhone 13',
        aliases: [],
        manufacturingKg: 52,
        variants: 1,
      },
    ],
    medians: [{ kind: 'smartphone', manufacturer: null, manufacturingKg: 50, models: 1 }],
  });
  const devices = [
    device('iphone', { kind: 'smartphone', manufacturer: 'Apple', model: 'iPhone 13' }),
    device('phone', { kind: 'smartphone', manufacturer: 'Crosscall', model: 'Core-X5' }),
    device('thing', { kind: 'other' }),
  ];

  it.each([
    // L = 3 years: F x (1/3 - 1/4) = 102 / 12 = 8.5 kg a year.
    [36, 8.5],
    // L = 4 years: 102 x (1/4 - 1/5) = 102 / 20 = 5.1.
    [48, 5.1],
  ])('with a %i-month lifetime avoids %f kg CO2e a year', (months, kg) => {
    const settings = { ...KPI_SETTING_DEFAULTS, deviceLifetimeMonths: months };
    const result = lifetimeExtension.compute(input({ devices, footprints, settings }));

    expect(result.value).toBeCloseTo(kg, 9);
    expect(result.basis).toBe(2);
  });

  it('shows the yearly manufacturing emissions before and after, and its caveats', () => {
    // 102 kg spread over 3 years = 34 a year; over 4 years = 25.5.
    const result = lifetimeExtension.compute(input({ devices, footprints }));

    expect(result.breakdown).toEqual({
      manufacturingKg: 102,
      yearlyKgNow: 34,
      yearlyKgExtended: 25.5,
    });
    expect(result.caveats).toEqual([
      { code: 'rows-without-data', count: 1 },
      { code: 'footprint-from-median', count: 1 },
    ]);
  });

  it('has no value without footprint factors', () => {
    const result = lifetimeExtension.compute(input({ devices }));

    expect(result.missing).toEqual({
      reason: 'no-footprints',
      need: { kind: 'reference', file: 'device-footprints' },
    });
  });
});
