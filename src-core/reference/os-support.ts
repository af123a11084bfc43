import type { Device, DevicePlatform } from '@core/model/device';

import { daysBetween } from './dates';
import type { OsCatalogue, OsCycle } from './os-catalogue';
import { cataloguePlatform, findCycle, sameLine } from './os-lookup';
import type { OsLookupOptions } from './os-lookup';

export type OsStatus = 'current' | 'outdated' | 'unsupported' | 'unknown';

export type OsStatusReason =
  | 'no-version'
  | 'platform-not-covered'
  | 'version-not-in-catalogue'
  | 'end-of-life'
  | 'no-fix-since'
  | 'newer-release'
  | 'newest-release';

export interface OsSupportOptions extends OsLookupOptions {
  /** Days a newer cycle must have been out before an older one counts as outdated. @default 0 */
  upgradeGraceDays?: number;
  /** Days without any fix after which an older cycle with no announced end is unsupported. */
  staleFixDays?: number;
}

/** Apple announces no end for older majors and backports fixes only now and then. */
export const DEFAULT_STALE_FIX_DAYS = 180;

export interface OsSupport {
  status: OsStatus;
  reason: OsStatusReason;
  cycle: OsCycle | null;
}

/** Date of the newest point release of a cycle published on or before `at`, if known. */
export function lastFixDate(cycle: OsCycle, at: string): string | null {
  const dates = cycle.versions.map(([, date]) => date).filter((date) => date <= at);
  if (dates.length > 0) return dates.sort().at(-1) ?? null;
  return cycle.latestDate !== null && cycle.latestDate <= at ? cycle.latestDate : null;
}

function hasEnded(end: OsCycle['eol'], at: string): boolean {
  return end === true || (typeof end === 'string' && end <= at);
}

function newerCycles(catalogue: OsCatalogue, cycle: OsCycle, releasedBy: string): OsCycle[] {
  return sameLine(catalogue, cycle).filter(
    (c) => c.releaseDate > cycle.releaseDate && c.releaseDate <= releasedBy,
  );
}

/** Whether an installed OS is current, behind a newer release, or out of security support. */
export function assessOs(
  catalogue: OsCatalogue,
  platform: DevicePlatform,
  osVersion: string | null,
  at: string,
  options: OsSupportOptions = {},
): OsSupport {
  if (!osVersion?.trim()) return { status: 'unknown', reason: 'no-version', cycle: null };
  if (!cataloguePlatform(platform)) {
    return { status: 'unknown', reason: 'platform-not-covered', cycle: null };
  }

  const cycle = findCycle(catalogue, platform, osVersion, options);
  if (!cycle) return { status: 'unknown', reason: 'version-not-in-catalogue', cycle: null };

  if (hasEnded(cycle.eol, at)) return { status: 'unsupported', reason: 'end-of-life', cycle };

  const supersededBy = newerCycles(catalogue, cycle, at);
  const lastFix = lastFixDate(cycle, at);
  const staleAfter = options.staleFixDays ?? DEFAULT_STALE_FIX_DAYS;
  if (cycle.eol === null && supersededBy.length > 0 && lastFix !== null) {
    if (daysBetween(lastFix, at) > staleAfter) {
      return { status: 'unsupported', reason: 'no-fix-since', cycle };
    }
  }

  const grace = options.upgradeGraceDays ?? 0;
  const upgradable = supersededBy.filter((c) => daysBetween(c.releaseDate, at) >= grace);
  if (upgradable.length > 0) return { status: 'outdated', reason: 'newer-release', cycle };

  return { status: 'current', reason: 'newest-release', cycle };
}

/** `assessOs` for a device's own platform and installed version. */
export function assessDeviceOs(
  device: Pick<Device, 'platform' | 'osVersion'>,
  catalogue: OsCatalogue,
  at: string,
  options: OsSupportOptions = {},
): OsSupport {
  return assessOs(catalogue, device.platform, device.osVersion, at, options);
}
