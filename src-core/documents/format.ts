// Numbers, money and dates in the document's language, through Intl only.
import type { KpiUnit } from '@core/kpi/types';
import type { Locale } from '@core/model/engagement';

const TAGS: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

// French Intl output groups digits with a narrow no-break space, a glyph Roboto lacks: the
// plain no-break space keeps the figure on one line and prints everywhere.
const NARROW_SPACE = /\u202f/g;
const printable = (text: string): string => text.replace(NARROW_SPACE, '\u00a0');

export interface DocFormat {
  locale: Locale;
  number(value: number, digits?: number): string;
  money(value: number, digits?: number): string;
  percent(value: number, digits?: number): string;
  /** `YYYY-MM-DD` or a full ISO time, shown as a long date; '—' when absent. */
  date(iso: string | null, style?: 'long' | 'medium'): string;
  /** `YYYY-MM` as a month name and year. */
  month(period: string): string;
  /** A KPI value with its unit; '—' when there is none. */
  kpi(value: number | null, unit: KpiUnit): string;
}

/** Formatters for a document in this language and currency. */
export function createFormat(locale: Locale, currency: string): DocFormat {
  const tag = TAGS[locale];
  const number = (value: number, digits = 0): string =>
    printable(new Intl.NumberFormat(tag, { maximumFractionDigits: digits }).format(value));
  const money = (value: number, digits = 0): string =>
    printable(
      new Intl.NumberFormat(tag, {
        style: 'currency',
        currency,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(value),
    );
  const percent = (value: number, digits = 1): string =>
    `${number(value, digits)}${locale === 'fr' ? '\u00a0%' : '%'}`;

  const date = (iso: string | null, style: 'long' | 'medium' = 'long'): string => {
    if (!iso) return '—';
    const parsed = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
    if (Number.isNaN(parsed.getTime())) return '—';
    return printable(
      new Intl.DateTimeFormat(tag, { dateStyle: style, timeZone: 'UTC' }).format(parsed),
    );
  };

  const month = (period: string): string => {
    const parsed = new Date(`${period}-01T00:00:00Z`);
    if (Number.isNaN(parsed.getTime())) return period;
    return new Intl.DateTimeFormat(tag, {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(parsed);
  };

  const kpi = (value: number | null, unit: KpiUnit): string => {
    if (value === null) return '—';
    if (unit === 'currency-per-month') return money(value, 2);
    if (unit === 'percent') return percent(value);
    if (unit === 'percent-change') return `${value > 0 ? '+' : ''}${percent(value)}`;
    if (unit === 'years') return number(value, 1);
    if (unit === 'mb-per-month') return `${number(value)} ${locale === 'fr' ? 'Mo' : 'MB'}`;
    if (unit === 'hours') return `${number(value, 1)} h`;
    if (unit === 'days') return `${number(value, 1)} ${locale === 'fr' ? 'j' : 'd'}`;
    if (unit === 'count') return number(value);
    if (unit === 'count-per-month') return number(value, 1);
    if (unit === 'score-of-10') return `${number(value, 1)}/10`;
    return `${number(value)} kg CO2e`;
  };

  return { locale, number, money, percent, date, month, kpi };
}
