import { useTranslation } from 'react-i18next';

import { describeError } from '../i18n/errors';

export function ScreenError({ error, retry }: { error: Error; retry: () => void }) {
  const { t } = useTranslation();
  const { sentence, detail } = describeError(error, t);

  return (
    <section className="empty-state" role="alert" data-testid="screen-error">
      <h1>{t('errors.title')}</h1>
      <p>{sentence}</p>
      <details>
        <summary>{t('errors.details')}</summary>
        <pre>{detail}</pre>
      </details>
      <button type="button" onClick={retry}>
        {t('errors.retry')}
      </button>
    </section>
  );
}
