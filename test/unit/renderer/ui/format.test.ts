import { describe, expect, it } from 'vitest';

import { formatDate, formatMoney, formatNumber, formatPhone } from '@renderer/i18n/format';

// Intl uses narrow no-break spaces in French; compare with plain spaces for readability.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('locale formats', () => {
  it('writes numbers the French and the English way', () => {
    expect(plain(formatNumber(2134.5, 'fr', 1))).toBe('2 134,5');
    expect(formatNumber(2134.5, 'en', 1)).toBe('2,134.5');
  });

  it('writes money with the engagement currency', () => {
    expect(plain(formatMoney(19.9, 'EUR', 'fr'))).toBe('19,90 €');
    expect(formatMoney(19.9, 'EUR', 'en')).toBe('€19.90');
  });

  it('writes a day without shifting it by the time zone, and a dash for nothing', () => {
    expect(formatDate('2026-11-30', 'fr')).toBe('30 nov. 2026');
    expect(formatDate(null, 'fr')).toBe('—');
    expect(formatDate('not a date', 'en')).toBe('—');
  });
});

describe('phone numbers', () => {
  it.each([
    ['+33612345678', '06 12 34 56 78'],
    ['+32470123456', '+32 470 12 34 56'],
    ['not a number', 'not a number'],
    [null, '—'],
  ])('shows %s as %s', (stored, shown) => {
    expect(formatPhone(stored)).toBe(shown);
  });
});
