// The 'import-commit' task: stores the parts the consultant confirmed, from the rows the preview
// already parsed, then re-derives the views. Several parts land together or not at all.
import { AppError } from '@core/errors/app-error';
import type { ImportRecord } from '@core/model/import-record';

import type { FleetDb } from '../store/db';
import { guardStorage, throwIfCancelled } from '../store/guard';
import { addImport } from '../store/imports';
import type { NewImport } from '../store/imports';
import { deriveViews } from '../store/views';
import type { TaskProgress } from './contract';
import { closeSession, getSessionPart } from './import-session';
import type { SessionPart } from './import-session';
import type { ImportCommitInput, ImportCommitOutput } from './import-types';

interface Loop {
  onProgress: (progress: TaskProgress) => void;
  signal: AbortSignal;
}

export async function importCommit(
  db: FleetDb,
  input: ImportCommitInput,
  { onProgress, signal }: Loop,
): Promise<ImportCommitOutput> {
  const parts = input.parts.map(({ fileIndex, partIndex }) =>
    getSessionPart(input.sessionId, fileIndex, partIndex),
  );
  const fields = parts.map((part) => importFields(input, part));

  // Every part lands in one transaction, with the lines a bill describes: all of them or none.
  const stored: { record: ImportRecord; rows: readonly unknown[] }[] = [];
  const write = db.transaction('rw', [db.engagements, db.imports, db.batches], async () => {
    for (const [index, part] of parts.entries()) {
      throwIfCancelled(signal);
      onProgress({ done: index, total: parts.length, label: `import:${part.name}` });
      const rows = rowsOf(part);
      const bill = await addImport(db, fields[index], rows, { signal });
      stored.push({ record: bill, rows });

      const lines = part.parsed.billLines?.rows ?? [];
      if (lines.length === 0) continue;
      const described = { ...fields[index], dataset: 'lines' as const, billId: bill.id };
      const record = await addImport(db, { ...described, rowsRejected: 0 }, lines, { signal });
      stored.push({ record, rows: lines });
    }
  });
  await guardStorage(write);

  closeSession(input.sessionId);
  // The rows just stored are still in memory: the views take them from here, not the store.
  const known = new Map(stored.map(({ record, rows }) => [record.id, rows]));
  await deriveViews(
    db,
    input.engagementId,
    ({ done, total, dataset }) => onProgress({ done, total, label: `derive:${dataset}` }),
    undefined,
    known,
  );

  const files = stored.filter(({ record }) => record.billId === null).map(({ record }) => record);
  return {
    imports: files.map((record) => ({
      name: record.fileName,
      dataset: record.dataset,
      accepted: record.rowsAccepted,
      rejected: record.rowsRejected,
    })),
  };
}

function rowsOf(part: SessionPart): readonly unknown[] {
  return part.parsed.result?.rows ?? [];
}

function importFields(input: ImportCommitInput, part: SessionPart): NewImport {
  const { parsed, options } = part;
  const result = parsed.result;
  if (!result) throw new AppError('import-unrecognised', parsed.name, { file: parsed.name });

  const source = options.profileId ? 'profile' : parsed.recognition.source;
  return {
    engagementId: input.engagementId,
    dataset: result.dataset,
    fileName: parsed.name,
    // Hashed when the preview read the bytes: no second pass over a large bill.
    sha256: part.sha256,
    size: part.bytes.byteLength,
    format: describeFormat(source, parsed),
    mappingId: options.profileId ?? (options.mapping ? 'manual' : parsed.recognition.source),
    rowsRejected: result.rejectedRows,
  };
}

// `intune · csv (utf-8, ;)`: what was detected, as the provenance appendix shows it.
function describeFormat(source: string, parsed: SessionPart['parsed']): string {
  const delimiter = parsed.delimiter === '\t' ? 'tab' : parsed.delimiter;
  const details = [parsed.encoding, delimiter, parsed.sheetName, parsed.currency].filter(Boolean);
  const suffix = details.length > 0 ? ` (${details.join(', ')})` : '';
  return `${source} · ${parsed.format}${suffix}`;
}
