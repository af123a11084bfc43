import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { CountryCode } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';

import { parsePhone } from '@core/import';
import { nationalE164 } from '@core/import/fields/phone-national';

// A small seeded generator, so a failure names inputs that come back on the next run.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function nationalLike(next: () => number): string {
  const length = 6 + Math.floor(next() * 10);
  let text = '0';
  for (let i = 0; i < length; i++) {
    const separator = next() < 0.3 ? [' ', '.', '-'][Math.floor(next() * 3)] : '';
    text += (i > 0 ? separator : '') + String(Math.floor(next() * 10));
  }
  return text;
}

function fullParser(value: string, region: CountryCode): string | null {
  const number = parsePhoneNumberFromString(value, region);
  return number?.isValid() ? number.number : null;
}

describe('national numbers read without the full parser', () => {
  const regions: CountryCode[] = ['FR', 'BE', 'DE', 'CH', 'NL', 'MC', 'ES', 'GB', 'US', 'LU'];

  it.each(regions)('gives the number libphonenumber-js gives, or defers to it (%s)', (region) => {
    const next = random(region.charCodeAt(0) * 31 + region.charCodeAt(1));
    let answered = 0;

    for (let i = 0; i < 4000; i++) {
      const value = nationalLike(next);
      const fast = nationalE164(value, region);
      if (fast === null) continue;
      answered++;
      expect([value, fast]).toEqual([value, fullParser(value, region)]);
    }

    // Plans with types or a shared calling code must never take the shortcut.
    if (['GB', 'US', 'ES', 'LU'].includes(region)) expect(answered).toBe(0);
    else expect(answered).toBeGreaterThan(50);
  });

  it('reads the usual French forms at once, and leaves the rest to the full parser', () => {
    for (const value of ['06 12 34 56 78', '06.12.34.56.78', '0612345678', '01-23-45-67-89']) {
      expect(nationalE164(value, 'FR')).toBe(fullParser(value, 'FR'));
    }
    expect(nationalE164('0033 6 12 34 56 78', 'FR')).toBeNull();
    expect(nationalE164('+33 6 12 34 56 78', 'FR')).toBeNull();
    expect(nationalE164('06 12 34 56 7', 'FR')).toBeNull();
    expect(parsePhone('0033 6 12 34 56 78')).toEqual({ ok: true, value: '+33612345678' });
    expect(parsePhone('06 12 34 56 7').ok).toBe(false);
  });
});
