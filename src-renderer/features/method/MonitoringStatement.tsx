import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { monitoringStatement } from '@core/method/monitoring';
import type { Population } from '@core/method/governance';

import { asLanguage } from './labels';

interface Props {
  population: Population;
  onChange: (statement: string | null) => void;
}

/**
 * The monitoring statement as an editable paragraph. Until the consultant edits it the app's
 * wording is shown, in the interface language and following the ownership model.
 */
export function MonitoringStatement({ population, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const generated = monitoringStatement(population, asLanguage(i18n.language));
  const value = population.statement ?? generated;
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);

  // A change from elsewhere (ownership, reload, language) replaces the draft.
  if (value !== seen) {
    setSeen(value);
    setDraft(value);
  }

  const title =
    population.ownership === 'BYOD' ? t('method.policy.privacy') : t('method.policy.monitoring');

  return (
    <div className="method-statement">
      <label className="method-field">
        {title}
        <textarea
          value={draft}
          rows={4}
          onChange={(e) => setDraft(e.target.value)}
          // The app's wording stays unsaved so that it follows later changes of ownership.
          onBlur={() => {
            if (draft !== value) onChange(draft === generated ? null : draft);
          }}
          data-testid="population-statement"
        />
      </label>
      {population.statement !== null && (
        <button
          type="button"
          className="method-link"
          onClick={() => onChange(null)}
          data-testid="statement-reset"
        >
          {t('method.policy.resetStatement')}
        </button>
      )}
    </div>
  );
}
