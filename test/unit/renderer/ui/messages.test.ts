import { describe, expect, it } from 'vitest';

import { ERROR_CODES } from '@core/errors/codes';
import { en } from '@renderer/i18n/locales/en';
import { fr } from '@renderer/i18n/locales/fr';

function leaves(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value as object, path)) out.set(k, v);
  }
  return out;
}

describe('UI messages', () => {
  it.each(ERROR_CODES.map((code) => [code]))(
    'error code %s has a sentence in both languages',
    (code) => {
      const errorsFr: Record<string, string> = fr.errors;
      const errorsEn: Record<string, string> = en.errors;

      expect(errorsFr[code]?.length).toBeGreaterThan(0);
      expect(errorsEn[code]?.length).toBeGreaterThan(0);
    },
  );

  it('keeps the same interpolation placeholders in French and English', () => {
    const english = leaves(en);
    for (const [key, french] of leaves(fr)) {
      const placeholders = (text: string) => (text.match(/\{\{\w+\}\}/g) ?? []).sort();
      expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(french));
    }
  });
});
