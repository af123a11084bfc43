// Which model a device is: one on sale when it was bought, weighted by who it was bought for.

import { daysBetween } from './dates';
import type { DeviceModel, Segment } from './models';
import type { Random } from './random';
import type { IsoDate } from '../model/ids';

/** Relative weight of each segment for a purchase; a missing segment is never chosen. */
export type SegmentWeights = Partial<Record<Segment, number>>;

/** Samsung leads Android fleets in France; the others are niche picks. */
const MAKER_WEIGHT: Record<string, number> = {
  Samsung: 1,
  Crosscall: 0.7,
  Zebra: 0.25,
  Google: 0.2,
  Fairphone: 0.15,
};

/** Models stay on sale about three years; the newest sell best. */
function recencyWeight(ageDays: number): number {
  if (ageDays < 0 || ageDays > 3 * 365) return 0;
  if (ageDays < 365) return 1;

  return ageDays < 730 ? 0.6 : 0.25;
}

/** A model from `catalogue` on sale on `boughtOn`, else the newest released before it. */
export function chooseModel(
  random: Random,
  catalogue: readonly DeviceModel[],
  segments: SegmentWeights,
  boughtOn: IsoDate,
): DeviceModel {
  const weighted = catalogue.map((model) => {
    const segment = segments[model.segment] ?? 0;
    const maker = MAKER_WEIGHT[model.manufacturer] ?? 1;
    return [model, segment * maker * recencyWeight(daysBetween(model.released, boughtOn))] as const;
  });

  const candidates = weighted.filter(([, weight]) => weight > 0);
  if (candidates.length > 0) return random.weighted(candidates);

  // Only a reference date older than the catalogue gets here: fall back to the nearest model.
  const byRelease = [...catalogue].sort((a, b) => (a.released < b.released ? -1 : 1));
  const released = byRelease.filter((m) => m.released <= boughtOn);
  return released.length > 0 ? released[released.length - 1] : byRelease[0];
}
