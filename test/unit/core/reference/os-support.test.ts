import { describe, expect, it } from 'vitest';

import type { DevicePlatform } from '@core/model/device';
import { findCycle, latestRelease } from '@core/reference/os-lookup';
import { restoreDevice } from '@core/model/device';
import { assessDeviceOs, assessOs } from '@core/reference/os-support';
import type { OsStatus, OsStatusReason } from '@core/reference/os-support';

import { bundledCatalogue } from './bundled';

const catalogue = bundledCatalogue();

describe('assessOs on the bundled catalogue', () => {
  // Facts used below, from resources/reference/os-catalogue.json:
  // iOS 16: no announced end, last fix 16.7.16 on 2026-05-11; iOS 18 and 26 are newer.
  // iOS 17: end of life 2025-05-13. Android 13: end of life 2026-03-02; Android 17 out 2026-06-16.
  // Windows 11 24H2: (W) ends 2026-10-13, (E) ends 2027-10-12; 25H2 (E) out 2025-09-30.
  it.each<[DevicePlatform, string, string, OsStatus, OsStatusReason, string?]>([
    // 2026-05-11 -> 2026-11-30 is 203 days without a fix, over the 180-day limit.
    ['ios', '16.7.16', '2026-11-30', 'unsupported', 'no-fix-since', '16'],
    // 21 days after its last fix iOS 16 is still patched, but iOS 18 and 26 exist.
    ['ios', '16.7.16', '2026-06-01', 'outdated', 'newer-release', '16'],
    ['ios', 'iOS 26.6.1', '2026-08-22', 'current', 'newest-release', '26'],
    // 288 days without a fix, but nothing newer is known: a stale catalogue, not a dead OS.
    ['ios', '26.6.1', '2027-06-01', 'current', 'newest-release', '26'],
    ['ios', '17.7.7', '2026-01-01', 'unsupported', 'end-of-life', '17'],
    ['android', '13', '2026-03-02', 'unsupported', 'end-of-life', '13'],
    ['android', '13.0.0', '2026-03-01', 'outdated', 'newer-release', '13'],
    ['android', '12.1.0', '2024-01-01', 'outdated', 'newer-release', '12.1'],
    ['macos', '10.15.7', '2026-11-30', 'unsupported', 'end-of-life', '10.15'],
    ['windows', '10.0.26100.4652', '2026-11-30', 'unsupported', 'end-of-life', '11-24h2-w'],
    ['windows', '10.0.19045.6456', '2026-01-01', 'unsupported', 'end-of-life', '10-22h2'],
    ['other', '1.0', '2026-11-30', 'unknown', 'platform-not-covered'],
    ['ios', '', '2026-11-30', 'unknown', 'no-version'],
    ['ios', '99.1', '2026-11-30', 'unknown', 'version-not-in-catalogue'],
  ])('%s %s at %s is %s (%s)', (platform, version, at, status, reason, cycle) => {
    const result = assessOs(catalogue, platform, version, at);

    expect(result.status).toBe(status);
    expect(result.reason).toBe(reason);
    expect(result.cycle?.cycle).toBe(cycle);
  });

  it('gives a new major release the grace period before older ones count as outdated', () => {
    // Android 17 came out 2026-06-16: 15 days before 2026-07-01, 167 days before 2026-11-30.
    const early = assessOs(catalogue, 'android', '16', '2026-07-01', { upgradeGraceDays: 90 });
    const late = assessOs(catalogue, 'android', '16', '2026-11-30', { upgradeGraceDays: 90 });

    expect(early.status).toBe('current');
    expect(late.status).toBe('outdated');
  });

  it('uses the enterprise dates of a Windows build when told the fleet is Enterprise', () => {
    // 24H2 (E) is supported until 2027-10-12, but 25H2 (E) is out since 2025-09-30.
    const result = assessOs(catalogue, 'windows', '10.0.26100.4652', '2026-11-30', {
      windowsTrack: 'enterprise',
    });

    expect(result.cycle?.cycle).toBe('11-24h2-e');
    expect(result.status).toBe('outdated');
  });
});

describe('assessDeviceOs', () => {
  it('finds an iPhone on iOS 16 unsupported at 2026-11-30', () => {
    const iphone = restoreDevice({
      key: 'p',
      platform: 'ios',
      model: 'iPhone 8',
      osVersion: '16.7.16',
    });

    expect(assessDeviceOs(iphone, catalogue, '2026-11-30').status).toBe('unsupported');
  });
});

describe('findCycle', () => {
  it('finds a Windows cycle from a bare build number', () => {
    expect(findCycle(catalogue, 'windows', '22631')?.cycle).toBe('11-23h2-w');
  });

  it('falls back to iOS for an iPad reporting a version iPadOS does not list', () => {
    // iPadOS starts at 12 in the catalogue; iOS 11 is only an iOS cycle.
    expect(findCycle(catalogue, 'ipados', '11.4.1')?.platform).toBe('ios');
  });
});

describe('latestRelease', () => {
  it('gives the highest Apple point release out on the date', () => {
    // Out by 2026-06-15: 26.5.1 (2026-06-01) and 18.7.9 (2026-05-11); 26.5.2 came on 06-29.
    const latest = latestRelease(catalogue, 'ios', '2026-06-15');

    expect(latest).toMatchObject({ version: '26.5.1', date: '2026-06-01' });
  });

  it('gives the newest cycle for platforms without point releases', () => {
    expect(latestRelease(catalogue, 'android', '2026-11-30')?.cycle.cycle).toBe('17');
    expect(latestRelease(catalogue, 'windows', '2026-11-30')).toMatchObject({
      version: '10.0.28000',
      date: '2026-02-10',
    });
  });

  it('knows nothing before the first release of a platform', () => {
    expect(latestRelease(catalogue, 'android', '2000-01-01')).toBeNull();
  });
});
