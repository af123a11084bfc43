import { describe, expect, it } from 'vitest';

import { costPerLine, tcoPerDevice, tcoPerUser } from '@core/kpi/defs/financial-cost';
import { KPI_SETTING_DEFAULTS } from '@core/kpi/settings';

import { bill, device, input, line } from './fixtures';

// Settings: lifetime 36 months, support 8, MDM 4, staff 0.25 h x 45 = 11.25, end of life 36
// (so 1 a month). Prices 720 and 360 are known, the third device gets their mean, 540:
// acquisition = (720 + 360 + 540) / 36 / 3 devices = 15 a device a month.
// Telecom: October 30 + 20 = 50, November 25 + 15 + 30 = 70, a mean of 60 a month.
// Fixed part per device = 15 + 8 + 4 + 11.25 + 1 = 39.25, so 117.75 for the three.
// Fleet monthly cost = 117.75 + 60 = 177.75.
const settings = { ...KPI_SETTING_DEFAULTS, endOfLifeCostPerDevice: 36 };
const devices = [
  device('d1', { purchasePrice: 720, userEmail: 'alice@x.fr' }),
  device('d2', { purchasePrice: 360, userEmail: 'bob@x.fr' }),
  device('d3', { userEmail: 'Alice@X.fr' }),
];
const invoices = [
  bill('L1', '2026-10', { totalExVat: 30 }),
  bill('L2', '2026-10', { totalExVat: 20 }),
  bill('L1', '2026-11', { totalExVat: 25 }),
  bill('L1', '2026-11', { totalExVat: 15 }),
  bill('L2', '2026-11', { totalExVat: 30 }),
  // After the reference date 2026-11-30: left out.
  bill('L1', '2026-12', { totalExVat: 1000 }),
];
const lines = [line('L1', { userName: 'Carol' }), line('L2', { userEmail: 'dave@x.fr' })];

describe('cost.tcoPerDeviceMonthly', () => {
  it('adds amortised purchase, running costs and telecom, per device', () => {
    const result = tcoPerDevice.compute(input({ devices, invoices, lines, settings }));

    expect(result.value).toBeCloseTo(177.75 / 3, 6);
    expect(result.basis).toBe(3);
    expect(result.breakdown).toEqual({
      acquisition: 15,
      support: 8,
      mdm: 4,
      staff: 11.25,
      endOfLife: 1,
      telecom: 20,
    });
    expect(result.caveats).toEqual([{ code: 'price-imputed', count: 1 }]);
  });

  it('gives a monthly trend from the invoices', () => {
    // October (117.75 + 50) / 3 = 55.9167; November (117.75 + 70) / 3 = 62.5833.
    const result = tcoPerDevice.compute(input({ devices, invoices, settings }));

    expect(result.trend?.map((p) => p.period)).toEqual(['2026-10', '2026-11']);
    expect(result.trend?.[0].value).toBeCloseTo(55.9167, 4);
    expect(result.trend?.[1].value).toBeCloseTo(62.5833, 4);
  });

  it('falls back on plan prices of lines still open when there are no invoices', () => {
    // Telecom = 25 + 35 = 60 as before (the terminated line does not count): same TCO.
    const planned = [
      line('L1', { planPrice: 25, status: 'active' }),
      line('L2', { planPrice: 35 }),
      line('L3', { planPrice: 99, status: 'terminated' }),
    ];
    const result = tcoPerDevice.compute(input({ devices, lines: planned, settings }));

    expect(result.value).toBeCloseTo(177.75 / 3, 6);
    expect(result.caveats).toContainEqual({ code: 'telecom-from-plan-prices', count: 2 });
  });

  it.each([
    ['no device', { invoices }, 'no-devices'],
    ['no purchase price', { devices: [device('d')], invoices }, 'no-purchase-prices'],
    ['no telecom cost', { devices }, 'no-invoices'],
  ])('has no value with %s', (_name, fields, reason) => {
    const result = tcoPerDevice.compute(input(fields));

    expect(result.value).toBeNull();
    expect(result.missing?.reason).toBe(reason);
  });
});

describe('cost.tcoPerUserMonthly', () => {
  it('divides the fleet cost by distinct users of devices and lines', () => {
    // alice (twice, case aside), bob, Carol, dave: 4 users; 177.75 / 4 = 44.4375.
    const result = tcoPerUser.compute(input({ devices, invoices, lines, settings }));

    expect(result.value).toBeCloseTo(44.4375, 6);
    expect(result.basis).toBe(4);
  });

  it('says who is missing when nothing is assigned', () => {
    const anonymous = [device('d1', { purchasePrice: 500 })];
    const result = tcoPerUser.compute(input({ devices: anonymous, invoices }));

    expect(result.value).toBeNull();
    expect(result.missing).toEqual({
      reason: 'no-user-assignments',
      need: { kind: 'import', dataset: 'devices', fields: ['userEmail', 'userName'] },
    });
  });
});

describe('cost.perLineMonthly', () => {
  it('averages the bill over line-months in the cost window', () => {
    // Window of 2 months drops September. 4 line-months: 30, 20, 25 + 15, 30 -> 120 / 4 = 30.
    const older = [...invoices, bill('L1', '2026-09', { totalExVat: 500 })];
    const window = { ...KPI_SETTING_DEFAULTS, costWindowMonths: 2 };
    const result = costPerLine.compute(input({ invoices: older, settings: window }));

    expect(result.value).toBe(30);
    expect(result.basis).toBe(4);
    expect(result.evidence.sort()).toEqual(['L1', 'L2']);
    // October (30 + 20) / 2 = 25, November (40 + 30) / 2 = 35.
    expect(result.trend).toEqual([
      { period: '2026-10', value: 25 },
      { period: '2026-11', value: 35 },
    ]);
  });

  it('has no value without invoices', () => {
    expect(costPerLine.compute(input()).missing?.reason).toBe('no-invoices');
  });
});
