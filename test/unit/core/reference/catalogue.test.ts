import { describe, expect, it } from 'vitest';

import { chooseCatalogue } from '@core/reference/choose-catalogue';
import { restoreOsCatalogue } from '@core/reference/os-catalogue';

import { bundledCatalogue, readBundled } from './bundled';

const bundled = bundledCatalogue();

describe('the bundled OS catalogue', () => {
  it('is dated, licensed and covers the five platforms', () => {
    const platforms = new Set(bundled.entries.map((e) => e.platform));

    expect(bundled.snapshotDate).toBe('2026-08-22');
    expect(bundled.licence).toMatch(/MIT/);
    expect([...platforms].sort()).toEqual(['android', 'ios', 'ipados', 'macos', 'windows']);
  });

  it('keeps the support facts of the source for iOS 16', () => {
    const ios16 = bundled.entries.find((e) => e.platform === 'ios' && e.cycle === '16');

    expect(ios16).toMatchObject({
      releaseDate: '2022-09-12',
      eoas: '2023-09-18',
      eol: null,
      latest: '16.7.16',
      latestDate: '2026-05-11',
    });
    expect(ios16?.versions[0]).toEqual(['16.7.16', '2026-05-11']);
  });
});

describe('restoreOsCatalogue', () => {
  it('rejects a catalogue of another schema version', () => {
    expect(() => restoreOsCatalogue({ ...bundled, schemaVersion: 2 })).toThrow();
  });

  it('rejects an entry with a malformed date', () => {
    const entries = [{ ...bundled.entries[0], releaseDate: '15/09/2025' }];

    expect(() => restoreOsCatalogue({ ...bundled, entries })).toThrow();
  });
});

describe('chooseCatalogue', () => {
  const raw = readBundled('os-catalogue.json') as Record<string, unknown>;

  it.each([
    ['a newer valid file', { ...raw, snapshotDate: '2026-12-01' }, 'candidate', 'candidate-newer'],
    ['the same snapshot', { ...raw }, 'bundled', 'candidate-not-newer'],
    ['an older snapshot', { ...raw, snapshotDate: '2025-01-01' }, 'bundled', 'candidate-not-newer'],
    [
      'a newer but broken file',
      { ...raw, snapshotDate: '2027-01-01', entries: [] },
      'bundled',
      'candidate-invalid',
    ],
    ['something else entirely', 'not json', 'bundled', 'candidate-invalid'],
  ])('given %s keeps the %s one (%s)', (_name, candidate, chosen, reason) => {
    const choice = chooseCatalogue(bundled, candidate);

    expect(choice.chosen).toBe(chosen);
    expect(choice.reason).toBe(reason);
    expect(choice.catalogue.snapshotDate).toBe(
      chosen === 'candidate' ? '2026-12-01' : bundled.snapshotDate,
    );
  });

  it('says what is wrong with an invalid candidate', () => {
    const choice = chooseCatalogue(bundled, { ...raw, snapshotDate: 'soon' });

    expect(choice.issues).toEqual([expect.stringMatching(/^snapshotDate: /)]);
  });
});
