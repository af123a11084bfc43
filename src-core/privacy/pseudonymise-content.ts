// The content of a pseudonymised export: every personal field of the imported rows replaced
// by its stable pseudonym. What cannot be checked field by field (notes' free text, the
// features' own records, attached files) is left out rather than risked.
import type { EngagementContent, FileBatch } from '../engagement-file/content';
import type { Dataset } from '../model/import-record';
import { PERSONAL_FIELDS } from './personal-fields';
import { normalise } from './pseudonym';
import type { Pseudonymiser } from './pseudonym';

type Row = Record<string, unknown>;

const isRow = (raw: unknown): raw is Row => typeof raw === 'object' && raw !== null;

/** A device's key is its serial or IMEI when it has one: it must get that same pseudonym. */
async function deviceKey(row: Row, key: string, pseudo: Pseudonymiser): Promise<string> {
  const { serial, imei } = row;
  if (typeof serial === 'string' && normalise('serial', serial) === normalise('serial', key)) {
    return pseudo.pseudonym('serial', key);
  }
  if (typeof imei === 'string' && normalise('imei', imei) === normalise('imei', key)) {
    return pseudo.pseudonym('imei', key);
  }
  return pseudo.pseudonym('device-key', key);
}

/** One imported row with each of its personal fields replaced by its stable pseudonym. */
export async function pseudonymiseRow(dataset: Dataset, raw: unknown, pseudo: Pseudonymiser) {
  if (!isRow(raw)) return raw;
  const row: Row = { ...raw };

  for (const { field, category } of PERSONAL_FIELDS[dataset]) {
    const value = raw[field];
    if (typeof value !== 'string' || value.trim() === '') continue;

    row[field] =
      category === 'device-key'
        ? await deviceKey(raw, value, pseudo)
        : await pseudo.pseudonym(category, value);
  }
  return row;
}

async function pseudonymiseBatch(batch: FileBatch, pseudo: Pseudonymiser): Promise<FileBatch> {
  const rows: unknown[] = [];
  for (const raw of batch.rows) rows.push(await pseudonymiseRow(batch.dataset, raw, pseudo));
  return { ...batch, rows };
}

/** Replaces personal values with pseudonyms and leaves out free text, records and files. */
export async function pseudonymiseContent(
  content: EngagementContent,
  pseudo: Pseudonymiser,
): Promise<EngagementContent> {
  const batches: FileBatch[] = [];
  for (const batch of content.batches) batches.push(await pseudonymiseBatch(batch, pseudo));

  return { ...content, batches, notes: [], records: [], attachments: [] };
}
