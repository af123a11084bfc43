import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';

import { usePlatform } from '../../platform';
import { backupsKept, listBackups } from '../../store/backups';
import { getDb } from '../../store/db';
import { restoreBackup, formatMoment } from './backup-actions';
import { BackupRetention } from './BackupRetention';
import { formatSize } from './format-size';

interface Props {
  engagement: Engagement;
  /** Called as a restore starts, so the dialog gives way to the progress bar. */
  onRestore: () => void;
}

/** The engagement's local backups with their date and size, each restorable in one click. */
export function BackupList({ engagement, onRestore }: Props) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const backups = useLiveQuery(() => listBackups(getDb(), engagement.id), [engagement.id]);
  const kept = useLiveQuery(() => backupsKept(getDb(), engagement.id), [engagement.id]);

  return (
    <details className="protect-register" data-testid="backup-list">
      <summary>{t('protect.backups.title')}</summary>
      {kept !== undefined && <p className="muted">{t('protect.backups.intro', { count: kept })}</p>}
      <BackupRetention engagementId={engagement.id} />
      {backups?.length === 0 && <p className="muted">{t('protect.backups.empty')}</p>}
      <ul className="protect-backups">
        {backups?.map((backup) => (
          <li key={backup.id} data-testid="backup-entry">
            <span>
              {formatMoment(backup.createdAt, engagement.locale)} ·{' '}
              {formatSize(backup.size, engagement.locale)}
            </span>
            <button
              type="button"
              onClick={() => {
                onRestore();
                void restoreBackup(engagement, backup, platform, t);
              }}
              data-testid="backup-restore"
            >
              {t('protect.backups.restore')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
