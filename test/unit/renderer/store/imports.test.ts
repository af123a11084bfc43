import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { EngagementId } from '@core/model/ids';
import { isPackedRows, unpackRows } from '@core/model/packed-rows';
import type { FleetDb } from '@renderer/store/db';
import { createEngagement } from '@renderer/store/engagements';
import { addImport, listImports, removeImport } from '@renderer/store/imports';
import type { NewImport } from '@renderer/store/imports';
import { deriveViews } from '@renderer/store/views';

import { importRows } from '../support/imports';
import { devices, invoice, line } from '../support/rows';
import { freshDb, rowsOf } from '../support/test-db';

let db: FleetDb;
let engagementId: EngagementId;

beforeEach(async () => {
  db = freshDb();
  engagementId = await createEngagement({ name: 'Acme' }, db);
});

afterEach(() => {
  db.close();
});

function fields(fileName: string): NewImport {
  return { engagementId, dataset: 'devices', fileName, sha256: 'ab12', size: 42, format: 'csv' };
}

describe('adding an import', () => {
  it('stores the record and its rows packed 1,000 per batch, in order', async () => {
    const rows = devices(2500);

    const record = await addImport(db, fields('intune.csv'), rows);

    expect(record).toMatchObject({ rowsAccepted: 2500, rowsRejected: 0, batchCount: 3 });
    const batches = await db.batches.where('importId').equals(record.id).sortBy('seq');
    expect(batches.map((b) => unpackRows(b.rows).length)).toEqual([1000, 1000, 500]);
    expect(batches.every((b) => isPackedRows(b.rows))).toBe(true);
    expect(batches.flatMap((b) => unpackRows(b.rows))).toEqual(rows);
  });

  it('notes the latest month a bill covers, the default reference date', async () => {
    const bill = { ...fields('facture.csv'), dataset: 'invoices' as const };
    const months = ['2024-02', '2024-04', '2024-03'];
    const rows = months.map((period) => invoice('+33612345678', period));

    const record = await addImport(db, bill, rows);
    const register = await addImport(db, fields('parc.csv'), devices(2));

    expect(record.coversUntil).toBe('2024-04');
    expect(register.coversUntil).toBeNull();
    expect((await listImports(db, engagementId)).map((r) => r.coversUntil)).toEqual([
      '2024-04',
      null,
    ]);
  });

  it('lands nothing when a batch fails to be written mid-way', async () => {
    const rows: unknown[] = devices(2500);
    // A function cannot be stored: the second batch's write throws.
    rows[1800] = { key: 'broken', note: () => 'not cloneable' };

    await expect(addImport(db, fields('broken.csv'), rows)).rejects.toMatchObject({
      code: 'storage-failed',
    });

    expect(await listImports(db, engagementId)).toEqual([]);
    expect(await db.batches.count()).toBe(0);
  });

  it('lands nothing when cancelled after the first write', async () => {
    const controller = new AbortController();

    const adding = addImport(db, fields('big.csv'), devices(3000), {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });

    await expect(adding).rejects.toMatchObject({ code: 'task-cancelled' });
    expect(await db.imports.count()).toBe(0);
    expect(await db.batches.count()).toBe(0);
  });

  it('refuses rows for an engagement that does not exist', async () => {
    const orphan = { ...fields('x.csv'), engagementId: 'gone' as EngagementId };

    await expect(addImport(db, orphan, devices(3))).rejects.toMatchObject({
      code: 'engagement-not-found',
    });
    expect(await db.batches.count()).toBe(0);
  });

  it('lists imports in the order they were made, even within one millisecond', async () => {
    for (const name of ['a.csv', 'b.csv', 'c.csv', 'd.csv']) {
      await importRows(db, engagementId, 'devices', devices(1), name);
    }

    const listed = await listImports(db, engagementId);

    expect(listed.map((i) => i.fileName)).toEqual(['a.csv', 'b.csv', 'c.csv', 'd.csv']);
    expect(new Set(listed.map((i) => i.importedAt)).size).toBe(4);
  });
});

describe('the order views merge imports in', () => {
  it('puts lines read from a bill before any line list, even an older one', async () => {
    const list = await addImport(db, { ...fields('lignes.csv'), dataset: 'lines' }, [line('+1')]);
    const bill = await addImport(db, { ...fields('f.csv'), dataset: 'invoices' }, []);
    const read = { ...fields('f.csv'), dataset: 'lines' as const, billId: bill.id };
    const described = await addImport(db, read, [line('+1')]);

    const order = (await listImports(db, engagementId, 'lines')).map((record) => record.id);

    expect(order).toEqual([described.id, list.id]);
  });
});

describe('removing an import', () => {
  it('removes its batches and nothing else', async () => {
    const other = await createEngagement({ name: 'Other' }, db);
    await importRows(db, other, 'devices', devices(1200));
    const kept = await importRows(db, engagementId, 'lines', [line('+33600000001')]);
    const removed = await importRows(db, engagementId, 'devices', devices(1200));
    await db.notes.add({ id: 'n1', engagementId, subject: 'device:SN-1' });
    await deriveViews(db, engagementId);
    const otherBefore = await rowsOf(db, other);
    const mineBefore = await rowsOf(db, engagementId);

    await removeImport(db, removed.id);

    expect(await db.batches.where('importId').equals(removed.id).count()).toBe(0);
    expect((await listImports(db, engagementId)).map((i) => i.id)).toEqual([kept.id]);
    expect(await db.batches.where('importId').equals(kept.id).count()).toBe(1);
    // One import record and its two batches are gone; the view, notes and engagement stay.
    expect(await rowsOf(db, engagementId)).toBe(mineBefore - 3);
    expect(await rowsOf(db, other)).toBe(otherBefore);
  });
});
