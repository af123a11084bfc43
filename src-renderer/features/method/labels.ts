// Titles of catalogue items follow the UI language; items the consultant wrote keep their text.
import type { Bilingual } from '@core/method/catalogue';
import { METHOD_CATALOGUE } from '@core/method/catalogue';
import { PILOT_EXIT_CATALOGUE } from '@core/method/pilot';

export type Language = 'fr' | 'en';

export function asLanguage(language: string): Language {
  return language.startsWith('en') ? 'en' : 'fr';
}

const byId = new Map<string, Bilingual>(
  [
    PILOT_EXIT_CATALOGUE,
    ...Object.values(METHOD_CATALOGUE).flatMap((phase) => [phase.tasks, phase.criteria]),
  ].flatMap((group) => Object.entries(group)),
);

/** The title to show: the consultant's own, else the catalogue's in the UI language. */
export function itemTitle(
  item: { catalogueId: string | null; title: string },
  language: Language,
): string {
  if (item.title.trim()) return item.title;
  return item.catalogueId ? (byId.get(item.catalogueId)?.[language] ?? item.catalogueId) : '—';
}

/** Today as an ISO day, or the engagement's reference date when it has one. */
export function todayOf(referenceDate: string | null): string {
  return referenceDate ?? new Date().toISOString().slice(0, 10);
}
