import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { EngagementId } from '@core/model/ids';
import type { FleetDb } from '@renderer/store/db';
import {
  createEngagement,
  deleteEngagement,
  duplicateEngagement,
  getEngagement,
  listEngagements,
  renameEngagement,
  updateEngagement,
} from '@renderer/store/engagements';
import { addAttachment, listAttachments } from '@renderer/store/attachments';
import { listImports, removeImport } from '@renderer/store/imports';
import { listRecords, putRecord } from '@renderer/store/owned';
import { deriveViews, readView } from '@renderer/store/views';

import { importBillWithLines, importRows } from '../support/imports';
import { devices, invoice, line } from '../support/rows';
import { freshDb, rowsOf } from '../support/test-db';

let db: FleetDb;
const pdfBytes = new TextEncoder().encode('%PDF-1.7 evidence');
const asAnswer = (raw: unknown) => raw as { answer: string };

beforeEach(() => {
  db = freshDb();
});

afterEach(() => {
  db.close();
});

/** An engagement with one import per dataset, its views derived and a note. */
async function filledEngagement(name: string): Promise<EngagementId> {
  const id = await createEngagement({ name }, db);
  await importRows(db, id, 'devices', devices(1500));
  await importRows(db, id, 'lines', [line('+33600000001'), line('+33600000002')]);
  await importRows(db, id, 'invoices', [invoice('+33600000001', '2026-01')]);
  await db.notes.add({
    id: `${name}-note`,
    engagementId: id,
    subject: 'device:SN-1',
    text: 'lost',
  });
  await putRecord(id, 'checklist-answer', 'inv-serial', { answer: 'partly' }, db);
  await addAttachment(id, { name: 'preuve.pdf', mimeType: 'application/pdf', bytes: pdfBytes }, db);
  await deriveViews(db, id);
  return id;
}

describe('creating engagements', () => {
  it('fills the French defaults the consultant did not give', async () => {
    const id = await createEngagement({ name: '  Acme 2026  ', clientName: 'Acme' }, db);

    const stored = await getEngagement(id, db);

    expect(stored).toMatchObject({
      id,
      name: 'Acme 2026',
      clientName: 'Acme',
      locale: 'fr',
      currency: 'EUR',
      brandPrimary: '#1f4e79',
      brandSecondary: '#f0a202',
      isDemo: false,
    });
  });

  it('refuses a blank name and stores nothing', async () => {
    await expect(createEngagement({ name: '   ' }, db)).rejects.toMatchObject({
      code: 'engagement-name-required',
    });

    expect(await listEngagements(db)).toEqual([]);
  });
});

describe('editing engagements', () => {
  it('lists the most recently changed engagement first', async () => {
    const first = await createEngagement({ name: 'First' }, db);
    await createEngagement({ name: 'Second' }, db);
    await new Promise((resolve) => setTimeout(resolve, 5));

    await renameEngagement(first, 'First, renamed', db);

    const names = (await listEngagements(db)).map((e) => e.name);
    expect(names).toEqual(['First, renamed', 'Second']);
  });

  it('keeps the old name when the new one is blank', async () => {
    const id = await createEngagement({ name: 'Acme' }, db);

    await expect(renameEngagement(id, ' ', db)).rejects.toMatchObject({
      code: 'engagement-name-required',
    });

    expect((await getEngagement(id, db))?.name).toBe('Acme');
  });

  it('changes only the fields it is given', async () => {
    const id = await createEngagement({ name: 'Acme', consultant: 'Claire' }, db);

    const updated = await updateEngagement(id, { currency: 'CHF', locale: 'en' }, db);

    expect(updated).toMatchObject({ name: 'Acme', consultant: 'Claire', currency: 'CHF' });
    expect(await getEngagement(id, db)).toEqual(updated);
  });

  it('says so when the engagement does not exist', async () => {
    const missing = 'nope' as EngagementId;

    await expect(renameEngagement(missing, 'X', db)).rejects.toMatchObject({
      code: 'engagement-not-found',
    });
  });
});

