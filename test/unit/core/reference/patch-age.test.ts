import { describe, expect, it } from 'vitest';

import { restoreDevice } from '@core/model/device';
import { patchAgeDays, patchDate } from '@core/reference/patch-age';

import { bundledCatalogue } from './bundled';

const catalogue = bundledCatalogue();
const at = '2026-11-30';

describe('patch age', () => {
  it('counts an Android patch level 2026-06-01 as 182 days old at 2026-11-30', () => {
    // June 30 + July 31 + August 31 + September 30 + October 31 + 29 days of November = 182.
    const device = restoreDevice({ key: 'a', platform: 'android', securityPatch: '2026-06-01' });

    expect(patchAgeDays(device, catalogue, at)).toBe(182);
    expect(patchAgeDays(device, catalogue, at)).toBeGreaterThan(90);
  });

  it('dates an iOS build by its release in the catalogue', () => {
    // 16.7.16 came out 2026-05-11; to 2026-11-30 that is 20 + 30 + 31 + 31 + 30 + 31 + 30 = 203.
    const device = restoreDevice({ key: 'i', platform: 'ios', osVersion: '16.7.16' });

    expect(patchDate(device, catalogue)).toEqual({ date: '2026-05-11', source: 'catalogue' });
    expect(patchAgeDays(device, catalogue, at)).toBe(203);
  });

  it.each([
    [{ platform: 'windows', osVersion: '10.0.26100.4652' }, 'no-build-date'],
    [{ platform: 'android', osVersion: '15' }, 'no-patch-level'],
    [{ platform: 'ios', osVersion: '16.9' }, 'version-not-in-catalogue'],
    [{ platform: 'other', osVersion: '3' }, 'platform-not-covered'],
  ])('cannot date %o (%s)', (fields, reason) => {
    const device = restoreDevice({ key: 'x', ...fields });

    expect(patchDate(device, catalogue)).toEqual({ date: null, reason });
    expect(patchAgeDays(device, catalogue, at)).toBeNull();
  });

  it('needs the catalogue to date an Apple build', () => {
    const device = restoreDevice({ key: 'i', platform: 'ios', osVersion: '16.7.16' });

    expect(patchDate(device, null)).toEqual({ date: null, reason: 'no-catalogue' });
  });
});
