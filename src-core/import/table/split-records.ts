import { throwIfAborted } from '../failure';
import type { LoopOptions } from '../types';

const PROGRESS_CHARS = 1024 * 1024;

/**
 * Splits text that holds no quote into records, line by line then cell by cell: what papaparse
 * does with such text (its fast mode), leading BOM dropped as it drops it. Papaparse fed in
 * chunks joins each one to the line left over from the one before, which copies the whole file
 * once more and keeps the copy alive with the cells; split in one go, the cells share the text.
 */
export function splitRecords(
  text: string,
  delimiter: string,
  newline: string,
  file: string,
  { onProgress, signal }: LoopOptions,
): string[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Papaparse reads nothing from empty text, where splitting would give one empty line.
  const lines = body === '' ? [] : body.split(newline);
  const records: string[][] = [];
  let done = 0;
  let reportAt = PROGRESS_CHARS;

  for (const line of lines) {
    records.push(line.split(delimiter));
    done += line.length + newline.length;
    if (done >= reportAt) {
      reportAt = done + PROGRESS_CHARS;
      onProgress?.({ phase: 'parse', done: Math.min(done, text.length), total: text.length });
      throwIfAborted(signal, file);
    }
  }

  onProgress?.({ phase: 'parse', done: text.length, total: text.length });
  throwIfAborted(signal, file);
  return records;
}
