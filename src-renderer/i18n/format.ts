// Numbers, dates and money go through Intl with the engagement's locale, never by hand.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

import type { Locale } from '@core/model/engagement';

const tags: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

export function formatNumber(value: number, locale: Locale, digits = 0): string {
  return new Intl.NumberFormat(tags[locale], { maximumFractionDigits: digits }).format(value);
}

export function formatMoney(value: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(tags[locale], { style: 'currency', currency }).format(value);
}

export function formatDate(iso: string | null, locale: Locale): string {
  if (!iso) return '—';

  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return '—';

  return new Intl.DateTimeFormat(tags[locale], { dateStyle: 'medium', timeZone: 'UTC' }).format(
    date,
  );
}

/**
 * A stored E.164 number as people dial it: French numbers in the national form
 * (06 12 34 56 78), others in the international form. Unparsable text is shown as stored.
 */
export function formatPhone(e164: string | null): string {
  if (!e164) return '—';

  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === 'FR' ? parsed.formatNational() : parsed.formatInternational();
}
