// Android versions and monthly security patch levels. Google ships both first; Samsung and the
// smaller makers follow months later and stop patching a model after a few years, which is
// what leaves old handsets behind.

import { addDays, earlierOf, monthOf } from './dates';
import type { OsState } from './os-state';
import type { IsoDate } from '../model/ids';

/** Platform releases (endoflife.date). */
const RELEASES: readonly (readonly [number, IsoDate])[] = [
  [10, '2019-09-03'],
  [11, '2020-09-08'],
  [12, '2021-10-04'],
  [13, '2022-08-15'],
  [14, '2023-10-04'],
  [15, '2024-09-03'],
  [16, '2025-06-10'],
  [17, '2026-06-16'],
];

interface MakerPace {
  /** Days from Google's release of a major to the maker's update. */
  majorDelay: number;
  /** Days from a monthly bulletin to the maker's patch. */
  patchDelay: number;
  /** Years of security patches after the model's launch. */
  supportYears: number;
}

const PACES: Record<string, MakerPace> = {
  Google: { majorDelay: 0, patchDelay: 5, supportYears: 5 },
  Samsung: { majorDelay: 110, patchDelay: 25, supportYears: 5 },
  Fairphone: { majorDelay: 200, patchDelay: 40, supportYears: 8 },
  Zebra: { majorDelay: 240, patchDelay: 60, supportYears: 6 },
};

const DEFAULT_PACE: MakerPace = { majorDelay: 200, patchDelay: 50, supportYears: 4 };

export interface AndroidModelInfo {
  manufacturer: string;
  released: IsoDate;
  firstOs: number;
  lastOs: number;
}

/** What an Android device reports when last updated on `updatedOn`. */
export function androidOsState(model: AndroidModelInfo, updatedOn: IsoDate): OsState {
  const pace = PACES[model.manufacturer] ?? DEFAULT_PACE;

  const arrived = RELEASES.filter(([major, date]) => {
    const inRange = major >= model.firstOs && major <= model.lastOs;
    return inRange && addDays(date, pace.majorDelay) <= updatedOn;
  });
  const major = arrived.length > 0 ? arrived[arrived.length - 1][0] : model.firstOs;

  const supportEnd = addDays(model.released, Math.round(pace.supportYears * 365.25));
  const patchDay = earlierOf(addDays(updatedOn, -pace.patchDelay), supportEnd);

  return { osVersion: String(major), securityPatch: `${monthOf(patchDay)}-01` };
}
