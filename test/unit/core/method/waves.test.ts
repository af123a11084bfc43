import { describe, expect, it } from 'vitest';

import { restoreDevice } from '@core/model/device';
import type { Device } from '@core/model/device';
import { aheadOfPlan, burnupSeries, plannedAt } from '@core/method/burnup';
import { restoreWave, waveDevices, waveTotals } from '@core/method/waves';
import type { WavePopulation } from '@core/method/waves';

function device(key: string, department: string | null, site: string, platform: string): Device {
  return restoreDevice({ key, department, site, platform });
}

const fleet = [
  device('A', 'Finance', 'Paris', 'ios'),
  device('B', 'Finance', 'Lyon', 'android'),
  device('C', 'Ventes', 'Paris', 'ios'),
  device('D', 'Ventes', 'Lyon', 'ios'),
  device('E', null, 'Paris', 'windows'),
];

const none: WavePopulation = { departments: [], sites: [], platforms: [], deviceKeys: [] };
const keys = (devices: Device[]) => devices.map((d) => d.key);

describe('wave membership', () => {
  it('takes any listed value within a field and every field together', () => {
    expect(keys(waveDevices(fleet, { ...none, departments: ['Finance'] }))).toEqual(['A', 'B']);
    expect(keys(waveDevices(fleet, { ...none, departments: ['Finance', 'Ventes'] }))).toEqual([
      'A',
      'B',
      'C',
      'D',
    ]);
    expect(keys(waveDevices(fleet, { ...none, sites: ['Paris'], platforms: ['ios'] }))).toEqual([
      'A',
      'C',
    ]);
  });

  it('uses the explicit list alone when one is given', () => {
    const population = { ...none, departments: ['Finance'], deviceKeys: ['C', 'E', 'Z'] };

    expect(keys(waveDevices(fleet, population))).toEqual(['C', 'E']);
  });

  it('covers nobody when the population names nothing', () => {
    expect(waveDevices(fleet, none)).toEqual([]);
  });
});

const wave = restoreWave({
  id: 'w1',
  name: 'Vague 1',
  plannedStart: '2026-01-01',
  plannedEnd: '2026-01-11',
  targetCount: 100,
  entries: [
    { id: 'e2', date: '2026-01-06', enrolled: 30, failed: 2, incidents: 1, satisfaction: 3 },
    { id: 'e1', date: '2026-01-03', enrolled: 10, failed: 1, incidents: 0, satisfaction: 4 },
    { id: 'e3', date: '2026-01-06', enrolled: 5, failed: 0, incidents: 2, satisfaction: null },
  ],
});

describe('burn-up', () => {
  it('accumulates entries in date order, one point per day', () => {
    const burnup = burnupSeries(wave);

    expect(burnup.enrolled).toEqual([
      ['2026-01-03', 10],
      ['2026-01-06', 45],
    ]);
    expect(burnup.failed).toEqual([
      ['2026-01-03', 1],
      ['2026-01-06', 3],
    ]);
    expect(burnup.planned).toEqual([
      ['2026-01-01', 0],
      ['2026-01-11', 100],
    ]);
  });

  it('reads the plan as a straight line and compares the last point with it', () => {
    // Five of ten days elapsed on 6 January: 50 planned, 45 enrolled.
    expect(plannedAt(wave, '2026-01-06')).toBe(50);
    expect(plannedAt(wave, '2025-12-01')).toBe(0);
    expect(plannedAt(wave, '2026-03-01')).toBe(100);
    expect(aheadOfPlan(wave)).toBe(-5);
  });

  it('has no plan without target', () => {
    const loose = { ...wave, targetCount: null };

    expect(burnupSeries(loose).planned).toEqual([]);
    expect(aheadOfPlan(loose)).toBeNull();
  });

  it('totals the entries and averages satisfaction over surveyed periods only', () => {
    expect(waveTotals(wave)).toEqual({ enrolled: 45, failed: 3, incidents: 3, satisfaction: 3.5 });
  });
});
