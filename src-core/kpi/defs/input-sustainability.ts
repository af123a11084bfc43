import { inputsOf, missing, needInput, percent, sum } from '../results';
import type { KpiDefinition } from '../types';

export const lifetimeAtRetirement: KpiDefinition = {
  id: 'sustainability.lifetimeAtRetirementYears',
  category: 'sustainability',
  label: { fr: 'Durée de vie à la sortie du parc', en: 'Lifetime at retirement' },
  definition: {
    fr: 'Âge moyen des appareils retirés du parc, en années.',
    en: 'Mean age of the devices retired from the fleet, in years.',
  },
  unit: 'years',
  target: { direction: 'at-least', value: 3, amberLimit: 2.5, source: 'guide' },
  compute(input) {
    const rows = inputsOf(input)['end-of-life'];
    if (rows.length === 0) return missing('no-entries', needInput('end-of-life'));

    const devices = sum(rows.map((row) => row.count));
    return {
      value: sum(rows.map((row) => row.ageYears * row.count)) / devices,
      basis: devices,
      evidence: rows.flatMap((row) => (row.deviceKey ? [row.deviceKey] : [])),
    };
  },
};

export const endOfLifeRecovery: KpiDefinition = {
  id: 'sustainability.endOfLifeRecoveryRate',
  category: 'sustainability',
  label: { fr: 'Recyclage et réemploi', en: 'Recycling and reuse' },
  definition: {
    fr: 'Part des appareils en fin de vie recyclés, reconditionnés, revendus ou réemployés.',
    en: 'Share of end-of-life devices recycled, refurbished, resold or reused.',
  },
  unit: 'percent',
  target: { direction: 'at-least', value: 90, amberLimit: 70, source: 'fleetaudit' },
  compute(input) {
    const rows = inputsOf(input)['end-of-life'];
    if (rows.length === 0) return missing('no-entries', needInput('end-of-life'));

    const breakdown: Record<string, number> = {};
    for (const row of rows) breakdown[row.outcome] = (breakdown[row.outcome] ?? 0) + row.count;
    const devices = sum(rows.map((row) => row.count));
    return {
      value: percent(devices - (breakdown['destroyed'] ?? 0), devices),
      basis: devices,
      evidence: rows.flatMap((row) =>
        row.deviceKey && row.outcome === 'destroyed' ? [row.deviceKey] : [],
      ),
      breakdown,
    };
  },
};
