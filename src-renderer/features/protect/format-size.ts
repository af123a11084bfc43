import type { Locale } from '@core/model/engagement';

/** A file size as people read it: "820 ko", "4,3 Mo". */
export function formatSize(bytes: number, locale: Locale): string {
  const [value, unit] =
    bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : [bytes / 1024, 'kilobyte'];
  const format = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    maximumFractionDigits: value < 10 ? 1 : 0,
  });
  return format.format(value);
}
