// What the import screens do: every heavy step runs in the task worker behind the progress bar,
// and every failure reaches the user as a translated sentence.
import type { TFunction } from 'i18next';

import type { EngagementId, ImportId } from '@core/model/ids';

import { prefetchKpiReport } from '../../kpi';
import { uiActions } from '../../state/ui-store';
import { getDb } from '../../store/db';
import { removeImport } from '../../store/imports';
import { runTask } from '../../tasks/run-task';
import type {
  ImportCommitOutput,
  PartOptions,
  PartPreview,
  PreviewSession,
} from '../../tasks/import-types';
import { reportError } from '../engagements/actions';

/** Runs work with the progress bar and its cancel button; null when it failed or was cancelled. */
async function withProgress<T>(
  label: string,
  t: TFunction,
  work: (options: {
    signal: AbortSignal;
    onProgress: (p: { done: number; total: number }) => void;
  }) => Promise<T>,
): Promise<T | null> {
  const controller = new AbortController();
  const cancel = (): void => controller.abort();
  uiActions.setTask({ label, done: 0, total: 1, cancel });

  try {
    return await work({
      signal: controller.signal,
      onProgress: ({ done, total }) => uiActions.setTask({ label, done, total, cancel }),
    });
  } catch (error) {
    reportError(error, t);
    return null;
  } finally {
    uiActions.setTask(null);
  }
}

/** Reads dropped or chosen files in the worker; the UI thread only hands over their bytes. */
export async function previewFiles(
  files: { name: string; bytes: Uint8Array }[],
  t: TFunction,
): Promise<PreviewSession | null> {
  const names = files.map((file) => file.name).join(', ');
  const output = await withProgress(t('import.reading', { files: names }), t, (options) =>
    runTask('import-preview', { files }, options),
  );
  return output?.kind === 'session' ? output.session : null;
}

/** Reads one part again with the consultant's choices (encoding, separator, mapping). */
export async function reparsePart(
  session: PreviewSession,
  part: PartPreview,
  options: PartOptions,
  t: TFunction,
): Promise<PartPreview | null> {
  const input = {
    sessionId: session.id,
    fileIndex: part.fileIndex,
    partIndex: part.partIndex,
    options,
  };
  const output = await withProgress(t('import.reading', { files: part.name }), t, (loop) =>
    runTask('import-preview', input, loop),
  );
  return output?.kind === 'part' ? output.part : null;
}

/**
 * Stores the chosen parts. The new figures start computing at once in the task worker, while the
 * consultant still reads the import's result, so the dashboard opened next has them sooner.
 */
export async function commitParts(
  session: PreviewSession,
  engagementId: EngagementId,
  parts: PartPreview[],
  t: TFunction,
): Promise<ImportCommitOutput | null> {
  const input = {
    sessionId: session.id,
    engagementId,
    parts: parts.map(({ fileIndex, partIndex }) => ({ fileIndex, partIndex })),
  };
  const stored = await withProgress(t('import.storing'), t, (loop) =>
    runTask('import-commit', input, loop),
  );
  if (stored) prefetchKpiReport(engagementId);
  return stored;
}

/** Removes an import and its batches, then rebuilds the views without it. */
export async function removeImportAndDerive(
  engagementId: EngagementId,
  importId: ImportId,
  t: TFunction,
): Promise<boolean> {
  const done = await withProgress(t('import.storing'), t, async (loop) => {
    await removeImport(getDb(), importId);
    await runTask('derive-views', { engagementId }, loop);
    return true;
  });
  if (done === true) prefetchKpiReport(engagementId);
  return done === true;
}
