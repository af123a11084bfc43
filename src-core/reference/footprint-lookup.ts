import type { Device } from '@core/model/device';

import type { Footprints, ModelFootprint } from './footprints';

export type FootprintBasis = 'model' | 'manufacturer' | 'kind';

export interface DeviceFootprint {
  manufacturingKg: number;
  /** How specific the figure is: the exact model, the maker's median, or the kind's median. */
  basis: FootprintBasis;
  /** What the figure was taken from, e.g. "Apple iPhone 13" or "smartphone median". */
  label: string;
}

/** Lower-case words only, so "iPhone SE (3rd generation)" and "iphone se 3rd generation" meet. */
export function normaliseName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9+]+/g, ' ')
    .trim();
}

function makerOf(device: Device, footprints: Footprints): string | null {
  const reported = normaliseName(device.manufacturer ?? '');
  if (!reported) return null;
  const makers = new Set(footprints.models.map((m) => m.manufacturer));
  // Inventories write "Samsung Electronics Co., Ltd." or "Apple Inc.": match on a whole word.
  return [...makers].find((m) => ` ${reported} `.includes(` ${normaliseName(m)} `)) ?? null;
}

function matchesModel(entry: ModelFootprint, model: string, maker: string | null): boolean {
  const withoutMaker = maker ? model.replace(new RegExp(`^${normaliseName(maker)} `), '') : model;
  if (normaliseName(entry.model) === withoutMaker) return true;

  // Samsung reports codes such as "SM-G781B/DS": the regional suffix is not part of the model.
  return entry.aliases.some((alias) => {
    const code = normaliseName(alias);
    return withoutMaker === code || withoutMaker.startsWith(`${code} `);
  });
}

/** The manufacturing footprint of a device: its model, else its maker's or its kind's median. */
export function footprintFor(device: Device, footprints: Footprints): DeviceFootprint | null {
  const maker = makerOf(device, footprints);
  const model = normaliseName(device.model ?? '');
  const sameKind = (kind: string): boolean => device.kind === 'other' || kind === device.kind;

  const exact = model
    ? footprints.models.find(
        (m) =>
          sameKind(m.kind) && (!maker || m.manufacturer === maker) && matchesModel(m, model, maker),
      )
    : undefined;
  if (exact) {
    const label = `${exact.manufacturer} ${exact.model}`;
    return { manufacturingKg: exact.manufacturingKg, basis: 'model', label };
  }

  const makerMedian = footprints.medians.find(
    (m) => m.kind === device.kind && maker !== null && m.manufacturer === maker,
  );
  if (makerMedian) {
    const label = `${makerMedian.manufacturer} ${device.kind} median`;
    return { manufacturingKg: makerMedian.manufacturingKg, basis: 'manufacturer', label };
  }

  const kindMedian = footprints.medians.find(
    (m) => m.kind === device.kind && m.manufacturer === null,
  );
  if (!kindMedian) return null;
  return {
    manufacturingKg: kindMedian.manufacturingKg,
    basis: 'kind',
    label: `${device.kind} median`,
  };
}
