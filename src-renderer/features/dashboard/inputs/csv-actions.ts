// The Saisies tab's small import: choose a CSV, read it in core, store every row or none; and
// the template the consultant fills.
import type { TFunction } from 'i18next';

import { decodeText } from '@core/import/text/decode';
import { inputsCsvTemplate, parseInputsCsv } from '@core/kpi';
import type { InputFamily, InputsCsvProblem } from '@core/kpi';
import type { Engagement, Locale } from '@core/model/engagement';

import { saveInputRows } from '../../../kpi/inputs';
import type { Platform } from '../../../platform/platform';

export type CsvOutcome =
  | { kind: 'added'; file: string; count: number }
  | { kind: 'refused'; file: string; problems: InputsCsvProblem[] };

const CSV_FILTERS = [{ name: 'CSV', extensions: ['csv', 'txt', 'tsv'] }];

/** Imports the chosen file into the family; null when the consultant cancels. */
export async function importInputsCsv(
  platform: Platform,
  engagement: Engagement,
  family: InputFamily,
  t: TFunction,
): Promise<CsvOutcome | null> {
  const [file] = await platform.openFiles({
    title: t('dashboard.inputs.csv.pick'),
    filters: CSV_FILTERS,
    multiple: false,
  });
  if (!file) return null;

  // Excel's French "CSV (point-virgule)" is Windows-1252: the shared decoder reads either.
  const { text } = decodeText(file.bytes);
  const result = parseInputsCsv(family, text, file.name);
  if (!result.ok) return { kind: 'refused', file: file.name, problems: result.problems };

  await saveInputRows(engagement.id, family, result.rows);
  return { kind: 'added', file: file.name, count: result.rows.length };
}

/** Saves the family's template, headed in the UI's language. */
export async function saveInputsTemplate(
  platform: Platform,
  family: InputFamily,
  locale: Locale,
  t: TFunction,
): Promise<void> {
  const bytes = new TextEncoder().encode(inputsCsvTemplate(family, locale));
  await platform.saveFile(bytes, {
    title: t('dashboard.inputs.csv.saveTemplate'),
    suggestedName: t('dashboard.inputs.csv.templateName', { family }),
    filters: CSV_FILTERS,
    mimeType: 'text/csv',
  });
}
