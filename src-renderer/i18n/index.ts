// One i18next instance for the renderer; French first, English second.
import i18next from 'i18next';
import type { i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

import type { Locale } from '@core/model/engagement';

import { en } from './locales/en';
import { fr } from './locales/fr';

const STORAGE_KEY = 'fleet-audit.language';

function initialLanguage(): Locale {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  return saved === 'en' ? 'en' : 'fr';
}

export const i18n: I18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { fr: { translation: fr }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'fr',
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** Switches the UI language and remembers the choice on this machine. */
export function setLanguage(language: Locale): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}
