import { useTranslation } from 'react-i18next';

/** The language the consultant reads the app in, for texts that come in French and English. */
export function useUiLanguage(): 'fr' | 'en' {
  const { i18n } = useTranslation();
  return (i18n.resolvedLanguage ?? i18n.language).startsWith('en') ? 'en' : 'fr';
}
