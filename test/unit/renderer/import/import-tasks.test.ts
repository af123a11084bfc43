import { createHash } from 'node:crypto';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createMappingProfile, MAPPING_PROFILE_KIND } from '@core/import/profile';
import type { EngagementId } from '@core/model/ids';
import type { FleetDb } from '@renderer/store/db';
import { createEngagement } from '@renderer/store/engagements';
import { listImports, removeImport } from '@renderer/store/imports';
import { putLibraryItem } from '@renderer/store/library';
import { readDatasetCounts, readView } from '@renderer/store/views';
import { importCommit } from '@renderer/tasks/import-commit';
import { importPreview } from '@renderer/tasks/import-preview';
import type { ImportPreviewInput, PartPreview, PreviewSession } from '@renderer/tasks/import-types';

import { fixture } from './fixture';
import { freshDb } from '../support/test-db';

let db: FleetDb;
let engagementId: EngagementId;
const loop = () => ({ onProgress: () => undefined, signal: new AbortController().signal });

beforeEach(async () => {
  db = freshDb();
  engagementId = await createEngagement({ name: 'Client' }, db);
});

afterEach(() => {
  db.close();
});

async function preview(...names: string[]): Promise<PreviewSession> {
  const files = names.map((name) => ({ name, bytes: fixture(name) }));
  const output = await importPreview(db, { files }, loop());
  if (output.kind !== 'session') throw new Error('expected a session');
  return output.session;
}

async function repreview(input: ImportPreviewInput): Promise<PartPreview> {
  const output = await importPreview(db, input, loop());
  if (output.kind !== 'part') throw new Error('expected a part');
  return output.part;
}

function onlyPart(session: PreviewSession): PartPreview {
  const file = session.files[0];
  if (!file.ok) throw new Error(file.error.detail);
  return file.parts[0];
}

