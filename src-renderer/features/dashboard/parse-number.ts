import type { Locale } from '@core/model/engagement';

/** Reads "0,25", "1 200" or "1,200.5" as the locale writes them; null when it is no number. */
export function parseNumber(text: string, locale: Locale): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  const normal = locale === 'fr' ? compact.replace(',', '.') : compact.replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return null;
  return Number(normal);
}
