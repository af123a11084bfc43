// The personal data register of an engagement: for each import, which personal fields it
// brought and in how many rows, so the consultant can answer "what do you hold, from where".
import type { FileBatch } from '../engagement-file/content';
import { DATASETS } from '../model/import-record';
import type { ImportRecord } from '../model/import-record';
import { PERSONAL_FIELDS, isFilled } from './personal-fields';
import type { PersonalCategory } from './personal-fields';

export interface RegisterField {
  field: string;
  category: PersonalCategory;
  /** Rows of the import where the field holds a value. */
  rows: number;
}

export interface RegisterEntry {
  importId: string;
  fileName: string;
  dataset: ImportRecord['dataset'];
  importedAt: string;
  rows: number;
  /** Only the personal fields that hold a value in at least one row. */
  fields: RegisterField[];
}

/** Counts, per import, the rows holding each personal field; devices first, oldest first. */
export function personalDataRegister(
  imports: readonly ImportRecord[],
  batches: readonly FileBatch[],
): RegisterEntry[] {
  const entries = new Map<string, RegisterEntry & { counts: number[] }>();
  for (const record of imports) {
    entries.set(record.id, {
      importId: record.id,
      fileName: record.fileName,
      dataset: record.dataset,
      importedAt: record.importedAt,
      rows: 0,
      fields: [],
      counts: PERSONAL_FIELDS[record.dataset].map(() => 0),
    });
  }

  for (const batch of batches) {
    const entry = entries.get(batch.importId);
    if (!entry) continue;

    const fields = PERSONAL_FIELDS[entry.dataset];
    for (const row of batch.rows) {
      entry.rows += 1;
      if (typeof row !== 'object' || row === null) continue;
      const values = row as Record<string, unknown>;
      fields.forEach(({ field }, index) => {
        if (isFilled(values[field])) entry.counts[index] += 1;
      });
    }
  }

  const order = (entry: RegisterEntry) => DATASETS.indexOf(entry.dataset);
  const sorted = [...entries.values()].sort(
    (a, b) => order(a) - order(b) || a.importedAt.localeCompare(b.importedAt),
  );
  return sorted.map(({ counts, ...entry }) => ({
    ...entry,
    fields: PERSONAL_FIELDS[entry.dataset]
      .map((field, index) => ({ ...field, rows: counts[index] }))
      .filter((field) => field.rows > 0),
  }));
}
