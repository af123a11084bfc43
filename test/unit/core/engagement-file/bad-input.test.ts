// Every way an untrusted file can be wrong is refused whole, with a code the UI can explain.
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { Unzipped } from 'fflate';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';

import { readEngagementFile } from '@core/engagement-file/read';
import { writeEngagementFile } from '@core/engagement-file/write';

import { INFO, sampleContent } from './content-fixture';
import { refusal } from './expect-refusal';

interface Part {
  path: string;
  count: number;
  size: number;
  sha256: string;
}

const read = (bytes: Uint8Array) =>
  readEngagementFile(bytes as Uint8Array<ArrayBuffer>, { file: 'mission.fleetaudit' });

const json = (bytes: Uint8Array): unknown => JSON.parse(new TextDecoder().decode(bytes));
const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function validFile(): Promise<Uint8Array<ArrayBuffer>> {
  return writeEngagementFile(sampleContent(), INFO);
}

/** Rewrites an archive's entries; `resign` recomputes the manifest's sizes and hashes. */
async function edited(mutate: (entries: Unzipped) => void, resign = false): Promise<Uint8Array> {
  const entries = unzipSync(await validFile());
  mutate(entries);

  if (resign) {
    const manifest = json(entries['manifest.json']) as { parts: Part[] };
    for (const part of manifest.parts) {
      part.size = entries[part.path].byteLength;
      part.sha256 = sha(entries[part.path]);
    }
    entries['manifest.json'] = strToU8(JSON.stringify(manifest));
  }
  return zipSync(entries);
}

function editManifest(entries: Unzipped, change: (manifest: Record<string, unknown>) => void) {
  const manifest = json(entries['manifest.json']) as Record<string, unknown>;
  change(manifest);
  entries['manifest.json'] = strToU8(JSON.stringify(manifest));
}

describe('reading an engagement file refuses', () => {
  it('a file that is not a ZIP', async () => {
    await refusal(read(strToU8('serial;imei\nA;1\n')), 'engagement-file-not-recognised');
  });

  it('a ZIP that is not an engagement file', async () => {
    await refusal(
      read(zipSync({ 'devices.csv': strToU8('a;b') })),
      'engagement-file-not-recognised',
    );
  });

  it('a truncated file', async () => {
    const bytes = await validFile();

    await refusal(read(bytes.slice(0, Math.floor(bytes.length * 0.7))), 'engagement-file-damaged');
  });

  it('an entry whose path climbs out of the archive', async () => {
    const bytes = await edited((entries) => {
      entries['../../evil.json'] = strToU8('[]');
    });

    const params = await refusal(read(bytes), 'engagement-file-unsafe-path');
    expect(params.entry).toBe('../../evil.json');
  });

  it('an entry the manifest does not list', async () => {
    const bytes = await edited((entries) => {
      entries['extra.json'] = strToU8('[]');
    });

    await refusal(read(bytes), 'engagement-file-invalid');
  });

  it('a part changed after export (hash no longer matches)', async () => {
    const bytes = await edited((entries) => {
      entries['notes.json'] = strToU8('[{"id":"n1","subject":"device:S1","text":"changé"}]');
    });

    await refusal(read(bytes), 'engagement-file-tampered');
  });

  it('a manifest whose row count does not match its part', async () => {
    const bytes = await edited((entries) =>
      editManifest(entries, (manifest) => {
        const parts = manifest.parts as Part[];
        parts.find((part) => part.path === 'records.json')!.count = 5;
      }),
    );

    await refusal(read(bytes), 'engagement-file-tampered');
  });

  it('a manifest listing a part the archive lacks', async () => {
    const bytes = await edited((entries) => {
      delete entries['files/000001.bin'];
    });

    await refusal(read(bytes), 'engagement-file-tampered');
  });

  it('a huge manifest, before expanding it', async () => {
    const bytes = await edited((entries) =>
      editManifest(entries, (manifest) => {
        manifest.padding = 'x'.repeat(5 * 1024 * 1024);
      }),
    );

    const params = await refusal(read(bytes), 'engagement-file-too-large');
    expect(params.entry).toBe('manifest.json');
  });

  it('an archive that expands past the limit, before expanding it', async () => {
    const bytes = await validFile();

    await refusal(
      readEngagementFile(bytes, {
        file: 'f',
        limits: { maxExpandedBytes: 100, maxEntries: 100, maxManifestBytes: 100_000 },
      }),
      'engagement-file-too-large',
    );
  });

  it('a forged file with valid hashes whose batches belong to no import', async () => {
    const bytes = await edited((entries) => {
      const batches = json(entries['batches/000001.json']) as { importId: string }[];
      batches[0].importId = 'nowhere';
      entries['batches/000001.json'] = strToU8(JSON.stringify(batches));
    }, true);

    await refusal(read(bytes), 'engagement-file-invalid');
  });

  it('a forged file with valid hashes whose records lack their keys', async () => {
    const bytes = await edited((entries) => {
      entries['records.json'] = strToU8('[{"data":1},{"data":2}]');
    }, true);

    await refusal(read(bytes), 'engagement-file-invalid');
  });

  it('a forged attachment whose bytes do not match its recorded SHA-256', async () => {
    const bytes = await edited((entries) => {
      entries['files/000000.bin'] = strToU8('%PDF-1.7 autre');
    }, true);

    await refusal(read(bytes), 'engagement-file-tampered');
  });
});