describe('previewing and confirming an import', () => {
  it('shows a recognised Intune export with its warning, then stores it with provenance', async () => {
    const name = 'intune-utf8-bom-entra-labels.csv';
    const session = await preview(name);
    const part = onlyPart(session);

    expect(part).toMatchObject({
      source: 'intune',
      dataset: 'devices',
      encoding: 'utf-8',
      hadBom: true,
      delimiter: ',',
      accepted: 4,
      rejected: 0,
    });
    expect(part.errors).toMatchObject([{ row: 5, column: 'IMEI', code: 'import-imei-scientific' }]);

    await importCommit(db, { sessionId: session.id, engagementId, parts: [part] }, loop());

    const [record] = await listImports(db, engagementId);
    expect(record).toMatchObject({
      fileName: name,
      dataset: 'devices',
      format: 'intune · csv (utf-8, ,)',
      mappingId: 'intune',
      size: fixture(name).byteLength,
      sha256: createHash('sha256').update(fixture(name)).digest('hex'),
      rowsAccepted: 4,
      rowsRejected: 0,
    });
    expect((await readDatasetCounts(db, engagementId)).devices).toBe(4);
  });

  it('stores several files in one transaction: cancelled on the second, none is kept', async () => {
    const names = ['intune-utf8-bom-entra-labels.csv', 'operator-fr-semicolon-cp1252-euro.csv'];
    const session = await preview(...names);
    const parts = session.files.map((file) => ({ fileIndex: file.fileIndex, partIndex: 0 }));
    const controller = new AbortController();
    const cancelOnSecond = {
      signal: controller.signal,
      onProgress: ({ label }: { label?: string }) => {
        if (label === `import:${names[1]}`) controller.abort();
      },
    };

    const commit = importCommit(db, { sessionId: session.id, engagementId, parts }, cancelOnSecond);

    await expect(commit).rejects.toMatchObject({ code: 'task-cancelled' });
    expect(await listImports(db, engagementId)).toEqual([]);
    expect(await db.batches.count()).toBe(0);
  });

  it('stores the lines a bill describes beside it, and removes them with it', async () => {
    const name = 'operator-fr-three-months-light-line.csv';
    const session = await preview(name);
    const part = onlyPart(session);
    expect(part).toMatchObject({ dataset: 'invoices', accepted: 6, billLines: 2 });

    const output = await importCommit(
      db,
      { sessionId: session.id, engagementId, parts: [part] },
      loop(),
    );

    const [lines, bill] = await listImports(db, engagementId);
    expect(output.imports).toEqual([{ name, dataset: 'invoices', accepted: 6, rejected: 0 }]);
    expect(bill).toMatchObject({ dataset: 'invoices', billId: null, coversUntil: '2026-11' });
    expect(lines).toMatchObject({ dataset: 'lines', billId: bill.id, rowsAccepted: 2 });
    expect(lines.sha256).toBe(bill.sha256);
    const line = (await readView(db, engagementId, 'lines')).find(
      (l) => l.number === '+33612345678',
    );
    expect(line).toMatchObject({ plan: 'Pro 50 Go', planPrice: 29, dataAllowanceMb: 51200 });

    await removeImport(db, bill.id);

    expect(await listImports(db, engagementId)).toEqual([]);
    expect(await db.batches.count()).toBe(0);
  });

  it('re-reads a file in the encoding the consultant picks', async () => {
    const session = await preview('asset-register-fr-semicolon-cp1252-euro.csv');
    const part = onlyPart(session);
    expect(part.encoding).toBe('windows-1252');

    const forced = await repreview({
      sessionId: session.id,
      fileIndex: 0,
      partIndex: 0,
      options: { encoding: 'utf-8' },
    });

    expect(forced.encoding).toBe('utf-8');
    expect(forced.sample.flat().join('')).toContain('\ufffd');
  });

  it('maps an unknown layout, then maps the next file with the same header by itself', async () => {
    const first = await preview('unknown-layout-suggestions.csv');
    const unknown = onlyPart(first);
    expect(unknown).toMatchObject({ source: 'unrecognised', mapping: null, accepted: 0 });

    const mapping = { imei: 'Appareil n°', userName: 'Porteur', userEmail: 'Mél' };
    const mapped = await repreview({
      sessionId: first.id,
      fileIndex: 0,
      partIndex: 0,
      options: { dataset: 'devices', mapping },
    });
    expect(mapped).toMatchObject({ dataset: 'devices', accepted: 2, rejected: 0 });

    const profile = createMappingProfile({
      name: 'Registre maison',
      header: unknown.header,
      dataset: 'devices',
      mapping,
      savedAt: '2024-03-01T00:00:00.000Z',
    });
    await putLibraryItem(MAPPING_PROFILE_KIND, profile.id, profile, db);

    const second = await preview('unknown-layout-same-header-second-batch.csv');
    const reused = onlyPart(second);
    expect(reused).toMatchObject({
      profile: { id: profile.id, name: 'Registre maison' },
      dataset: 'devices',
      accepted: 1,
      rejected: 1,
    });
    expect(reused.errors[0]).toMatchObject({ row: 3, column: 'Appareil n°' });

    await importCommit(db, { sessionId: second.id, engagementId, parts: [reused] }, loop());
    expect((await listImports(db, engagementId))[0].mappingId).toBe(profile.id);
  });

  it('refuses a ZIP with a ../ entry and stores nothing', async () => {
    const session = await preview('zip-slip-dotdot-entry.zip');

    expect(session.files[0]).toMatchObject({
      ok: false,
      error: { code: 'import-zip-unsafe-path' },
    });
    expect(await listImports(db, engagementId)).toEqual([]);
  });

  it('gives each entry of a ZIP its own part', async () => {
    const session = await preview('bundle-two-csv.zip');
    const file = session.files[0];

    expect(file.ok && file.parts.map((p) => p.name)).toHaveLength(2);
  });

  it('says the preview expired when a newer one replaced it, storing nothing', async () => {
    const old = await preview('meraki-sm-camelcase.csv');
    await preview('google-workspace-email-list.csv');

    const commit = importCommit(
      db,
      { sessionId: old.id, engagementId, parts: [{ fileIndex: 0, partIndex: 0 }] },
      loop(),
    );

    await expect(commit).rejects.toMatchObject({ code: 'import-preview-expired' });
    expect(await listImports(db, engagementId)).toEqual([]);
  });
});
