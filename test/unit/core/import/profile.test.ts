import { describe, expect, it } from 'vitest';

import { mapSample } from '@core/import/map/sample';
import {
  createMappingProfile,
  headerSignature,
  parseProfilesJson,
  profilesToJson,
} from '@core/import/profile';
import { guessDataset, prefillMapping } from '@core/import/recognise/prefill';
import { recognise } from '@core/import/recognise/recognise';

const header = ['Réf interne', 'Porteur', 'Mél', 'Appareil n°', 'Mobile', 'Acquis le'];
const rows = [
  ['A-1', 'Marie Dupont', 'm.dupont@client.fr', '352099001761481', '0612345678', '25/12/2023'],
  ['A-2', 'Jean Leroy', 'j.leroy@client.fr', '356938035643809', '0612345679', '03/01/2024'],
];

const profile = createMappingProfile({
  name: 'Registre maison',
  header,
  dataset: 'devices',
  mapping: { imei: 'Appareil n°', userEmail: 'Mél', site: 'Colonne absente' },
  savedAt: '2024-03-01T00:00:00.000Z',
});

describe('mapping profiles', () => {
  it('are keyed by the header whatever its case and accents', () => {
    const shouted = createMappingProfile({
      ...profile,
      header: header.map((h) => h.toUpperCase()),
    });

    expect(headerSignature(header)).toBe('refinterne|porteur|mel|appareilnumero|mobile|acquisle');
    expect(shouted.id).toBe(profile.id);
  });

  it('forget a column the header does not have', () => {
    expect(profile.mapping).toEqual({ imei: 'Appareil n°', userEmail: 'Mél' });
  });

  it('round-trip through the JSON file consultants exchange', () => {
    expect(parseProfilesJson(profilesToJson([profile]))).toEqual([profile]);
  });

  it.each([
    ['not JSON', '{ profiles'],
    [
      'another kind of file',
      JSON.stringify({ format: 'something-else', version: 1, profiles: [] }),
    ],
    [
      'a profile with an unknown dataset',
      profilesToJson([profile]).replace('"devices"', '"printers"'),
    ],
    ['a profile without a name', profilesToJson([{ ...profile, name: ' ' }])],
  ])('refuse a file that is %s, whole', (_, text) => {
    expect(parseProfilesJson(text)).toBeNull();
  });

  it('drop fields the app does not know from a received file', () => {
    const text = profilesToJson([profile]).replace('"imei":', '"evil":"x","imei":');

    expect(parseProfilesJson(text)?.[0].mapping).toEqual(profile.mapping);
  });
});

describe('the mapping screen first guess', () => {
  const { suggestions } = recognise([header], rows);

  it('fills fields from values and names, one column per field', () => {
    expect(guessDataset(header, suggestions)).toBe('devices');
    expect(prefillMapping(header, suggestions, 'devices')).toMatchObject({
      imei: 'Appareil n°',
      userEmail: 'Mél',
      phoneNumber: 'Mobile',
    });
  });

  it('maps sample rows with the same code as the full import, naming the real row', () => {
    const result = mapSample(
      {
        file: 'registre.csv',
        header,
        rows: [...rows, ['A-3', 'X', '', '12', '', '']],
        rowNumbers: [2, 3, 7],
      },
      { dataset: 'devices', mapping: { imei: 'Appareil n°' } },
    );

    expect(result.dataset === 'devices' && result.rows.map((row) => row.key)).toEqual([
      '352099001761481',
      '356938035643809',
    ]);
    expect(result.errors[0]).toMatchObject({ row: 7, column: 'Appareil n°' });
  });
});
