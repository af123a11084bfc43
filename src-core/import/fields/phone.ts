import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { CountryCode } from 'libphonenumber-js';

import type { Parsed } from '../types';
import { nationalE164 } from './phone-national';

const SCIENTIFIC = /^\d+(?:[.,]\d+)?e\+?\d+$/i;

/**
 * Reads a phone number into E.164 (`+33612345678`): national forms of the default region
 * (France unless told), `0033…`, `+33 (0)6…`, and digits that lost their `+` or their leading
 * zero to a spreadsheet. Never a number: `3.36E+10` is refused, its digits are gone.
 */
export function parsePhone(text: string, region: CountryCode = 'FR'): Parsed<string | null> {
  const value = text.trim();
  if (value === '') return { ok: true, value: null };
  if (SCIENTIFIC.test(value)) return { ok: false, code: 'import-phone-invalid', params: { value } };

  const cleaned = value.replace(/\(0\)/, '').replace(/^'/, '');
  const national = nationalE164(cleaned, region);
  if (national !== null) return { ok: true, value: national };

  const digitsOnly = /^\d+$/.test(cleaned.replace(/[\s.\-/]/g, ''));
  const candidates = [cleaned];
  if (digitsOnly && !cleaned.startsWith('0')) candidates.push(`+${cleaned}`);

  for (const candidate of candidates) {
    const number = parsePhoneNumberFromString(candidate, region);
    if (number?.isValid()) return { ok: true, value: number.number };
  }

  return { ok: false, code: 'import-phone-invalid', params: { value } };
}
