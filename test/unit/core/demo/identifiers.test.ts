import { describe, expect, it } from 'vitest';

import { createIdentifiers, luhnCheckDigit } from '@core/demo/identifiers';
import { createRandom } from '@core/demo/random';

import { passesLuhn } from './demo-facts';

describe('luhnCheckDigit', () => {
  it.each([
    ['49015420323751', 8],
    ['35209900176148', 1],
    ['7992739871', 3],
  ])('completes %s with %i', (body, digit) => {
    expect(luhnCheckDigit(body)).toBe(digit);
  });
});

describe('createIdentifiers', () => {
  const ids = createIdentifiers(createRandom(1));

  it('makes 15-digit IMEIs with a valid check digit, shared prefix per model', () => {
    const imeis = Array.from({ length: 200 }, () => ids.imei('Galaxy A54 5G'));

    for (const imei of imeis) {
      expect(imei).toMatch(/^\d{15}$/);
      expect(passesLuhn(imei)).toBe(true);
    }
    expect(new Set(imeis.map((i) => i.slice(0, 8))).size).toBe(1);
  });

  it('makes French mobile numbers in E.164 form, never twice', () => {
    const numbers = Array.from({ length: 2000 }, () => ids.mobileNumber());

    for (const number of numbers) expect(number).toMatch(/^\+33[67]\d{8}$/);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('shapes serials after the maker and device ids as UUIDs', () => {
    expect(ids.serial('HP')).toMatch(/^5CG\d{7}$/);
    expect(ids.serial('Dell')).toMatch(/^[0-9A-Z]{7}$/);
    expect(ids.mdmId()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
