import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { KPI_SETTING_DEFAULTS, restoreKpiSettings } from '@core/kpi';
import type { KpiSettings } from '@core/kpi';
import type { Locale } from '@core/model/engagement';

import { formatNumber } from '../../i18n/format';
import { parseNumber } from './parse-number';

export type NumericSetting = {
  [K in keyof KpiSettings]: KpiSettings[K] extends number ? K : never;
}[keyof KpiSettings];

interface Props {
  name: NumericSetting;
  settings: KpiSettings;
  locale: Locale;
  onSave: (next: KpiSettings) => void;
}

/** One number, typed in the engagement's locale and saved when the field is left. */
export function NumberSetting({ name, settings, locale, onSave }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => formatNumber(settings[name], locale, 4));
  const [invalid, setInvalid] = useState(false);

  const commit = () => {
    const value = parseNumber(draft, locale);
    // The settings schema is the judge: a value it replaces by the default was out of bounds.
    const next = restoreKpiSettings({ ...settings, [name]: value });
    if (value === null || next[name] !== value) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (value !== settings[name]) onSave(next);
  };

  return (
    <label className="setting">
      <span>{t(`dashboard.settings.labels.${name}`)}</span>
      <input
        type="text"
        inputMode="decimal"
        value={draft}
        aria-invalid={invalid}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
        data-testid={`setting-${name}`}
      />
      <span className={invalid ? 'setting-error small' : 'muted small'}>
        {invalid
          ? t('dashboard.settings.invalid')
          : t('dashboard.settings.default', {
              value: formatNumber(KPI_SETTING_DEFAULTS[name], locale, 4),
            })}
      </span>
    </label>
  );
}
