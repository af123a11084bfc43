import { describe, expect, it } from 'vitest';

import { byModel, byOsVersion, byPatchLevel, lookupRoot } from '@core/kpi/lookup-memo';

import { device } from './fixtures';

describe('remembered lookups', () => {
  it('look up each model once, null results included', () => {
    const asked: string[] = [];
    const look = byModel(new Map(), (d) => {
      asked.push(d.key);
      return d.model === 'Unknown' ? null : `${d.manufacturer} ${d.model}`;
    });
    const a = device('a', { kind: 'smartphone', manufacturer: 'Apple', model: 'iPhone 13' });
    const b = device('b', { kind: 'smartphone', manufacturer: 'Apple', model: 'iPhone 13' });
    const c = device('c', { kind: 'tablet', manufacturer: 'Apple', model: 'iPhone 13' });
    const d = device('d', { kind: 'smartphone', manufacturer: 'Apple', model: 'Unknown' });

    expect([a, b, c, d, d].map(look)).toEqual([
      'Apple iPhone 13',
      'Apple iPhone 13',
      'Apple iPhone 13',
      null,
      null,
    ]);
    expect(asked).toEqual(['a', 'c', 'd']);
  });

  it('look up each OS version of a platform, and each patch level, once', () => {
    const versions: string[] = [];
    const byVersion = byOsVersion(new Map(), (d) => versions.push(`${d.platform} ${d.osVersion}`));
    const levels: string[] = [];
    const byLevel = byPatchLevel(new Map(), (d) => levels.push(d.securityPatch ?? 'none'));
    const devices = [
      device('a', { platform: 'android', osVersion: '14', securityPatch: '2026-01-01' }),
      device('b', { platform: 'android', osVersion: '14', securityPatch: '2026-01-01' }),
      device('c', { platform: 'ios', osVersion: '14' }),
      device('d', { platform: 'ios', osVersion: '14' }),
    ];
    devices.forEach((d) => {
      byVersion(d);
      byLevel(d);
    });

    expect(versions).toEqual(['android 14', 'ios 14']);
    expect(levels).toEqual(['2026-01-01', 'none']);
  });

  it('are kept per reference object and per context, and not without a reference', () => {
    const catalogue = {};
    const november = lookupRoot(catalogue, 'os 2026-11-30');

    expect(lookupRoot(catalogue, 'os 2026-11-30')).toBe(november);
    expect(lookupRoot(catalogue, 'os 2026-12-31')).not.toBe(november);
    expect(lookupRoot({}, 'os 2026-11-30')).not.toBe(november);
    expect(lookupRoot(null, 'os')).not.toBe(lookupRoot(null, 'os'));
  });

  it('share what a first computation looked up with the next one on the same reference', () => {
    const reference = {};
    let lookups = 0;
    const lookup = () =>
      byModel(lookupRoot(reference, 'footprint'), () => {
        lookups += 1;
        return 1;
      });
    const phone = device('p', { kind: 'smartphone', model: 'X' });

    lookup()(phone);
    lookup()(phone);
    expect(lookups).toBe(1);
  });
});
