// iOS and iPadOS builds with their release dates (endoflife.date data; iPadOS follows the same
// numbers). The last three 26.7 builds are projected past the end of that data, as an
// enterprise that defers iOS 27 would see them; without them every iPhone would look months
// behind at the default reference date.

import { addDays } from './dates';
import type { OsState } from './os-state';
import type { IsoDate } from '../model/ids';

interface AppleBuild {
  version: string;
  major: number;
  date: IsoDate;
}

const RELEASES =
  '16@2022-09-12 16.0.1@2022-09-15 16.0.2@2022-09-22 16.0.3@2022-10-10 16.1@2022-10-24 ' +
  '16.1.1@2022-11-09 16.1.2@2022-11-30 16.2@2022-12-13 16.3@2023-01-23 16.3.1@2023-02-13 ' +
  '16.4@2023-03-27 16.4.1@2023-04-07 16.5@2023-05-18 16.5.1@2023-06-21 16.6@2023-07-24 ' +
  '16.6.1@2023-09-07 17@2023-09-18 16.7@2023-09-21 17.0.1@2023-09-21 17.0.2@2023-09-21 ' +
  '17.0.3@2023-10-04 16.7.1@2023-10-10 16.7.2@2023-10-25 17.1@2023-10-25 17.1.1@2023-11-07 ' +
  '17.1.2@2023-11-30 16.7.3@2023-12-11 17.2@2023-12-11 16.7.4@2023-12-19 17.2.1@2023-12-19 ' +
  '16.7.5@2024-01-22 17.3@2024-01-22 17.3.1@2024-02-08 16.7.6@2024-03-05 17.4@2024-03-05 ' +
  '16.7.7@2024-03-21 17.4.1@2024-03-21 16.7.8@2024-05-13 17.5@2024-05-13 17.5.1@2024-05-20 ' +
  '16.7.9@2024-07-29 17.6@2024-07-29 16.7.10@2024-08-07 17.6.1@2024-08-07 17.7@2024-09-16 ' +
  '18@2024-09-16 18.0.1@2024-10-03 17.7.1@2024-10-28 18.1@2024-10-28 17.7.2@2024-11-19 ' +
  '18.1.1@2024-11-19 18.2@2024-12-11 18.2.1@2025-01-06 18.3@2025-01-27 18.3.1@2025-02-10 ' +
  '18.3.2@2025-03-11 16.7.11@2025-03-31 18.4@2025-03-31 18.4.1@2025-04-16 18.5@2025-05-12 ' +
  '18.6@2025-07-29 18.6.1@2025-08-14 18.6.2@2025-08-20 16.7.12@2025-09-15 18.7@2025-09-15 ' +
  '26@2025-09-15 18.7.1@2025-09-29 26.0.1@2025-09-29 26.1@2025-11-03 18.7.2@2025-11-05 ' +
  '18.7.3@2025-12-12 26.2@2025-12-12 16.7.13@2026-01-26 18.7.4@2026-01-26 26.2.1@2026-01-26 ' +
  '16.7.14@2026-02-02 18.7.5@2026-02-11 26.3@2026-02-11 18.7.6@2026-03-04 26.3.1@2026-03-04 ' +
  '16.7.15@2026-03-11 18.7.7@2026-03-24 26.4@2026-03-24 26.4.1@2026-04-08 18.7.8@2026-04-22 ' +
  '26.4.2@2026-04-22 16.7.16@2026-05-11 18.7.9@2026-05-11 26.5@2026-05-11 26.5.1@2026-06-01 ' +
  '26.5.2@2026-06-29 26.6@2026-07-27 18.7.10@2026-08-17 26.6.1@2026-08-17 ' +
  '26.7@2026-09-15 26.7.1@2026-10-13 26.7.2@2026-11-10';

const BUILDS: readonly AppleBuild[] = RELEASES.split(' ').map((token) => {
  const [name, date] = token.split('@');
  const version = name.includes('.') ? name : `${name}.0`;

  return { version, major: Number(name.split('.')[0]), date };
});

const MAJORS = [...new Set(BUILDS.map((b) => b.major))];

/** Managed fleets hold a new major back a few weeks before letting devices take it. */
const MAJOR_DEFERRAL_DAYS = 45;

/**
 * The build an Apple device runs when last updated on `updatedOn`: the newest major it may take
 * (up to `highestMajor`), at the newest build of that major out by then.
 */
export function appleOsState(
  lowestMajor: number,
  highestMajor: number,
  updatedOn: IsoDate,
): OsState {
  const cutoff = addDays(updatedOn, -MAJOR_DEFERRAL_DAYS);
  const allowed = MAJORS.filter((m) => m >= lowestMajor && m <= highestMajor);
  const started = allowed.filter((m) => firstBuildOf(m).date <= cutoff);
  const major = started.length > 0 ? Math.max(...started) : Math.min(...allowed, highestMajor);

  const builds = BUILDS.filter((b) => b.major === major && b.date <= updatedOn);
  const build = builds.length > 0 ? builds[builds.length - 1] : firstBuildOf(major);

  return { osVersion: build.version, securityPatch: build.date };
}

function firstBuildOf(major: number): AppleBuild {
  return BUILDS.find((b) => b.major === major) ?? BUILDS[0];
}
