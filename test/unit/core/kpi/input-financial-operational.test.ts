import { describe, expect, it } from 'vitest';

import { budgetVariance } from '@core/kpi/defs/input-budget';
import {
  fleetAvailability,
  meanTimeToResolve,
  provisioningDelay,
} from '@core/kpi/defs/input-operational';
import { computeKpi } from '@core/kpi/registry';

import { bill, device } from './fixtures';
import { entered, incident, rowId } from './input-fixtures';

const budget = (month: string, planned: number) => ({ id: rowId(), month, planned });

describe('telecom budget variance', () => {
  it('says to enter a budget in Saisies when none is entered, never 0', () => {
    const result = computeKpi(budgetVariance, entered({}));

    expect(result).toMatchObject({ value: null, status: 'none' });
    expect(result.missing).toEqual({
      reason: 'no-entries',
      need: { kind: 'input', family: 'budget' },
    });
  });

  it('asks for the invoices when a budget is entered but nothing is billed', () => {
    const result = computeKpi(budgetVariance, entered({ budget: [budget('2026-01', 1000)] }));

    expect(result.missing?.reason).toBe('no-invoices');
  });

  it('compares the year to date and shows each month against its budget', () => {
    const invoices = [
      bill('0601', '2025-12', { totalExVat: 800 }),
      bill('0601', '2026-01', { totalExVat: 600 }),
      bill('0602', '2026-01', { totalExVat: 500 }),
      bill('0601', '2026-02', { totalExVat: 450 }),
      bill('0601', '2026-03', { totalExVat: 999 }),
    ];
    const rows = [budget('2025-12', 800), budget('2026-01', 1000), budget('2026-02', 500)];

    const result = computeKpi(budgetVariance, entered({ budget: rows }, { invoices }));

    // 2026: planned 1000 + 500 = 1500, invoiced 1100 + 450 = 1550; March has no budget.
    expect(result.value).toBeCloseTo((1550 / 1500 - 1) * 100, 10);
    expect(result).toMatchObject({ status: 'amber', basis: 2 });
    expect(result.breakdown).toEqual({ plannedYtd: 1500, actualYtd: 1550, gapYtd: 50 });
    expect(result.trend?.map((p) => [p.period, Math.round(p.value)])).toEqual([
      ['2025-12', 0],
      ['2026-01', 10],
      ['2026-02', -10],
    ]);
  });

  it('leaves out budgeted months after the reference date', () => {
    const invoices = [bill('0601', '2026-12', { totalExVat: 100 })];
    const result = computeKpi(
      budgetVariance,
      entered({ budget: [budget('2026-12', 100)] }, { invoices }),
    );

    expect(result.missing?.reason).toBe('no-entries-in-range');
  });
});

describe('provisioning delay', () => {
  const request = (requestedAt: string, handedOverAt: string) => ({
    id: rowId(),
    requestedAt,
    handedOverAt,
  });

  it('says to enter requests when there are none', () => {
    expect(computeKpi(provisioningDelay, entered({})).missing?.need).toEqual({
      kind: 'input',
      family: 'provisioning',
    });
  });

  it('gives the median in hours and the share handed over within 48 hours', () => {
    const provisioning = [
      request('2026-03-02T09:00', '2026-03-03T09:00'), // 24 h
      request('2026-03-02T08:00', '2026-03-04T10:00'), // 50 h
      request('2026-03-05', '2026-03-05T10:00'), // 10 h
      request('2026-03-09T09:00', '2026-03-10T15:00'), // 30 h
    ];

    const result = computeKpi(provisioningDelay, entered({ provisioning }));

    expect(result).toMatchObject({ value: 27, status: 'green', basis: 4 });
    expect(result.breakdown).toEqual({ within48hPct: 75, requests: 4 });
  });
});

describe('fleet availability', () => {
  const out = (date: string, devicesOut: number) => ({ id: rowId(), date, devicesOut });
  const fleet = Array.from({ length: 50 }, (_, i) => device(`d${i}`));

  it('averages the share of working devices over the dates recorded', () => {
    const outages = [out('2026-10-01', 1), out('2026-11-01', 3)];

    const result = computeKpi(fleetAvailability, entered({ outages }, { devices: fleet }));

    // (98 % + 94 %) / 2
    expect(result.value).toBeCloseTo(96, 10);
    expect(result.status).toBe('amber');
  });

  it('needs the device inventory for its denominator', () => {
    const result = computeKpi(fleetAvailability, entered({ outages: [out('2026-10-01', 1)] }));

    expect(result.missing?.reason).toBe('no-devices');
  });
});

describe('mean time to resolve', () => {
  it('averages the hours of the resolved incidents and counts the open ones aside', () => {
    const incidents = [
      incident('2026-05-01T08:00', '2026-05-01T12:00'), // 4 h
      incident('2026-05-02T08:00', '2026-05-03T10:00'), // 26 h
      incident('2026-05-04T08:00', null),
    ];

    const result = computeKpi(meanTimeToResolve, entered({ incidents }));

    expect(result).toMatchObject({ value: 15, basis: 2, status: 'none' });
    expect(result.caveats).toEqual([{ code: 'rows-without-data', count: 1 }]);
  });

  it('has no value while no incident is resolved', () => {
    const result = computeKpi(
      meanTimeToResolve,
      entered({ incidents: [incident('2026-05-04T08:00', null)] }),
    );

    expect(result.value).toBeNull();
    expect(result.missing?.need).toEqual({ kind: 'input', family: 'incidents' });
  });
});
