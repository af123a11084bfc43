// What the engagement screens do, with progress and errors routed to the user in one way.
import type { TFunction } from 'i18next';

import type { Locale } from '@core/model/engagement';
import type { EngagementId } from '@core/model/ids';

import { describeError } from '../../i18n/errors';
import { uiActions } from '../../state/ui-store';
import {
  createEngagement,
  deleteEngagement,
  duplicateEngagement,
  renameEngagement,
} from '../../store/engagements';
import { runTask } from '../../tasks/run-task';

export function reportError(error: unknown, t: TFunction): void {
  const { sentence, detail } = describeError(error, t);
  uiActions.pushNotice({ kind: 'error', text: sentence, detail });
}

async function guarded<T>(t: TFunction, work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    reportError(error, t);
    return null;
  }
}

export interface NewEngagement {
  name: string;
  clientName: string;
  consultant: string;
  locale: Locale;
}

export function create(input: NewEngagement, t: TFunction): Promise<EngagementId | null> {
  return guarded(t, () => createEngagement(input));
}

export function rename(id: EngagementId, name: string, t: TFunction): Promise<void | null> {
  return guarded(t, () => renameEngagement(id, name));
}

export function duplicate(id: EngagementId, name: string, t: TFunction) {
  return guarded(t, async () => {
    const copy = await duplicateEngagement(id, t('home.copyOf', { name }));
    await runTask('derive-views', { engagementId: copy });
    return copy;
  });
}

export function remove(id: EngagementId, t: TFunction): Promise<void | null> {
  return guarded(t, async () => {
    const report = await deleteEngagement(id);
    const rows = (Object.values(report) as number[]).reduce((sum, count) => sum + count, 0);
    uiActions.pushNotice({ kind: 'info', text: t('confirmDelete.done', { rows }) });
  });
}

/** Generates and stores the demo engagement in the background, with a cancellable bar. */
export function loadDemo(locale: Locale, t: TFunction): Promise<EngagementId | null> {
  const controller = new AbortController();
  const label = t('home.loadingDemo');
  uiActions.setTask({ label, done: 0, total: 1, cancel: () => controller.abort() });

  const onProgress = ({ done, total }: { done: number; total: number }) =>
    uiActions.setTask({ label, done, total, cancel: () => controller.abort() });

  return guarded(t, () =>
    runTask('load-demo', { locale }, { onProgress, signal: controller.signal }),
  ).finally(() => uiActions.setTask(null));
}
