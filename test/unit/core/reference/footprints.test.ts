import { describe, expect, it } from 'vitest';

import type { Device } from '@core/model/device';
import { restoreDevice } from '@core/model/device';
import { footprintFor } from '@core/reference/footprint-lookup';
import { restoreFootprints } from '@core/reference/footprints';

import { bundledFootprints } from './bundled';

// A tiny hand-made factor file, so the expected figures are plain to see.
const footprints = restoreFootprints({
  schemaVersion: 1,
  snapshotDate: '2023-02-23',
  source: 'test',
  licence: 'test',
  method: 'test',
  models: [
    {
      kind: 'smartphone',
      manufacturer: 'Apple',
      model: 'iPhone 13',
      aliases: [],
      manufacturingKg: 52,
      variants: 1,
    },
    {
      kind: 'smartphone',
      manufacturer: 'Apple',
      model: 'iPhone 13 Pro',
      aliases: [],
      manufacturingKg: 69,
      variants: 4,
    },
    {
      kind: 'smartphone',
      manufacturer: 'Samsung',
      model: 'Galaxy S20 FE',
      aliases: ['SM-G781B'],
      manufacturingKg: 10.5,
      variants: 1,
    },
  ],
  medians: [
    { kind: 'smartphone', manufacturer: null, manufacturingKg: 50, models: 3 },
    { kind: 'smartphone', manufacturer: 'Apple', manufacturingKg: 60.5, models: 2 },
  ],
});

const phone = (fields: Partial<Device>): Device =>
  restoreDevice({ key: 'd', kind: 'smartphone', ...fields });

describe('footprintFor', () => {
  it.each([
    ['the exact model', { manufacturer: 'Apple Inc.', model: 'iPhone 13 Pro' }, 69, 'model'],
    [
      'a model named with its maker',
      { manufacturer: 'Apple', model: 'Apple iPhone 13' },
      52,
      'model',
    ],
    [
      'a Samsung code with a regional suffix',
      { manufacturer: 'Samsung Electronics', model: 'SM-G781B/DS' },
      10.5,
      'model',
    ],
    [
      'an unknown model of a known maker',
      { manufacturer: 'Apple', model: 'iPhone 17' },
      60.5,
      'manufacturer',
    ],
    ['an unknown maker', { manufacturer: 'Crosscall', model: 'Core-X5' }, 50, 'kind'],
    ['no maker and no model', {}, 50, 'kind'],
  ])('uses %s', (_name, fields, kg, basis) => {
    expect(footprintFor(phone(fields), footprints)).toMatchObject({ manufacturingKg: kg, basis });
  });

  it('does not take an iPhone 13 for an iPhone 13 Pro Max', () => {
    expect(
      footprintFor(phone({ manufacturer: 'Apple', model: 'iPhone 13 Pro Max' }), footprints),
    ).toMatchObject({ basis: 'manufacturer' });
  });

  it('has nothing for a kind without data', () => {
    expect(footprintFor(restoreDevice({ key: 'x', kind: 'other' }), footprints)).toBeNull();
  });
});

describe('the bundled footprint file', () => {
  it('validates, is dated and carries its ODbL licence', () => {
    const bundled = bundledFootprints();

    expect(bundled.snapshotDate).toBe('2023-02-23');
    expect(bundled.licence).toMatch(/ODbL/);
  });

  it('derives the iPhone 13 factor as gwp_total x manufacturing ratio', () => {
    // Source row "iPhone 13 with 128GB": gwp_total 64.0, gwp_manufacturing_ratio 0.81 -> 51.84.
    const device = phone({ manufacturer: 'Apple', model: 'iPhone 13' });

    expect(footprintFor(device, bundledFootprints())).toMatchObject({
      manufacturingKg: 51.8,
      basis: 'model',
    });
  });
});
