// Taking and restoring local backups from the UI: the worker does the work.
import type { TFunction } from 'i18next';
import { useEffect } from 'react';

import type { Engagement } from '@core/model/engagement';

import type { Platform } from '../../platform/platform';
import { uiActions } from '../../state/ui-store';
import type { BackupInfo } from '../../store/backups';
import { runTask } from '../../tasks/run-task';
import { reportError } from '../engagements/actions';

/** A date and time as people read them in the engagement's language. */
export function formatMoment(iso: string, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return format.format(new Date(iso));
}

/** Engagements whose daily check is running: one card shown twice asks only once. */
const checking = new Set<string>();

/**
 * Takes the day's backup of an engagement while it is shown, if none was taken today. It waits
 * while a task runs: a demo or a file still being stored is no state worth keeping.
 */
export function useDailyBackup(
  engagement: Engagement | null,
  platform: Platform,
  busy: boolean,
  t: TFunction,
): void {
  const id = engagement?.id;

  useEffect(() => {
    if (!id || busy || checking.has(id)) return;
    checking.add(id);
    void (async () => {
      try {
        const { version } = await platform.appInfo();
        const input = { engagementId: id, appVersion: version, onlyIfDue: true };
        await runTask('engagement-file-backup', { action: 'take', ...input });
      } catch (error) {
        reportError(error, t);
      } finally {
        checking.delete(id);
      }
    })();
  }, [id, platform, busy, t]);
}

/** Restores a backup in place, behind the cancellable progress bar. */
export async function restoreBackup(
  engagement: Engagement,
  backup: BackupInfo,
  platform: Platform,
  t: TFunction,
): Promise<void> {
  const label = t('protect.backups.running');
  uiActions.setTask({ label, done: 0, total: 1, cancel: () => undefined });

  try {
    const { version } = await platform.appInfo();
    await runTask(
      'engagement-file-backup',
      { action: 'restore', engagementId: engagement.id, appVersion: version, backupId: backup.id },
      {
        onProgress: ({ done, total }) =>
          uiActions.setTask({ label, done, total, cancel: () => undefined }),
      },
    );
    const date = formatMoment(backup.createdAt, engagement.locale);
    uiActions.pushNotice({ kind: 'info', text: t('protect.backups.done', { date }) });
  } catch (error) {
    reportError(error, t);
  } finally {
    uiActions.setTask(null);
  }
}
