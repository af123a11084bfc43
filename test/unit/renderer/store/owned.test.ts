import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';

import type { EngagementId } from '@core/model/ids';
import { addAttachment, listAttachments, readAttachment } from '@renderer/store/attachments';
import type { FleetDb } from '@renderer/store/db';
import { createEngagement } from '@renderer/store/engagements';
import { listLibrary, putLibraryItem } from '@renderer/store/library';
import {
  deleteRecord,
  getRecord,
  listRecords,
  putRecord,
  putRecords,
  updateRecord,
} from '@renderer/store/owned';

import { freshDb } from '../support/test-db';

const answerSchema = z.object({
  answer: z.enum(['yes', 'partly', 'no', 'na']),
  comment: z.string().catch(''),
});
const restoreAnswer = (raw: unknown) => answerSchema.parse(raw);

let db: FleetDb;
let engagement: EngagementId;

beforeEach(async () => {
  db = freshDb();
  engagement = await createEngagement({ name: 'Acme' }, db);
});

afterEach(() => db.close());

describe("the consultant's own records", () => {
  it('keep two quick edits of different fields when each changes the stored value', async () => {
    const restore = (raw: unknown) => raw as { start: string | null; end: string | null };
    const empty = { start: null, end: null };

    // Both edits start before either lands, as two dates typed one after the other.
    await Promise.all([
      updateRecord(engagement, 'pilot', 'p', restore, (c) => ({ ...(c ?? empty), start: 'a' }), db),
      updateRecord(engagement, 'pilot', 'p', restore, (c) => ({ ...(c ?? empty), end: 'b' }), db),
    ]);

    expect(await getRecord(engagement, 'pilot', 'p', restore, db)).toEqual({
      start: 'a',
      end: 'b',
    });
  });

  it('are written, replaced and read back through their restore step', async () => {
    await putRecord(engagement, 'answer', 'q1', { answer: 'no' }, db);
    await putRecord(engagement, 'answer', 'q1', { answer: 'yes', comment: 'vu' }, db);

    expect(await getRecord(engagement, 'answer', 'q1', restoreAnswer, db)).toEqual({
      answer: 'yes',
      comment: 'vu',
    });
  });

  it('are listed per kind and engagement only', async () => {
    const other = await createEngagement({ name: 'Other' }, db);
    await putRecords(
      engagement,
      'answer',
      [
        { id: 'q1', data: { answer: 'no' } },
        { id: 'q2', data: { answer: 'partly' } },
      ],
      db,
    );
    await putRecord(engagement, 'wave', 'w1', { name: 'Vague 1' }, db);
    await putRecord(other, 'answer', 'q1', { answer: 'yes' }, db);

    const answers = await listRecords(engagement, 'answer', restoreAnswer, db);

    expect(answers.map((a) => a.answer).sort()).toEqual(['no', 'partly']);
  });

  it('skip a record that no longer restores instead of failing the list', async () => {
    await putRecord(engagement, 'answer', 'good', { answer: 'yes' }, db);
    await putRecord(engagement, 'answer', 'bad', { answer: 'maybe' }, db);

    expect(await listRecords(engagement, 'answer', restoreAnswer, db)).toEqual([
      { answer: 'yes', comment: '' },
    ]);
  });

  it('are deleted one by one', async () => {
    await putRecord(engagement, 'answer', 'q1', { answer: 'no' }, db);

    await deleteRecord(engagement, 'answer', 'q1', db);

    expect(await getRecord(engagement, 'answer', 'q1', restoreAnswer, db)).toBeUndefined();
  });
});

describe('attachments', () => {
  it('keep the bytes, size and SHA-256 of the file', async () => {
    const bytes = new TextEncoder().encode('abc');

    const id = await addAttachment(engagement, { name: 'a.txt', mimeType: '', bytes }, db);

    const [info] = await listAttachments(engagement, db);
    expect(info).toMatchObject({
      id,
      name: 'a.txt',
      size: 3,
      mimeType: 'application/octet-stream',
    });
    // SHA-256("abc"), the FIPS 180-2 test vector.
    expect(info.sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(Array.from((await readAttachment(engagement, id, db)).bytes)).toEqual([97, 98, 99]);
  });
});

describe('the shared library', () => {
  it('holds items for every engagement by kind', async () => {
    await putLibraryItem('grid-template', 't1', { name: 'Essentiel' }, db);
    await putLibraryItem('mapping-profile', 'm1', { name: 'SFR' }, db);

    const templates = await listLibrary('grid-template', (raw) => raw as { name: string }, db);

    expect(templates).toEqual([{ name: 'Essentiel' }]);
  });
});
