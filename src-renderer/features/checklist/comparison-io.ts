// Exporting this engagement's answers to a file, and reading an earlier audit's file back.
import type { TFunction } from 'i18next';

import { buildChecklistExport, restoreChecklistExport } from '@core/checklist/export';
import { AppError } from '@core/errors/app-error';
import type { Engagement } from '@core/model/engagement';

import type { Platform } from '../../platform/platform';
import { savePrevious } from './checklist-store';
import type { ChecklistState } from './use-checklist';

const JSON_FILTER = [{ name: 'JSON', extensions: ['json'] }];

export async function exportChecklist(
  platform: Platform,
  engagement: Engagement,
  state: ChecklistState,
  t: TFunction,
): Promise<void> {
  const file = buildChecklistExport({
    engagementId: engagement.id,
    engagementName: engagement.name,
    exportedAt: new Date().toISOString(),
    catalogueVersion: state.catalogue.catalogueVersion,
    answers: state.answers,
    customQuestions: state.customQuestions,
  });
  const bytes = new TextEncoder().encode(JSON.stringify(file, null, 2));
  const safeName = engagement.name.replace(/[^\p{L}\p{N}-]+/gu, '-');

  await platform.saveFile(bytes, {
    title: t('checklist.compare.export'),
    suggestedName: `checklist-${safeName}.json`,
    filters: JSON_FILTER,
    mimeType: 'application/json',
  });
}

/** Reads the chosen file and keeps it as this engagement's earlier audit; false if cancelled. */
export async function importPrevious(platform: Platform, engagement: Engagement): Promise<boolean> {
  const [file] = await platform.openFiles({
    title: 'JSON',
    filters: JSON_FILTER,
    multiple: false,
  });
  if (!file) return false;

  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(file.bytes));
  } catch (error) {
    throw new AppError('checklist-export-invalid', String(error), { file: file.name });
  }

  await savePrevious(engagement, restoreChecklistExport(raw));
  return true;
}
