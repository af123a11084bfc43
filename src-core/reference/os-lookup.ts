import type { DevicePlatform } from '@core/model/device';

import { CATALOGUE_PLATFORMS } from './os-catalogue';
import type { CataloguePlatform, OsCatalogue, OsCycle, OsTrack } from './os-catalogue';
import { compareVersions, isInCycle, versionParts } from './versions';

export interface OsLookupOptions {
  /** Windows track assumed when the inventory does not give the edition. @default 'consumer' */
  windowsTrack?: OsTrack;
}

/** The catalogue platform for a device platform, or null for platforms it does not cover. */
export function cataloguePlatform(platform: DevicePlatform): CataloguePlatform | null {
  return (CATALOGUE_PLATFORMS as readonly string[]).includes(platform)
    ? (platform as CataloguePlatform)
    : null;
}

function cycleParts(cycle: OsCycle): number[] | null {
  const parts = cycle.cycle.split('.').map(Number);
  return parts.every(Number.isFinite) ? parts : null;
}

/** Prefers the assumed track, then a cycle shared by all editions, then whatever matched. */
function byTrack(cycles: OsCycle[], track: OsTrack): OsCycle | null {
  return (
    cycles.find((c) => c.track === track) ??
    cycles.find((c) => c.track === 'all') ??
    cycles[0] ??
    null
  );
}

// Windows reports builds ("10.0.26100.4652"), not feature-update names: the base build
// `major.minor.build` identifies the cycle, and a bare build number ("26100") is accepted too.
function findWindowsCycle(entries: OsCycle[], version: number[], track: OsTrack): OsCycle | null {
  const matches = entries.filter((cycle) => {
    const base = versionParts(cycle.latest);
    if (!base || base.length < 3) return false;
    if (version.length === 1 || version[0] >= 1000) return base[2] === version[0];
    return base.slice(0, 3).every((part, i) => version[i] === part);
  });
  return byTrack(matches, track);
}

/** The release cycle an installed OS version belongs to, or null when the catalogue lacks it. */
export function findCycle(
  catalogue: OsCatalogue,
  platform: DevicePlatform,
  osVersion: string | null,
  options: OsLookupOptions = {},
): OsCycle | null {
  const target = cataloguePlatform(platform);
  const version = versionParts(osVersion);
  if (!target || !version) return null;

  const entries = catalogue.entries.filter((c) => c.platform === target);
  if (target === 'windows') {
    return findWindowsCycle(entries, version, options.windowsTrack ?? 'consumer');
  }

  // The most specific cycle wins: "12.1.0" belongs to Android 12.1, not 12.
  const found = entries
    .map((cycle) => ({ cycle, parts: cycleParts(cycle) }))
    .filter((c) => c.parts !== null && isInCycle(version, c.parts))
    .sort((a, b) => (b.parts?.length ?? 0) - (a.parts?.length ?? 0))[0];

  // Some inventories label iPads as iOS and the reverse: try the sibling platform.
  if (!found && target === 'ipados') return findCycle(catalogue, 'ios', osVersion, options);
  return found?.cycle ?? null;
}

/** Cycles of the same platform (and Windows track) as `cycle`. */
export function sameLine(catalogue: OsCatalogue, cycle: OsCycle): OsCycle[] {
  return catalogue.entries.filter(
    (c) =>
      c.platform === cycle.platform &&
      (cycle.track === 'all' || c.track === 'all' || c.track === cycle.track),
  );
}

export interface LatestRelease {
  cycle: OsCycle;
  version: string;
  date: string;
}

/** The newest release of a platform known on a date: point release for Apple, cycle otherwise. */
export function latestRelease(
  catalogue: OsCatalogue,
  platform: DevicePlatform,
  at: string,
  options: OsLookupOptions = {},
): LatestRelease | null {
  const target = cataloguePlatform(platform);
  const track = options.windowsTrack ?? 'consumer';
  const cycles = catalogue.entries.filter(
    (c) => c.platform === target && (target !== 'windows' || [track, 'all'].includes(c.track)),
  );

  const points = cycles.flatMap((cycle) =>
    cycle.versions
      .filter(([, date]) => date <= at)
      .map(([version, date]) => ({ cycle, version, date })),
  );
  if (points.length > 0) {
    return points.sort((a, b) => compareVersions(versionOf(b), versionOf(a)))[0];
  }

  const released = cycles
    .filter((c) => c.releaseDate <= at)
    .sort((a, b) => b.releaseDate.localeCompare(a.releaseDate))[0];
  if (!released) return null;
  return {
    cycle: released,
    version: released.latest ?? released.cycle,
    date: released.releaseDate,
  };
}

function versionOf(release: { version: string }): number[] {
  return versionParts(release.version) ?? [];
}
