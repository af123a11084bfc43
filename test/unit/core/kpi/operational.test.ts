import { describe, expect, it } from 'vitest';

import type { ComplianceState } from '@core/model/device';
import { averageAge, oldDevices } from '@core/kpi/defs/device-age';
import { complianceRate, ghostDevices } from '@core/kpi/defs/operational';
import { rateStatus } from '@core/kpi/status';

import { device, input } from './fixtures';

/** `count` devices in one compliance state, keyed by state and number. */
const fleet = (state: ComplianceState, count: number) =>
  Array.from({ length: count }, (_, i) => device(`${state}-${i}`, { compliance: state }));

describe('devices.complianceRate', () => {
  it.each([
    // 19 of the 20 known devices -> 95%, the guide's target; the 2 unknown are left out.
    [[...fleet('compliant', 19), ...fleet('noncompliant', 1), ...fleet('unknown', 2)], 95, 'green'],
    // 9 of 10: a device in its grace period is not compliant -> 90%.
    [[...fleet('compliant', 9), ...fleet('grace', 1)], 90, 'amber'],
    [[...fleet('compliant', 8), ...fleet('noncompliant', 2)], 80, 'red'],
  ])('rates %#: %f%% is %s', (devices, value, status) => {
    const result = complianceRate.compute(input({ devices }));

    expect(result.value).toBe(value);
    expect(rateStatus(result.value, complianceRate.target)).toBe(status);
  });

  it('lists the failing devices and counts the unknown ones', () => {
    const devices = [...fleet('compliant', 2), ...fleet('grace', 1), ...fleet('unknown', 1)];
    const result = complianceRate.compute(input({ devices }));

    expect(result.evidence).toEqual(['grace-0']);
    expect(result.breakdown).toEqual({ grace: 1 });
    expect(result.caveats).toEqual([{ code: 'rows-without-data', count: 1 }]);
  });

  it('has no value when no compliance state is known', () => {
    const result = complianceRate.compute(input({ devices: fleet('unknown', 3) }));

    expect(result.value).toBeNull();
    expect(result.missing?.reason).toBe('no-compliance-state');
  });
});

describe('devices.ghostRate', () => {
  it('counts devices unseen for more than 90 days, and their MDM licences', () => {
    // At 2026-11-30: 2026-09-01 is 90 days ago (not over), 2026-08-31 is 91 (a ghost).
    const devices = [
      device('edge', { lastCheckIn: '2026-09-01' }),
      device('ghost', { lastCheckIn: '2026-08-31T10:00:00Z' }),
      device('fresh', { lastCheckIn: '2026-11-29' }),
      device('never'),
    ];
    const result = ghostDevices.compute(input({ devices }));

    expect(result.value).toBeCloseTo(100 / 3, 6);
    expect(result.basis).toBe(3);
    expect(result.evidence).toEqual(['ghost']);
    expect(result.monthlyStake).toBe(4);
  });

  it('has no value without check-in dates', () => {
    expect(ghostDevices.compute(input({ devices: [device('d')] })).missing?.reason).toBe(
      'no-check-in-dates',
    );
  });
});

describe('devices.averageAgeYears', () => {
  it('averages the years since purchase, per kind too', () => {
    // 1,096 + 365 + 0 days = 1,461 / 3 = 487 days = 1.3333 years (365.25-day years).
    // Smartphones (1,096 + 365) / 2 = 730.5 days = 2 years; the laptop 0.
    const devices = [
      device('a', { kind: 'smartphone', purchaseDate: '2023-11-30' }),
      device('b', { kind: 'smartphone', purchaseDate: '2025-11-30' }),
      device('c', { kind: 'laptop', purchaseDate: '2026-11-30' }),
      device('future', { kind: 'laptop', purchaseDate: '2027-01-01' }),
    ];
    const result = averageAge.compute(input({ devices }));

    expect(result.value).toBeCloseTo(487 / 365.25, 9);
    expect(result.basis).toBe(3);
    expect(result.breakdown).toEqual({ smartphone: 2, laptop: 0 });
    expect(result.caveats).toEqual([{ code: 'rows-without-data', count: 1 }]);
  });

  it('has no value without purchase dates', () => {
    expect(averageAge.compute(input({ devices: [device('d')] })).value).toBeNull();
  });
});

describe('devices.olderThan3YearsRate', () => {
  it('counts devices older than three years of 365.25 days', () => {
    // 3 years = 1,095.75 days: 1,097 days is older, 1,095 is not -> 1 / 3 = 33.3%.
    const devices = [
      device('old', { kind: 'laptop', purchaseDate: '2023-11-29' }),
      device('three', { purchaseDate: '2023-12-01' }),
      device('new', { purchaseDate: '2025-01-01' }),
    ];
    const result = oldDevices.compute(input({ devices }));

    expect(result.value).toBeCloseTo(100 / 3, 6);
    expect(result.evidence).toEqual(['old']);
    expect(result.breakdown).toEqual({ laptop: 1 });
    expect(rateStatus(result.value, oldDevices.target)).toBe('amber');
  });
});
