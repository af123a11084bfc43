import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';

import { FILE_SCHEMA_VERSION } from '@core/engagement-file/format';
import { readEngagementFile } from '@core/engagement-file/read';
import { writeEngagementFile } from '@core/engagement-file/write';

import { INFO, sampleContent } from './content-fixture';

describe('engagement file round trip', () => {
  it('reads back every table, field and attachment byte it wrote', async () => {
    const content = sampleContent();

    const bytes = await writeEngagementFile(content, INFO);
    const read = await readEngagementFile(bytes, { file: 'mission.fleetaudit' });

    expect(read.content).toEqual(content);
    expect(read.encrypted).toBe(false);
    expect(read.migratedFrom).toBeNull();
  });

  it('writes a ZIP whose manifest lists every part with its count, size and SHA-256', async () => {
    const bytes = await writeEngagementFile(sampleContent(), INFO);

    const entries = unzipSync(bytes);
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as {
      parts: { path: string; count: number }[];
    };

    expect(manifest).toMatchObject({
      kind: 'fleetaudit-engagement',
      schemaVersion: FILE_SCHEMA_VERSION,
      appVersion: '0.1.0',
      engagementName: 'Audit Société Générale des Eaux',
    });
    const counts = Object.fromEntries(manifest.parts.map((p) => [p.path, p.count]));
    expect(counts).toEqual({
      'engagement.json': 1,
      'imports.json': 2,
      'batches/000001.json': 3,
      'notes.json': 1,
      'records.json': 2,
      'attachments.json': 2,
      'files/000000.bin': 1,
      'files/000001.bin': 1,
    });
    expect(Object.keys(entries).sort()).toEqual([...Object.keys(counts), 'manifest.json'].sort());
  });

  it('round-trips through the encryption envelope with the right passphrase', async () => {
    const content = sampleContent();

    const bytes = await writeEngagementFile(content, INFO, 'correct horse battery');
    const read = await readEngagementFile(bytes, {
      file: 'mission.fleetaudit',
      passphrase: 'correct horse battery',
    });

    expect(read.content).toEqual(content);
    expect(read.encrypted).toBe(true);
    expect(unzipSyncFails(bytes)).toBe(true);
  });
});

function unzipSyncFails(bytes: Uint8Array): boolean {
  try {
    unzipSync(bytes);
    return false;
  } catch {
    return true;
  }
}
