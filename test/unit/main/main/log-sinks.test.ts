import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { LogEntry } from '@core/log/logger';
import { createFileSink, formatLogEntry, LOG_FILE_NAME } from '../../../../src-main/main/log-sinks';

const entry: LogEntry = {
  level: 'warn',
  scope: 'ipc',
  message: 'IPC file-open failed',
  data: { code: 'file-too-large' },
  at: '2025-03-14T09:30:00.000Z',
};

describe('formatLogEntry', () => {
  it('writes time, level, scope, message and data on one line', () => {
    expect(formatLogEntry(entry)).toBe(
      '2025-03-14T09:30:00.000Z WARN ipc: IPC file-open failed {"code":"file-too-large"}\n',
    );
  });

  it('keeps an error message and stack, which JSON would drop', () => {
    const line = formatLogEntry({ ...entry, data: new RangeError('out of range') });

    expect(line).toContain('RangeError: out of range');
    expect(line).toContain('at ');
  });

  it('survives data that cannot be turned into JSON', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;

    expect(formatLogEntry({ ...entry, data: circular })).toBe(
      '2025-03-14T09:30:00.000Z WARN ipc: IPC file-open failed [data not serialisable]\n',
    );
  });
});

describe('createFileSink', () => {
  let folder: string;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'fleet-audit-logs-'));
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('appends entries to fleet-audit.log, keeping earlier runs', async () => {
    await writeFile(join(folder, LOG_FILE_NAME), 'previous run\n');
    const file = createFileSink(folder);

    file.sink(entry);
    file.close();
    file.sink(entry);

    const text = await readFile(join(folder, LOG_FILE_NAME), 'utf8');
    expect(text.split('\n').filter(Boolean)).toEqual([
      'previous run',
      formatLogEntry(entry).trimEnd(),
    ]);
  });

  it('sets a large previous log aside instead of growing it', async () => {
    await writeFile(join(folder, LOG_FILE_NAME), 'x'.repeat(6 * 1024 * 1024));

    createFileSink(folder).close();

    expect((await stat(join(folder, LOG_FILE_NAME))).size).toBe(0);
    expect((await stat(join(folder, `${LOG_FILE_NAME}.old`))).size).toBe(6 * 1024 * 1024);
  });
});
