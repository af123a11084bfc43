// Where main-process log entries go: a file in the OS log folder, plus stderr in development.
import { closeSync, openSync, renameSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';

import type { LogEntry } from '../../src-core/log/logger';

export const LOG_FILE_NAME = 'fleet-audit.log';

/** Beyond this the previous log is set aside at start-up, so the folder cannot grow forever. */
const ROTATE_AT_BYTES = 5 * 1024 * 1024;

type Sink = (entry: LogEntry) => void;

function describeData(data: unknown): string {
  if (data === undefined) return '';
  if (data instanceof Error) return ` ${data.name}: ${data.message}\n${data.stack ?? ''}`;

  try {
    return ` ${JSON.stringify(data)}`;
  } catch {
    // Circular or BigInt data: the message alone still says what happened.
    return ' [data not serialisable]';
  }
}

/** One line per entry (an error's stack follows on its own lines). */
export function formatLogEntry(entry: LogEntry): string {
  const head = `${entry.at} ${entry.level.toUpperCase()} ${entry.scope}: ${entry.message}`;
  return `${head}${describeData(entry.data)}\n`;
}

function rotateIfLarge(filePath: string): void {
  try {
    if (statSync(filePath).size > ROTATE_AT_BYTES) renameSync(filePath, `${filePath}.old`);
  } catch {
    // No previous log yet: nothing to set aside.
  }
}

export interface FileSink {
  sink: Sink;
  filePath: string;
  close(): void;
}

/**
 * Appends entries to `<folder>/fleet-audit.log`. Writes are synchronous on purpose: main logs
 * little, and the last lines before a crash are the ones worth having.
 */
export function createFileSink(folder: string): FileSink {
  const filePath = join(folder, LOG_FILE_NAME);
  rotateIfLarge(filePath);

  const fd = openSync(filePath, 'a');
  let open = true;

  return {
    filePath,
    sink: (entry) => {
      if (!open) return;

      try {
        writeSync(fd, formatLogEntry(entry));
      } catch {
        // A log that cannot be written must not take the app down with it.
      }
    },
    close: () => {
      if (open) closeSync(fd);
      open = false;
    },
  };
}

/** Development only: the lead runs `npm start` in a terminal and expects to see the log there. */
export function createStderrSink(): Sink {
  return (entry) => {
    process.stderr.write(formatLogEntry(entry));
  };
}
