import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Locale } from '@core/model/engagement';
import type { EngagementId } from '@core/model/ids';
import type { RegisterEntry, RegisterField } from '@core/privacy/register';

import { formatDate, formatNumber } from '../../i18n/format';
import { runTask } from '../../tasks/run-task';
import { reportError } from '../engagements/actions';
import { RevealPseudonym } from './RevealPseudonym';

interface Props {
  engagementId: EngagementId;
  locale: Locale;
}

/** What personal data the engagement holds and which import brought it, read on opening. */
export function PersonalDataRegister({ engagementId, locale }: Props) {
  const { t } = useTranslation();
  const [entries, setEntries] = useState<RegisterEntry[] | null>(null);
  const [asked, setAsked] = useState(false);

  const load = () => {
    if (asked) return;
    setAsked(true);
    runTask('engagement-file-register', { engagementId })
      .then(setEntries)
      .catch((error: unknown) => reportError(error, t));
  };

  const field = ({ field: name, category, rows }: RegisterField) => (
    <li key={name}>
      {t(`protect.register.categories.${category}`)} ({formatNumber(rows, locale)})
    </li>
  );
  const withData = entries?.filter((entry) => entry.fields.length > 0) ?? [];

  return (
    <details className="protect-register" onToggle={load} data-testid="personal-data-register">
      <summary>{t('protect.register.title')}</summary>
      {entries === null && <p className="muted">{t('protect.register.loading')}</p>}
      {entries !== null && withData.length === 0 && (
        <p className="muted">{t('protect.register.empty')}</p>
      )}
      {withData.map((entry) => (
        <section key={entry.importId} data-testid="register-entry">
          <h3>{entry.fileName}</h3>
          <p className="muted">
            {formatDate(entry.importedAt, locale)} ·{' '}
            {t('protect.register.rows', { rows: formatNumber(entry.rows, locale) })}
          </p>
          <ul>{entry.fields.map(field)}</ul>
        </section>
      ))}
      <RevealPseudonym engagementId={engagementId} />
    </details>
  );
}
