// The shipped checklist catalogue, validated once when the screen's module loads.
import { restoreCatalogue } from '@core/checklist/catalogue';
import type { Catalogue, LocalisedText } from '@core/checklist/catalogue-schema';
import type { Locale } from '@core/model/engagement';

import raw from '../../../resources/checklist/catalogue.json';

export const SHIPPED_CATALOGUE: Catalogue = restoreCatalogue(raw);

/** The text in the UI language; catalogue texts always have both. */
export function inLanguage(text: LocalisedText, language: string): string {
  const locale: Locale = language === 'en' ? 'en' : 'fr';
  return text[locale] || text.fr;
}
