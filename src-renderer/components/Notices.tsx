import { useTranslation } from 'react-i18next';

import { uiActions, useNotices } from '../state/ui-store';

export function Notices() {
  const { t } = useTranslation();
  const notices = useNotices();

  if (notices.length === 0) return null;

  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.kind}`} data-testid="notice">
          <p>{notice.text}</p>
          {notice.detail && (
            <details>
              <summary>{t('errors.details')}</summary>
              <pre>{notice.detail}</pre>
            </details>
          )}
          <button type="button" onClick={() => uiActions.dismissNotice(notice.id)}>
            {t('errors.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
