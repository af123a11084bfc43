// Maturity level 1-5 read from the overall checklist score.

import type { LocalisedText } from './catalogue-schema';

export type MaturityLevel = 1 | 2 | 3 | 4 | 5;

export interface MaturityBand {
  level: MaturityLevel;
  /** Lowest score of the band, inclusive; the band ends where the next one starts. */
  min: number;
  label: LocalisedText;
}

/**
 * Five bands of 20 points: [0, 20) initial, [20, 40) repeatable, [40, 60) defined,
 * [60, 80) managed, [80, 100] optimised. A boundary score belongs to the higher band.
 */
export const MATURITY_BANDS: readonly MaturityBand[] = [
  { level: 1, min: 0, label: { fr: 'Initiale', en: 'Initial' } },
  { level: 2, min: 20, label: { fr: 'Reproductible', en: 'Repeatable' } },
  { level: 3, min: 40, label: { fr: 'Définie', en: 'Defined' } },
  { level: 4, min: 60, label: { fr: 'Pilotée', en: 'Managed' } },
  { level: 5, min: 80, label: { fr: 'Optimisée', en: 'Optimised' } },
];

/** The maturity band of a 0-100 score; null when there is no score yet. */
export function maturityBand(score: number | null): MaturityBand | null {
  if (score === null || Number.isNaN(score)) return null;

  let band = MATURITY_BANDS[0];
  for (const candidate of MATURITY_BANDS) {
    if (score >= candidate.min) band = candidate;
  }

  return band;
}

/** The maturity level (1-5) of a 0-100 score; null when there is no score yet. */
export function maturityLevel(score: number | null): MaturityLevel | null {
  return maturityBand(score)?.level ?? null;
}
