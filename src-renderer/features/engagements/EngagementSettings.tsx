import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { Engagement, Locale } from '@core/model/engagement';
import { CURRENCIES, checkEngagementSettings } from '@core/model/engagement-settings';
import type {
  EngagementSettings as Settings,
  SettingsField,
} from '@core/model/engagement-settings';

import { uiActions } from '../../state/ui-store';
import { updateEngagement } from '../../store/engagements';
import { reportError } from './actions';
import { LogoPicker } from './LogoPicker';

function settingsOf(engagement: Engagement): Settings {
  const { name, clientName, consultant, locale, currency, startDate, endDate } = engagement;
  const { referenceDate, brandPrimary, brandSecondary, logoDataUrl } = engagement;
  const { consultantLogoDataUrl } = engagement;
  return {
    ...{ name, clientName, consultant, locale, currency, startDate, endDate },
    ...{ referenceDate, brandPrimary, brandSecondary, logoDataUrl, consultantLogoDataUrl },
  };
}

export function EngagementSettings({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Settings>(() => settingsOf(engagement));
  const [tried, setTried] = useState(false);
  const issues = checkEngagementSettings(draft);
  const issueOf = (field: SettingsField) => issues.find((issue) => issue.field === field);

  const set = <K extends SettingsField>(field: K, value: Settings[K]) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const day = (value: string) => (value === '' ? null : value);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (issues.length > 0) return;

    try {
      await updateEngagement(engagement.id, draft);
      uiActions.pushNotice({ kind: 'info', text: t('settings.saved') });
    } catch (error) {
      reportError(error, t);
    }
  };

  const message = (field: SettingsField) => {
    const issue = tried ? issueOf(field) : undefined;
    return issue ? <span className="field-error">{t(`settings.issues.${issue.code}`)}</span> : null;
  };

  return (
    <form className="settings-form" onSubmit={(e) => void submit(e)} data-testid="settings-form">
      <h1>{t('settings.title')}</h1>
      <p className="muted">{t('settings.intro')}</p>

      <fieldset className="panel">
        <legend>{t('settings.mission')}</legend>
        <label>
          {t('form.name')}
          <input value={draft.name} onChange={(e) => set('name', e.target.value)} />
          {message('name')}
        </label>
        <label>
          {t('form.client')}
          <input value={draft.clientName} onChange={(e) => set('clientName', e.target.value)} />
        </label>
        <label>
          {t('form.consultant')}
          <input value={draft.consultant} onChange={(e) => set('consultant', e.target.value)} />
        </label>
        <label>
          {t('form.locale')}
          <select value={draft.locale} onChange={(e) => set('locale', e.target.value as Locale)}>
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          {t('form.currency')}
          <select value={draft.currency} onChange={(e) => set('currency', e.target.value)}>
            {CURRENCIES.map((code) => (
              <option key={code}>{code}</option>
            ))}
          </select>
          {message('currency')}
        </label>
      </fieldset>

      <fieldset className="panel">
        <legend>{t('settings.dates')}</legend>
        {(['startDate', 'endDate', 'referenceDate'] as const).map((field) => (
          <label key={field}>
            {t(`form.${field}`)}
            <input
              type="date"
              value={draft[field] ?? ''}
              onChange={(e) => set(field, day(e.target.value))}
              data-testid={`settings-${field}`}
            />
            {message(field)}
          </label>
        ))}
        <p className="muted small span-all">{t('settings.referenceHelp')}</p>
      </fieldset>

      <fieldset className="panel">
        <legend>{t('settings.brand')}</legend>
        {(['brandPrimary', 'brandSecondary'] as const).map((field) => (
          <label key={field}>
            {t(`settings.${field}`)}
            <input type="color" value={draft[field]} onChange={(e) => set(field, e.target.value)} />
            {message(field)}
          </label>
        ))}
        {(['logoDataUrl', 'consultantLogoDataUrl'] as const).map((field) => (
          <div key={field}>
            <LogoPicker
              label={t(field === 'logoDataUrl' ? 'settings.logo' : 'settings.consultantLogo')}
              value={draft[field]}
              onChange={(logo) => set(field, logo)}
              testId={field === 'logoDataUrl' ? 'logo' : 'consultant-logo'}
            />
            {message(field)}
          </div>
        ))}
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="primary" data-testid="settings-save">
          {t('form.save')}
        </button>
      </div>
    </form>
  );
}
