// The deliverables' texts in the engagement's language, and a tiny `{name}` interpolation.
import type { Locale } from '@core/model/engagement';

import { documentEn } from './en';
import { documentFr } from './fr';
import { workbookEn } from './workbook-en';
import { workbookFr } from './workbook-fr';

export type DocTexts = typeof documentFr;
export type WorkbookTexts = typeof workbookFr;

/** The PDF's texts in the given language. */
export function documentTexts(locale: Locale): DocTexts {
  return locale === 'en' ? documentEn : documentFr;
}

/** The workbook's sheet and column names in the given language. */
export function workbookTexts(locale: Locale): WorkbookTexts {
  return locale === 'en' ? workbookEn : workbookFr;
}

/** Replaces each `{name}` with its value; unknown names stay as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
