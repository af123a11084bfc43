import type { Device } from '@core/model/device';

import { daysBetween, isIsoDate } from './dates';
import type { OsCatalogue } from './os-catalogue';
import { findCycle } from './os-lookup';
import type { OsLookupOptions } from './os-lookup';
import { compareVersions, versionParts } from './versions';

export type PatchDateSource = 'device' | 'catalogue';

export type PatchUnknownReason =
  | 'no-patch-level'
  | 'no-build-date'
  | 'version-not-in-catalogue'
  | 'platform-not-covered'
  | 'no-catalogue';

export type PatchDate =
  { date: string; source: PatchDateSource } | { date: null; reason: PatchUnknownReason };

const APPLE = new Set(['ios', 'ipados', 'macos']);

/** Release date of an exact Apple point release ("16.7" and "16.7.0" are the same release). */
function appleBuildDate(
  catalogue: OsCatalogue,
  device: Device,
  options: OsLookupOptions,
): string | null {
  const cycle = findCycle(catalogue, device.platform, device.osVersion, options);
  const installed = versionParts(device.osVersion);
  if (!cycle || !installed) return null;

  const match = cycle.versions.find(([version]) => {
    const parts = versionParts(version);
    return parts !== null && compareVersions(parts, installed) === 0;
  });
  return match?.[1] ?? null;
}

/**
 * The date of the newest security fix on a device: the patch level the inventory reports
 * (Android, or any platform whose importer fills it), else the release date of the installed
 * Apple build. Windows inventories give base builds without the monthly revision date.
 */
export function patchDate(
  device: Device,
  catalogue: OsCatalogue | null,
  options: OsLookupOptions = {},
): PatchDate {
  if (isIsoDate(device.securityPatch)) {
    return { date: device.securityPatch.slice(0, 10), source: 'device' };
  }

  if (APPLE.has(device.platform)) {
    if (!catalogue) return { date: null, reason: 'no-catalogue' };
    const date = appleBuildDate(catalogue, device, options);
    return date
      ? { date, source: 'catalogue' }
      : { date: null, reason: 'version-not-in-catalogue' };
  }

  if (device.platform === 'android') return { date: null, reason: 'no-patch-level' };
  if (device.platform === 'windows') return { date: null, reason: 'no-build-date' };
  return { date: null, reason: 'platform-not-covered' };
}

/** Days between a device's newest security fix and `at`, or null when it cannot be dated. */
export function patchAgeDays(
  device: Device,
  catalogue: OsCatalogue | null,
  at: string,
  options: OsLookupOptions = {},
): number | null {
  const patch = patchDate(device, catalogue, options);
  return patch.date === null ? null : daysBetween(patch.date, at);
}
