import { describe, expect, it } from 'vitest';

import { METHOD_CATALOGUE } from '@core/method/catalogue';
import { populationFit, restorePopulation } from '@core/method/governance';
import { PILOT_EXIT_CATALOGUE } from '@core/method/pilot';
import { restoreDevice } from '@core/model/device';

const devices = [
  restoreDevice({ key: 'A', department: 'Finance', model: 'iPhone 15', ownership: 'COBO' }),
  restoreDevice({ key: 'B', department: 'Finance', model: 'Pixel 8', ownership: 'BYOD' }),
  restoreDevice({ key: 'C', department: 'Finance', model: null, ownership: 'unknown' }),
  restoreDevice({ key: 'D', department: 'Ventes', model: 'Pixel 8', ownership: 'BYOD' }),
];

describe('population fit', () => {
  it('counts devices off the allowed list and under another ownership model', () => {
    const finance = restorePopulation({
      id: 'p1',
      name: 'Finance',
      departments: ['Finance'],
      ownership: 'COBO',
      profile: 'high',
      restrictions: ['passcode', 'teleport'],
      allowedModels: ['iPhone 15'],
    });

    expect(finance.restrictions).toEqual(['passcode']);
    // C has no model, so it cannot be on the list; its ownership is unknown, so not counted.
    expect(populationFit(devices, finance)).toEqual({ covered: 3, offList: 2, otherOwnership: 1 });
  });

  it('leaves models unchecked when no list is set', () => {
    const sales = restorePopulation({ id: 'p2', name: 'Ventes', departments: ['Ventes'] });

    expect(populationFit(devices, sales)).toEqual({ covered: 1, offList: 0, otherOwnership: 1 });
  });
});

describe('catalogue', () => {
  it('gives every item a unique id and both languages', () => {
    const groups = [
      PILOT_EXIT_CATALOGUE,
      ...Object.values(METHOD_CATALOGUE).flatMap((phase) => [phase.tasks, phase.criteria]),
    ];
    const ids = groups.flatMap((group) => Object.keys(group));
    const texts = groups.flatMap((group) => Object.values(group));

    expect(new Set(ids).size).toBe(ids.length);
    expect(texts.every((item) => item.fr.trim() !== '' && item.en.trim() !== '')).toBe(true);
    expect(Object.values(METHOD_CATALOGUE).every((p) => Object.keys(p.tasks).length >= 4)).toBe(
      true,
    );
  });
});
