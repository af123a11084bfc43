import { describe, expect, it } from 'vitest';

import { osOutdated, osUnsupported, stalePatch } from '@core/kpi/defs/security';

import { bundledCatalogue } from '../reference/bundled';
import { device, input } from './fixtures';

const catalogue = bundledCatalogue();

describe('devices.osOutdatedRate', () => {
  const devices = [
    // 182 days old at 2026-11-30: stale.
    device('a1', { platform: 'android', securityPatch: '2026-06-01' }),
    device('a2', { platform: 'android', securityPatch: '2026-11-01' }),
    // iOS 16.7.16 came out 2026-05-11, 203 days before: stale.
    device('i1', { platform: 'ios', osVersion: '16.7.16' }),
    device('i2', { platform: 'ios', osVersion: '26.6.1', securityPatch: '2026-10-15' }),
    // Windows builds cannot be dated: left out.
    device('w1', { platform: 'windows', osVersion: '10.0.26100.4652' }),
  ];

  it('gives the share of datable devices whose newest fix is over 90 days old', () => {
    // 2 stale of 4 datable = 50%. The catalogue (2026-08-22) is 100 days older than the
    // reference date: 9 days of August + 30 + 31 + 30.
    const result = stalePatch.compute(input({ devices, catalogue }));

    expect(result.value).toBe(50);
    expect(result.basis).toBe(4);
    expect(result.evidence).toEqual(['a1', 'i1']);
    expect(result.breakdown).toEqual({ android: 1, ios: 1 });
    expect(result.caveats).toEqual([
      { code: 'rows-without-data', count: 1 },
      { code: 'catalogue-older-than-reference', count: 100 },
    ]);
  });

  it('still uses reported patch levels without a catalogue', () => {
    // Only a1 and a2 (and i2's reported date) can be dated: 1 stale of 3.
    const result = stalePatch.compute(input({ devices }));

    expect(result.value).toBeCloseTo(100 / 3, 6);
  });

  it('has no value when no device can be dated', () => {
    const result = stalePatch.compute(input({ devices: [devices[4]], catalogue }));

    expect(result.missing?.reason).toBe('no-patch-dates');
  });
});

describe('devices.osUnsupportedRate and devices.osBehindRate', () => {
  // At 2026-11-30, default settings (90-day upgrade grace, 180 days without fix, Windows (W)).
  const devices = [
    device('ios16', { platform: 'ios', osVersion: '16.7.16' }), // unsupported: no fix since May
    device('ios26', { platform: 'ios', osVersion: '26.6.1' }), // current
    device('ios18', { platform: 'ios', osVersion: '18.7.10' }), // outdated: iOS 26 is out
    device('and16', { platform: 'android', osVersion: '16' }), // outdated: 17 out 167 days
    device('and17', { platform: 'android', osVersion: '17' }), // current
    device('win', { platform: 'windows', osVersion: '10.0.26100.1' }), // unsupported since 10-13
    device('other', { platform: 'other', osVersion: '1.0' }), // not assessed
  ];

  it('counts unsupported versions among assessed devices', () => {
    // 2 of 6 assessed.
    const result = osUnsupported.compute(input({ devices, catalogue }));

    expect(result.value).toBeCloseTo(100 / 3, 6);
    expect(result.basis).toBe(6);
    expect(result.evidence).toEqual(['ios16', 'win']);
    expect(result.breakdown).toEqual({ 'ios:unsupported': 1, 'windows:unsupported': 1 });
  });

  it('counts outdated and unsupported versions together', () => {
    // 4 of 6 assessed.
    const result = osOutdated.compute(input({ devices, catalogue }));

    expect(result.value).toBeCloseTo(200 / 3, 6);
    expect(result.evidence).toEqual(['ios16', 'ios18', 'and16', 'win']);
  });

  it.each([
    ['no catalogue', { devices }, 'no-os-catalogue'],
    ['no OS version', { devices: [device('d', { platform: 'ios' })], catalogue }, 'no-os-versions'],
  ])('has no value with %s', (_name, fields, reason) => {
    expect(osUnsupported.compute(input(fields)).missing?.reason).toBe(reason);
  });
});