describe('duplicating an engagement', () => {
  it('copies imports, batches and notes under new ids and leaves the original alone', async () => {
    const source = await filledEngagement('Acme');
    const before = await rowsOf(db, source);

    const copy = await duplicateEngagement(source, 'Acme (copie)', db);

    expect(copy).not.toBe(source);
    expect((await getEngagement(copy, db))?.name).toBe('Acme (copie)');
    expect(await rowsOf(db, source)).toBe(before);

    const sourceImports = await listImports(db, source);
    const copyImports = await listImports(db, copy);
    expect(copyImports.map((i) => i.fileName)).toEqual(sourceImports.map((i) => i.fileName));
    expect(copyImports.some((i) => sourceImports.some((s) => s.id === i.id))).toBe(false);

    expect(await db.batches.where('engagementId').equals(copy).count()).toBe(4);
    expect(await db.notes.where('engagementId').equals(copy).count()).toBe(1);
    expect(await listRecords(copy, 'checklist-answer', asAnswer, db)).toEqual([
      { answer: 'partly' },
    ]);
    const [file] = await listAttachments(copy, db);
    expect(file).toMatchObject({ name: 'preuve.pdf', size: pdfBytes.byteLength });
  });

  it('does not copy the derived views; deriving the copy gives the same rows', async () => {
    const source = await filledEngagement('Acme');

    const copy = await duplicateEngagement(source, 'Copy', db);

    expect(await db.viewMeta.where('engagementId').equals(copy).count()).toBe(0);
    await deriveViews(db, copy);
    // The same devices; their origin names the copy's own imports.
    const devices = async (id: EngagementId) =>
      (await readView(db, id, 'devices')).map(({ origin: _origin, ...device }) => device);
    expect(await devices(copy)).toEqual(await devices(source));
  });

  it('ties the lines read from a bill to the copied bill, which takes them along', async () => {
    const source = await createEngagement({ name: 'Acme' }, db);
    await importBillWithLines(
      db,
      source,
      [invoice('+33611111111', '2026-03')],
      [line('+33611111111', { plan: 'Pro 20 Go' })],
    );

    const copy = await duplicateEngagement(source, 'Copie', db);

    const [lines, bill] = await listImports(db, copy);
    expect(lines).toMatchObject({ dataset: 'lines', billId: bill.id });
    await removeImport(db, bill.id);
    expect(await listImports(db, copy)).toEqual([]);
    expect(await listImports(db, source)).toHaveLength(2);
  });

  it('copies nothing when the source does not exist', async () => {
    await expect(duplicateEngagement('nope' as EngagementId, 'Copy', db)).rejects.toMatchObject({
      code: 'engagement-not-found',
    });

    expect(await listEngagements(db)).toEqual([]);
  });
});

describe('deleting an engagement', () => {
  it('removes every record of that engagement and reports how many', async () => {
    const doomed = await filledEngagement('Doomed');

    const report = await deleteEngagement(doomed, db);

    // 1,500 devices are 2 batches, so 4 batches in all. The line and invoice views are their
    // one import's batches: only the devices' 2 view chunks are stored. One view meta per
    // dataset, the empty plan catalogue included.
    expect(report).toEqual({
      engagements: 1,
      imports: 3,
      batches: 4,
      viewChunks: 2,
      viewMeta: 4,
      derived: 0,
      notes: 1,
      records: 1,
      attachments: 1,
    });
    expect(await rowsOf(db, doomed)).toBe(0);
  });

  it("leaves another engagement's records as they were", async () => {
    const kept = await filledEngagement('Kept');
    const doomed = await filledEngagement('Doomed');
    const before = await rowsOf(db, kept);

    await deleteEngagement(doomed, db);

    expect(await rowsOf(db, kept)).toBe(before);
    expect(await readView(db, kept, 'devices')).toHaveLength(1500);
  });
});
