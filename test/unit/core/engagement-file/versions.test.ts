import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import type { RawTables } from '@core/engagement-file/content';
import { FILE_SCHEMA_VERSION } from '@core/engagement-file/format';
import { readEngagementFile } from '@core/engagement-file/read';
import { writeEngagementFile } from '@core/engagement-file/write';

import { INFO, sampleContent } from './content-fixture';
import { refusal } from './expect-refusal';

function withVersion(bytes: Uint8Array, schemaVersion: number, appVersion: string): Uint8Array {
  const entries = unzipSync(bytes);
  const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as object;
  entries['manifest.json'] = strToU8(JSON.stringify({ ...manifest, schemaVersion, appVersion }));
  return zipSync(entries);
}

describe('engagement file versions', () => {
  it('refuses a file from a newer format, naming the version it needs', async () => {
    const newer = withVersion(await writeEngagementFile(sampleContent(), INFO), 7, '3.2.0');

    const params = await refusal(
      readEngagementFile(newer as Uint8Array<ArrayBuffer>, { file: 'f' }),
      'engagement-file-too-new',
    );
    expect(params).toMatchObject({ found: 7, supported: FILE_SCHEMA_VERSION, appVersion: '3.2.0' });
  });

  it('migrates a file from an older format, step by step, before validating it', async () => {
    // A crafted version-1 file read by a reader at version 3, whose two steps rename a note
    // field then tag every note: both must run, in order.
    const older = await writeEngagementFile(sampleContent(), INFO);
    const renameText = (tables: RawTables): RawTables => ({
      ...tables,
      notes: tables.notes.map((note) => {
        const { text, ...rest } = note as Record<string, unknown>;
        return { ...rest, body: text };
      }),
    });
    const tagNotes = (tables: RawTables): RawTables => ({
      ...tables,
      notes: tables.notes.map((note) => ({ ...(note as object), migrated: true })),
    });

    const read = await readEngagementFile(older, {
      file: 'f',
      format: {
        version: 3,
        migrations: [
          { from: 2, migrate: tagNotes },
          { from: 1, migrate: renameText },
        ],
      },
    });

    expect(read.migratedFrom).toBe(1);
    expect(read.content.notes).toEqual([
      { id: 'n1', subject: 'device:S1', author: 'CM', body: 'Écran fêlé', migrated: true },
    ]);
  });

  it('refuses an older file when a migration step is missing', async () => {
    const older = await writeEngagementFile(sampleContent(), INFO);

    await refusal(
      readEngagementFile(older, { file: 'f', format: { version: 2, migrations: [] } }),
      'engagement-file-invalid',
    );
  });
});
