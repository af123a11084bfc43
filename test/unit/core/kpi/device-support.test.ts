import { describe, expect, it } from 'vitest';

import { devicesPastSupport } from '@core/kpi/defs/device-support';
import { restoreDeviceSupport } from '@core/reference/device-support';

import { device, input } from './fixtures';

// A hand-made catalogue: one model ended before the reference date 2026-11-30, one ends on it,
// one later, one on an unknown date, one not announced.
const deviceSupport = restoreDeviceSupport({
  schemaVersion: 1,
  snapshotDate: '2026-08-22',
  source: 'test',
  licence: 'test',
  models: [
    ['Old', '2025-01-31'],
    ['Edge', '2026-11-30'],
    ['Recent', '2029-06-30'],
    ['Gone', true],
    ['Open', null],
  ].map(([model, securityUntil]) => ({
    kind: 'smartphone',
    manufacturer: 'Acme',
    model,
    releaseDate: null,
    securityUntil,
  })),
});

describe('devices.pastSupportRate', () => {
  it('gives the share of devices of known models whose security updates ended', () => {
    // Known: 5 of 6 devices. Past support: Old, Edge (its last day) and Gone -> 3 / 5 = 60%.
    const devices = ['Old', 'Edge', 'Recent', 'Gone', 'Open', 'Unknown'].map((model) =>
      device(model.toLowerCase(), { manufacturer: 'Acme', model, kind: 'smartphone' }),
    );
    const result = devicesPastSupport.compute(input({ devices, deviceSupport }));

    expect(result.value).toBe(60);
    expect(result.basis).toBe(5);
    expect(result.evidence).toEqual(['old', 'edge', 'gone']);
    expect(result.breakdown).toEqual({ smartphone: 3 });
    expect(result.caveats).toEqual([{ code: 'rows-without-data', count: 1 }]);
  });

  it.each([
    ['no catalogue', { devices: [device('d', { model: 'Old' })] }, 'no-support-catalogue'],
    [
      'no known model',
      { devices: [device('d', { model: 'X' })], deviceSupport },
      'no-known-models',
    ],
  ])('has no value with %s', (_name, fields, reason) => {
    const result = devicesPastSupport.compute(input(fields));

    expect(result.value).toBeNull();
    expect(result.missing?.reason).toBe(reason);
  });
});
