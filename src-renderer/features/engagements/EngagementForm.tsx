import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { Locale } from '@core/model/engagement';

import type { NewEngagement } from './actions';

interface Props {
  onSubmit: (input: NewEngagement) => void;
  onCancel: () => void;
}

export function EngagementForm({ onSubmit, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const [name, setName] = useState('');
  const [clientName, setClientName] = useState('');
  const [consultant, setConsultant] = useState('');
  const [locale, setLocale] = useState<Locale>(i18n.language === 'en' ? 'en' : 'fr');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ name: name.trim(), clientName: clientName.trim(), consultant, locale });
  };

  return (
    <form className="engagement-form" onSubmit={submit} data-testid="engagement-form">
      <label>
        {t('form.name')}
        <input
          required
          autoFocus
          value={name}
          onChange={(e) => setName(e.target.value)}
          data-testid="engagement-name"
        />
      </label>
      <label>
        {t('form.client')}
        <input value={clientName} onChange={(e) => setClientName(e.target.value)} />
      </label>
      <label>
        {t('form.consultant')}
        <input value={consultant} onChange={(e) => setConsultant(e.target.value)} />
      </label>
      <label>
        {t('form.locale')}
        <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
          <option value="fr">Français</option>
          <option value="en">English</option>
        </select>
      </label>
      <div className="form-actions">
        <button type="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
        <button type="submit" className="primary" data-testid="engagement-create-submit">
          {t('form.create')}
        </button>
      </div>
    </form>
  );
}
