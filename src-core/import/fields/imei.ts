import type { Parsed } from '../types';

const SCIENTIFIC = /^\d+(?:[.,]\d+)?e\+?\d+$/i;

/**
 * Reads an IMEI: 15 digits whose last is the Luhn check digit. A 14-digit IMEI gets its check
 * digit; a 16-digit IMEISV keeps its first 14 and gets one. `3.5e+14` is refused with its own
 * code: Excel turned the identifier into a number and the lost digits cannot come back.
 */
export function parseImei(text: string): Parsed<string | null> {
  const value = text.trim();
  if (value === '') return { ok: true, value: null };
  if (SCIENTIFIC.test(value))
    return { ok: false, code: 'import-imei-scientific', params: { value } };

  const digits = value.replace(/[\s\-/.]/g, '');
  if (!/^\d+$/.test(digits)) return { ok: false, code: 'import-imei-invalid', params: { value } };

  if (digits.length === 14 || digits.length === 16) {
    const body = digits.slice(0, 14);
    return { ok: true, value: body + luhnDigit(body) };
  }
  if (digits.length !== 15) return { ok: false, code: 'import-imei-invalid', params: { value } };
  if (luhnDigit(digits.slice(0, 14)) !== digits[14]) {
    return { ok: false, code: 'import-imei-checksum', params: { value } };
  }
  return { ok: true, value: digits };
}

/** The Luhn check digit of a string of digits. */
export function luhnDigit(body: string): string {
  let sum = 0;

  for (let i = 0; i < body.length; i++) {
    let digit = body.charCodeAt(body.length - 1 - i) - 48;
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }

  return String((10 - (sum % 10)) % 10);
}
