import { describe, expect, it } from 'vitest';

import type { VendorCost } from '@core/grid/cost-input';
import { costView } from '@core/grid/cost-view';

import { vid } from './build';

const offer = (vendorId: string, fields: Partial<VendorCost>): VendorCost => ({
  vendorId: vid(vendorId),
  basis: 'device',
  monthlyPrice: 0,
  setup: 0,
  training: 0,
  migration: 0,
  yearlyIncreasePercent: 0,
  ...fields,
});

describe('costView', () => {
  const fleet = { devices: 100, users: 80 };
  const [a, b] = costView(fleet, [
    offer('A', {
      monthlyPrice: 5,
      setup: 2000,
      training: 1000,
      migration: 500,
      yearlyIncreasePercent: 10,
    }),
    offer('B', { basis: 'user', monthlyPrice: 6 }),
  ]);

  it('raises a per-device price each year and adds one-off costs in year 1', () => {
    // Year 1: 100 × 5 × 12 = 6,000 + one-off 2,000 + 1,000 + 500 = 3,500 -> 9,500
    // Year 2: 6,000 × 1.1 = 6,600; year 3: 6,000 × 1.1² = 7,260
    // Total 9,500 + 6,600 + 7,260 = 23,360; per device-month 23,360 / (100 × 36) ≈ 6.4889
    expect(a.years.map((y) => [y.year, y.oneOff])).toEqual([
      [1, 3500],
      [2, 0],
      [3, 0],
    ]);
    [6000, 6600, 7260].forEach((licences, i) =>
      expect(a.years[i].licences).toBeCloseTo(licences, 9),
    );
    expect(a.total).toBeCloseTo(23360, 9);
    expect(a.perDevicePerMonth).toBeCloseTo(23360 / 3600, 9);
  });

  it('prices a per-user offer on the user count and ranks the cheaper first', () => {
    // 80 users × 6 × 12 = 5,760 a year, flat -> 17,280 over 3 years; 17,280 / 3,600 = 4.8
    expect(b).toMatchObject({ units: 80, total: 17280, perDevicePerMonth: 4.8, costRank: 1 });
    expect(a.costRank).toBe(2);
  });

  it('takes another contract length and has no per-device cost without devices', () => {
    // 1 year: 80 × 6 × 12 = 5,760
    const [only] = costView(
      { devices: 0, users: 80 },
      [offer('B', { basis: 'user', monthlyPrice: 6 })],
      1,
    );

    expect(only).toMatchObject({ total: 5760, perDevicePerMonth: null });
    expect(only.years).toHaveLength(1);
  });

  it('gives equal offers the same cost rank', () => {
    const views = costView(fleet, [offer('A', { setup: 100 }), offer('B', { training: 100 })]);

    expect(views.map((v) => v.costRank)).toEqual([1, 1]);
  });
});
