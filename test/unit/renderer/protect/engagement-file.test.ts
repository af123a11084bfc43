import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { EngagementId } from '@core/model/ids';
import { addAttachment } from '@renderer/store/attachments';
import type { FleetDb } from '@renderer/store/db';
import { readEngagementContent } from '@renderer/store/engagement-file';
import { deleteEngagement, listEngagements } from '@renderer/store/engagements';
import { listImports } from '@renderer/store/imports';
import { putRecord } from '@renderer/store/owned';
import { readDatasetCounts, readView } from '@renderer/store/views';
import { exportEngagementFile } from '@renderer/tasks/engagement-file-export';
import { importEngagementFile } from '@renderer/tasks/engagement-file-import';
import { storeDemo } from '@renderer/tasks/store-demo';

import { demoFixture } from '../support/demo-fixture';
import { importBillWithLines } from '../support/imports';
import { invoice, line } from '../support/rows';
import { freshDb } from '../support/test-db';

let db: FleetDb;
let source: EngagementId;

beforeEach(async () => {
  db = freshDb();
  source = await storeDemo(db, demoFixture(1500), { seed: 20261 });
  await db.notes.add({ id: 'n1', engagementId: source, subject: 'device:DEMO-1', text: 'Volé' });
  await putRecord(source, 'checklist-answer', 'q1', { value: 3, evidence: ['a'] }, db);
  await addAttachment(
    source,
    { name: 'preuve.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70]) },
    db,
  );
});

afterEach(() => {
  db.close();
});

async function exported(passphrase?: string): Promise<Uint8Array<ArrayBuffer>> {
  const out = await exportEngagementFile(db, {
    engagementId: source,
    appVersion: '0.1.0',
    passphrase,
  });
  return out.bytes;
}

/** The content with the ids that an import renews set aside, to compare what matters. */
async function comparable(id: EngagementId) {
  const content = await readEngagementContent(db, id);
  const importName = new Map<string, string>(
    content.imports.map((r) => [r.id, `${r.dataset}:${r.fileName}`]),
  );
  return {
    engagement: { ...content.engagement, id: '', updatedAt: '' },
    imports: content.imports
      .map((record) => ({ ...record, id: '', engagementId: '' }))
      .sort((a, b) => a.dataset.localeCompare(b.dataset)),
    batches: content.batches
      .map((batch) => ({ ...batch, id: '', importId: importName.get(batch.importId) }))
      .sort((a, b) => a.dataset.localeCompare(b.dataset) || a.seq - b.seq),
    notes: content.notes.map((note) => ({ ...note, id: '' })),
    records: content.records,
    attachments: content.attachments,
  };
}

async function storeSize(): Promise<number> {
  const tables = [db.engagements, db.imports, db.batches, db.viewChunks, db.viewMeta];
  const more = [db.notes, db.records, db.attachments];
  const counts = await Promise.all([...tables, ...more].map((table) => table.count()));
  return counts.reduce((sum, n) => sum + n, 0);
}

describe('engagement file in the store', () => {
  it('imports as a new engagement equal in every table, with its views derived', async () => {
    const bytes = await exported();

    const { engagementId, counts } = await importEngagementFile(db, {
      bytes,
      file: 'm.fleetaudit',
    });

    expect(engagementId).not.toBe(source);
    expect(await comparable(engagementId)).toEqual(await comparable(source));
    expect(counts).toEqual(await readDatasetCounts(db, source));
    // The same devices; their origin names the new engagement's own imports.
    const devices = async (id: EngagementId) =>
      (await readView(db, id, 'devices')).map(({ origin: _origin, ...device }) => device);
    expect(await devices(engagementId)).toEqual(await devices(source));
  });

  it('gives two engagements when the same file is imported twice', async () => {
    const bytes = await exported();

    await importEngagementFile(db, { bytes, file: 'm.fleetaudit' });
    await importEngagementFile(db, { bytes, file: 'm.fleetaudit' });

    expect(await listEngagements(db)).toHaveLength(3);
  });

  it('brings a deleted engagement back, encrypted, with its id in replace mode', async () => {
    const before = await comparable(source);
    const bytes = await exported('phrase de passe');
    await deleteEngagement(source, db);

    const { engagementId, counts } = await importEngagementFile(db, {
      bytes,
      file: 'm.fleetaudit',
      passphrase: 'phrase de passe',
      mode: 'replace',
    });

    expect(engagementId).toBe(source);
    expect(await comparable(source)).toEqual(before);
    expect(counts).toEqual({ devices: 1500, lines: 30, invoices: 60, plans: 0 });
  });

  it('replaces the engagement in place without duplicating any row', async () => {
    const size = await storeSize();
    const bytes = await exported();
    await putRecord(source, 'wave', 'w-after-export', { name: 'later' }, db);

    await importEngagementFile(db, { bytes, file: 'm.fleetaudit', mode: 'replace' });

    expect(await storeSize()).toBe(size);
    expect(await db.records.get([source, 'wave', 'w-after-export'])).toBeUndefined();
  });

  it('keeps the lines read from a bill tied to the bill brought in with them', async () => {
    const rows = [invoice('+33699999999', '2026-03')];
    await importBillWithLines(db, source, rows, [line('+33699999999', { planPrice: 29 })]);

    const { engagementId } = await importEngagementFile(db, {
      bytes: await exported(),
      file: 'm.fleetaudit',
    });

    const imports = await listImports(db, engagementId);
    const bill = imports.find((record) => record.fileName === 'facture.csv' && !record.billId);
    const fromBill = imports.filter((record) => record.billId !== null);
    expect(fromBill).toEqual([expect.objectContaining({ dataset: 'lines', billId: bill?.id })]);
    const lines = await readView(db, engagementId, 'lines');
    expect(lines.find((l) => l.number === '+33699999999')?.planPrice).toBe(29);
  });

  it('leaves the store unchanged when the passphrase is wrong', async () => {
    const bytes = await exported('la bonne');
    const size = await storeSize();

    const attempt = importEngagementFile(db, { bytes, file: 'm', passphrase: 'la mauvaise' });

    await expect(attempt).rejects.toMatchObject({ code: 'engagement-file-passphrase-wrong' });
    expect(await storeSize()).toBe(size);
  });

  it('leaves the store unchanged when the file is truncated', async () => {
    const bytes = await exported();
    const size = await storeSize();

    const attempt = importEngagementFile(db, { bytes: bytes.slice(0, 5000), file: 'm' });

    await expect(attempt).rejects.toMatchObject({ code: 'engagement-file-damaged' });
    expect(await storeSize()).toBe(size);
  });

  it('names the export after the engagement, safe for any file system', async () => {
    const out = await exportEngagementFile(db, { engagementId: source, appVersion: '0.1.0' });

    expect(out.fileName).toMatch(/^Demo-Transports-Lumiere-\d{4}-\d{2}-\d{2}\.fleetaudit$/);
  });
});
