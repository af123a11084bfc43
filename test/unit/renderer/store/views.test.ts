import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { EngagementId } from '@core/model/ids';
import type { FleetDb } from '@renderer/store/db';
import { createEngagement, deleteEngagement } from '@renderer/store/engagements';
import { removeImport } from '@renderer/store/imports';
import {
  VIEW_FORMAT_VERSION,
  countView,
  deriveViews,
  readDatasetCounts,
  readView,
} from '@renderer/store/views';

import { importRows } from '../support/imports';
import { device, devices, invoice, line } from '../support/rows';
import { freshDb } from '../support/test-db';

let db: FleetDb;
let engagementId: EngagementId;

beforeEach(async () => {
  db = freshDb();
  engagementId = await createEngagement({ name: 'Acme' }, db);
});

afterEach(() => {
  db.close();
});

describe('deriving views', () => {
  it('merges devices by key, the later import winning', async () => {
    await importRows(db, engagementId, 'devices', [
      device('A', { userName: 'Alice' }),
      device('B', { userName: 'Bob' }),
    ]);
    await importRows(db, engagementId, 'devices', [
      device('B', { userName: 'Bernard' }),
      device('C', { userName: 'Chloé' }),
    ]);

    await deriveViews(db, engagementId);

    const rows = await readView(db, engagementId, 'devices');
    expect(rows.map((d) => [d.key, d.userName])).toEqual([
      ['A', 'Alice'],
      ['B', 'Bernard'],
      ['C', 'Chloé'],
    ]);
  });

  it('merges lines by number and invoice rows by line and month', async () => {
    await importRows(db, engagementId, 'lines', [line('+331', { plan: 'Old' }), line('+332')]);
    await importRows(db, engagementId, 'lines', [line('+331', { plan: 'New' })]);
    await importRows(db, engagementId, 'invoices', [
      invoice('+331', '2026-01', 10),
      invoice('+331', '2026-02', 11),
    ]);
    await importRows(db, engagementId, 'invoices', [invoice('+331', '2026-02', 99)]);

    await deriveViews(db, engagementId);

    const lines = await readView(db, engagementId, 'lines');
    expect(lines.map((l) => [l.number, l.plan])).toEqual([
      ['+331', 'New'],
      ['+332', null],
    ]);
    const invoices = await readView(db, engagementId, 'invoices');
    expect(invoices.map((r) => [r.period, r.totalExVat])).toEqual([
      ['2026-01', 10],
      ['2026-02', 99],
    ]);
  });

  it('keeps the order of rows across chunks of 1,000', async () => {
    const rows = devices(2300);
    await importRows(db, engagementId, 'devices', rows);

    await deriveViews(db, engagementId);

    expect(await db.viewChunks.where({ engagementId, dataset: 'devices' }).count()).toBe(3);
    const view = await readView(db, engagementId, 'devices');
    expect(view.map(({ origin: _origin, ...device }) => device)).toEqual(rows);
    expect(view.every((device) => device.origin?.sources.length === 1)).toBe(true);
    expect(await countView(db, engagementId, 'devices')).toBe(2300);
  });

  it('reports progress per batch and the counts of every dataset', async () => {
    await importRows(db, engagementId, 'devices', devices(1500));
    await importRows(db, engagementId, 'lines', [line('+331')]);
    const seen: string[] = [];

    const result = await deriveViews(db, engagementId, (p) =>
      seen.push(`${p.dataset} ${p.done}/${p.total}`),
    );

    expect(seen).toEqual(['devices 1/3', 'devices 2/3', 'lines 3/3']);
    expect(result.counts).toEqual({ devices: 1500, lines: 1, invoices: 0, plans: 0 });
    expect(await readDatasetCounts(db, engagementId)).toEqual(result.counts);
  });

  it('fills missing fields of stored rows and leaves out rows without a key', async () => {
    await importRows(db, engagementId, 'devices', [{ key: 'OLD-1' }, { serial: 'no key' }]);

    await deriveViews(db, engagementId);

    const rows = await readView(db, engagementId, 'devices');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ key: 'OLD-1', platform: 'other', managed: false });
  });
});

