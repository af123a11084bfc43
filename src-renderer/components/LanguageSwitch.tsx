import { useTranslation } from 'react-i18next';

import { LOCALES } from '@core/model/engagement';
import type { Locale } from '@core/model/engagement';

import { setLanguage } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();

  return (
    <label className="language-switch">
      <span>{t('app.language')}</span>
      <select
        data-testid="language-switch"
        value={i18n.language}
        onChange={(event) => setLanguage(event.target.value as Locale)}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale}>
            {locale === 'fr' ? 'Français' : 'English'}
          </option>
        ))}
      </select>
    </label>
  );
}
