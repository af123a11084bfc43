import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { EngagementId } from '@core/model/ids';
import type { ImportRecord } from '@core/model/import-record';
import type { FleetDb } from '@renderer/store/db';
import { createEngagement } from '@renderer/store/engagements';
import { deriveViews } from '@renderer/store/views';
import { ALL_ROWS_LIMIT, reconciledFindings } from '@renderer/tasks/reconcile-views';
import type { Finding } from '@renderer/tasks/reconcile-types';

import { importRows } from '../support/imports';
import { device, line } from '../support/rows';
import { freshDb } from '../support/test-db';

let db: FleetDb;
let engagementId: EngagementId;
let mdm: ImportRecord;
let register: ImportRecord;

const mdmDevice = (key: string, fields: Parameters<typeof device>[1]) =>
  device(key, { serial: key, managed: true, lastCheckIn: '2026-03-30', ...fields });

// An MDM export, the client's register and a line list, with one case of each finding.
beforeEach(async () => {
  db = freshDb();
  engagementId = await createEngagement({ name: 'Acme' }, db);
  mdm = await importRows(db, engagementId, 'devices', [
    mdmDevice('SN-A', {
      phoneNumber: '+33611111111',
      userName: 'Alice Martin',
      userEmail: 'alice@acme.fr',
      model: 'iPhone 15',
    }),
    mdmDevice('SN-B', { imei: '35693803564380', model: 'Galaxy S24', lastCheckIn: '2026-01-10' }),
    mdmDevice('SN-C', { model: 'Pixel 8', lastCheckIn: '2025-11-01' }),
    mdmDevice('SN-F', { imei: '35000000000001' }),
    mdmDevice('SN-G', { imei: '35000000000001' }),
  ]);
  register = await importRows(db, engagementId, 'devices', [
    device('SN-C', { serial: 'SN-C', model: 'Pixel 7' }),
    device('SN-E', { serial: 'SN-E', model: 'iPhone 12' }),
  ]);
  await importRows(db, engagementId, 'lines', [
    line('+33611111111', { userName: 'Alice Martin', plan: 'Pro 20 Go', planPrice: 19.99 }),
    line('+33622222222', { imei: '356938035643809' }),
    line('+33633333333', { userName: 'MARTIN Alice', operator: 'Orange' }),
    line('+33644444444', { status: 'terminated' }),
  ]);
  await deriveViews(db, engagementId);
});

afterEach(() => {
  db.close();
});

const ask = (finding: Finding, referenceDate = '2026-03-31') =>
  reconciledFindings(db, { engagementId, referenceDate, finding });

describe('the reconciliation computed in the task worker', () => {
  it('counts every finding of the Data screen', async () => {
    const { counts } = await ask('linesWithoutDevice');

    expect(counts).toEqual({
      linked: 2,
      linesWithoutDevice: 1,
      devicesWithoutLine: 4,
      registerOnly: 1,
      mdmOnly: 4,
      staleDevices: 2,
      ghostDevices: 1,
      duplicates: 1,
      usersWithSeveralLines: 1,
      conflicts: 1,
    });
  });

  it('sends each finding’s rows with what the tables show, numbers written out', async () => {
    const { rows } = await ask('linesWithoutDevice');

    expect(rows.linesWithoutDevice).toEqual([
      {
        number: '+33633333333',
        numberText: '06 33 33 33 33',
        operator: 'Orange',
        plan: null,
        planPrice: null,
        userName: 'MARTIN Alice',
        department: null,
        status: 'active',
      },
    ]);
    expect(rows.linked).toEqual([
      {
        deviceKey: 'SN-A',
        model: 'iPhone 15',
        lineNumber: '+33611111111',
        numberText: '06 11 11 11 11',
        by: 'phone',
        userName: 'Alice Martin',
      },
      expect.objectContaining({ deviceKey: 'SN-B', lineNumber: '+33622222222', by: 'imei' }),
    ]);
    expect(rows.ghostDevices).toEqual([
      {
        key: 'SN-C',
        model: 'Pixel 7',
        platform: 'ios',
        osVersion: null,
        userName: null,
        department: null,
        compliance: 'unknown',
        lastCheckIn: '2025-11-01',
      },
    ]);
    expect(rows.staleDevices?.map((d) => d.key)).toEqual(['SN-B', 'SN-C']);
    expect(rows.devicesWithoutLine?.map((d) => d.key).sort()).toEqual([
      'SN-C',
      'SN-E',
      'SN-F',
      'SN-G',
    ]);
    expect(rows.registerOnly?.map((d) => d.key)).toEqual(['SN-E']);
    expect(rows.mdmOnly?.map((d) => d.key).sort()).toEqual(['SN-A', 'SN-B', 'SN-F', 'SN-G']);
  });

  it('lists each duplicate, person and conflict behind its tile', async () => {
    const { rows } = await ask('duplicates');

    expect(
      rows.duplicates?.map(({ value, by, device, index }) => [value, by, device.key, index]),
    ).toEqual([
      ['35000000000001', 'imei', 'SN-F', 0],
      ['35000000000001', 'imei', 'SN-G', 1],
    ]);
    expect(rows.usersWithSeveralLines).toMatchObject([
      { email: 'alice@acme.fr', lineNumbers: ['+33611111111', '+33633333333'] },
    ]);
    expect(rows.conflicts).toEqual([
      {
        device: { key: 'SN-C', model: 'Pixel 7' },
        field: 'model',
        values: [
          { importId: mdm.id, value: 'Pixel 8' },
          { importId: register.id, value: 'Pixel 7' },
        ],
      },
    ]);
  });

  it('measures staleness as of the reference date asked for', async () => {
    const { counts, rows } = await ask('staleDevices', '2026-01-15');

    expect(rows.staleDevices?.map((d) => d.key)).toEqual(['SN-C']);
    expect(counts.ghostDevices).toBe(0);
  });

  it('follows the views once an import changes them', async () => {
    await ask('linesWithoutDevice');
    await importRows(db, engagementId, 'lines', [
      line('+33633333333', { status: 'terminated' }),
      line('+33655555555'),
      line('+33666666666'),
    ]);
    await deriveViews(db, engagementId);

    const { counts, rows } = await ask('linesWithoutDevice');

    expect(counts.linesWithoutDevice).toBe(2);
    const numbers = rows.linesWithoutDevice?.map((l) => l.number);
    expect(numbers).toEqual(['+33655555555', '+33666666666']);
  });

  it('sends only the rows of the finding shown when the findings hold many', async () => {
    const many = Array.from({ length: ALL_ROWS_LIMIT }, (_, i) =>
      line(`+3378${String(i).padStart(7, '0')}`),
    );
    await importRows(db, engagementId, 'lines', many);
    await deriveViews(db, engagementId);

    const ghosts = await ask('ghostDevices');
    const lines = await ask('linesWithoutDevice');

    expect(Object.keys(ghosts.rows)).toEqual(['ghostDevices']);
    expect(ghosts.counts.linesWithoutDevice).toBe(ALL_ROWS_LIMIT + 1);
    expect(Object.keys(lines.rows)).toEqual(['linesWithoutDevice']);
    expect(lines.rows.linesWithoutDevice).toHaveLength(ALL_ROWS_LIMIT + 1);
    expect(lines.rows.linesWithoutDevice?.at(-1)).toMatchObject({
      number: '+33780004999',
      numberText: '07 80 00 49 99',
    });
  });
});