describe('keeping views current', () => {
  it('rebuilds a view only when its imports changed', async () => {
    const first = await importRows(db, engagementId, 'devices', [device('A'), device('B')]);
    await deriveViews(db, engagementId);

    expect((await deriveViews(db, engagementId)).rebuilt).toEqual([]);

    await importRows(db, engagementId, 'devices', [device('C')]);
    expect((await deriveViews(db, engagementId)).rebuilt).toEqual(['devices']);
    expect(await countView(db, engagementId, 'devices')).toBe(3);

    await removeImport(db, first.id);
    await deriveViews(db, engagementId);
    expect((await readView(db, engagementId, 'devices')).map((d) => d.key)).toEqual(['C']);
  });

  it('does not cache rows that an import made during the derivation has outdated', async () => {
    await importRows(db, engagementId, 'devices', devices(1500));
    let late: Promise<unknown> | undefined;

    const result = await deriveViews(db, engagementId, () => {
      late ??= importRows(db, engagementId, 'devices', [device('LATE')]);
    });
    await late;

    expect(result.rebuilt).not.toContain('devices');
    expect(await countView(db, engagementId, 'devices')).toBe(0);
    await deriveViews(db, engagementId);
    expect(await countView(db, engagementId, 'devices')).toBe(1501);
  });

  it('rebuilds a view cached by an older version of the app', async () => {
    await importRows(db, engagementId, 'devices', [device('A')]);
    await deriveViews(db, engagementId);
    await db.viewMeta.update([engagementId, 'devices'], { formatVersion: VIEW_FORMAT_VERSION - 1 });

    expect((await deriveViews(db, engagementId)).rebuilt).toEqual(['devices']);
  });

  it('writes no cache for an engagement deleted meanwhile', async () => {
    await importRows(db, engagementId, 'devices', [device('A')]);
    await deleteEngagement(engagementId, db);

    await expect(deriveViews(db, engagementId)).rejects.toMatchObject({
      code: 'engagement-not-found',
    });
    expect(await db.viewChunks.count()).toBe(0);
    expect(await db.viewMeta.count()).toBe(0);
  });

  it('leaves the previous view in place when cancelled', async () => {
    await importRows(db, engagementId, 'devices', devices(10));
    await deriveViews(db, engagementId);
    await importRows(db, engagementId, 'devices', devices(2500, 'NEW'));
    const controller = new AbortController();

    const deriving = deriveViews(db, engagementId, () => controller.abort(), controller.signal);

    await expect(deriving).rejects.toMatchObject({ code: 'task-cancelled' });
    expect(await countView(db, engagementId, 'devices')).toBe(10);
  });
});

const plan = (name: string, planPrice: number) => ({
  operator: 'Orange',
  plan: name,
  planPrice,
  dataAllowanceMb: 5120,
});

describe('a view that is one import as it was stored', () => {
  const bill = (count: number) =>
    Array.from({ length: count }, (_, i) => invoice(`+33${600000000 + i}`, '2026-01', i));

  it('is read from the import itself and not stored a second time', async () => {
    const rows = bill(2300);
    const record = await importRows(db, engagementId, 'invoices', rows);

    await deriveViews(db, engagementId, undefined, undefined, new Map([[record.id, rows]]));

    expect(await db.viewChunks.where({ engagementId, dataset: 'invoices' }).count()).toBe(0);
    const view = await readView(db, engagementId, 'invoices');
    expect(view.map((r) => r.totalExVat)).toEqual(rows.map((r) => r.totalExVat));
  });

  it('is stored as merged rows again once a second import overlaps it', async () => {
    const rows = bill(3);
    const first = await importRows(db, engagementId, 'invoices', rows);
    await deriveViews(db, engagementId, undefined, undefined, new Map([[first.id, rows]]));

    const update = [invoice(rows[1].lineNumber, '2026-01', 50)];
    const second = await importRows(db, engagementId, 'invoices', update);
    await deriveViews(db, engagementId, undefined, undefined, new Map([[second.id, update]]));

    expect(await db.viewChunks.where({ engagementId, dataset: 'invoices' }).count()).toBe(1);
    expect((await readView(db, engagementId, 'invoices')).map((r) => r.totalExVat)).toEqual([
      0, 50, 2,
    ]);

    await removeImport(db, second.id);
    await deriveViews(db, engagementId);
    expect((await readView(db, engagementId, 'invoices')).map((r) => r.totalExVat)).toEqual([
      0, 1, 2,
    ]);
  });

  it('is merged and stored when the import repeats a key', async () => {
    const rows = [invoice('+331', '2026-01', 10), invoice('+331', '2026-01', 5)];
    const record = await importRows(db, engagementId, 'invoices', rows);

    await deriveViews(db, engagementId, undefined, undefined, new Map([[record.id, rows]]));

    expect(await db.viewChunks.where({ engagementId, dataset: 'invoices' }).count()).toBe(1);
    expect(await countView(db, engagementId, 'invoices')).toBe(1);
  });
});

describe('the plan catalogue view', () => {
  it('merges plans by operator and name, the later price list winning, and undoes one', async () => {
    await importRows(db, engagementId, 'plans', [plan('Pro 5 Go', 14), plan('Pro 2 Go', 9)]);
    const update = await importRows(db, engagementId, 'plans', [plan('Pro 5 Go', 12.5)]);

    await deriveViews(db, engagementId);
    const merged = await readView(db, engagementId, 'plans');
    await removeImport(db, update.id);
    await deriveViews(db, engagementId);
    const undone = await readView(db, engagementId, 'plans');

    expect(merged.map((p) => [p.plan, p.planPrice])).toEqual([
      ['Pro 5 Go', 12.5],
      ['Pro 2 Go', 9],
    ]);
    // Defaults are filled on the way out: no SMS or voice said is null, read as unlimited.
    expect(merged[0]).toMatchObject({ voiceAllowanceMin: null, smsAllowance: null });
    expect(undone.map((p) => [p.plan, p.planPrice])).toEqual([
      ['Pro 5 Go', 14],
      ['Pro 2 Go', 9],
    ]);
  });
});
