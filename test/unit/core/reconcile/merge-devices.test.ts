import { describe, expect, it } from 'vitest';

import { restoreDevice } from '@core/model/device';
import type { Device } from '@core/model/device';
import { mergeDevices } from '@core/reconcile/merge-devices';
import { reconcile } from '@core/reconcile/reconcile';

const device = (fields: Partial<Device> & { key: string }): Device =>
  restoreDevice({ kind: 'smartphone', ...fields });

// An Intune export (MDM), then the client's asset register, for the same three phones and two
// more: one the MDM never saw, one the register does not list.
const intune = {
  importId: 'imp-intune',
  rows: [
    // A recent iPhone: the MDM gives its serial but no IMEI.
    device({ key: 'F2LX01', serial: 'F2LX01', model: 'iPhone 15', managed: true }),
    device({
      key: '352099001761481',
      imei: '352099001761481',
      mdmId: 'aad-2',
      osVersion: '14',
      managed: true,
    }),
    device({ key: 'aad-3', mdmId: 'aad-3', userName: 'Léa Martin', managed: true }),
    device({ key: 'MDMONLY1', serial: 'MDMONLY1', managed: true }),
  ],
};
const register = {
  importId: 'imp-register',
  rows: [
    device({ key: 'f2lx01', serial: 'f2lx01 ', purchasePrice: 969, model: 'iPhone 15 Pro' }),
    // Matched by IMEI: the register has the serial the MDM left out.
    device({ key: 'SN-B', serial: 'SN-B', imei: '35 209900 176148 1', department: 'Achats' }),
    device({ key: 'aad-3', mdmId: 'aad-3', userName: 'Lea Martin-Roux' }),
    device({ key: 'REGONLY1', serial: 'REGONLY1', purchaseDate: '2021-04-02' }),
  ],
};

describe('mergeDevices', () => {
  const merged = mergeDevices([intune, register]);
  const byKey = new Map(merged.map((d) => [d.key, d]));

  it('keeps one device per physical device, matched by serial, then IMEI, then MDM id', () => {
    expect(merged.map((d) => d.key)).toEqual([
      'F2LX01',
      '352099001761481',
      'aad-3',
      'MDMONLY1',
      'REGONLY1',
    ]);
    expect(byKey.get('352099001761481')).toMatchObject({
      serial: 'SN-B',
      osVersion: '14',
      department: 'Achats',
      managed: true,
    });
  });

  it('says which import gave each field', () => {
    const iphone = byKey.get('F2LX01');
    expect(iphone?.purchasePrice).toBe(969);
    expect(iphone?.origin?.fields).toMatchObject({
      purchasePrice: 'imp-register',
      model: 'imp-register',
    });
    expect(iphone?.origin?.sources).toEqual([
      { importId: 'imp-intune', managed: true },
      { importId: 'imp-register', managed: false },
    ]);
  });

  it('lists a field two imports disagree on, keeping the later value', () => {
    expect(byKey.get('aad-3')?.userName).toBe('Lea Martin-Roux');
    expect(byKey.get('aad-3')?.origin?.conflicts).toEqual([
      {
        field: 'userName',
        values: [
          { importId: 'imp-intune', value: 'Léa Martin' },
          { importId: 'imp-register', value: 'Lea Martin-Roux' },
        ],
      },
    ]);
    // Case and spaces are no disagreement; a new model name is.
    const iphone = byKey.get('F2LX01')?.origin?.conflicts.map((c) => c.field);
    expect(iphone).toEqual(['model']);
  });

  it('never merges two devices whose serials differ, even when their IMEI is the same', () => {
    const clash = mergeDevices([
      {
        importId: 'a',
        rows: [device({ key: 'S1', serial: 'S1X1', imei: '356938035643809' })],
      },
      {
        importId: 'b',
        rows: [device({ key: 'S2', serial: 'S2X2', imei: '356938035643809' })],
      },
    ]);
    expect(clash.map((d) => d.serial)).toEqual(['S1X1', 'S2X2']);
  });

  it('returns no devices for no imports', () => {
    expect(mergeDevices([])).toEqual([]);
  });
});

describe('reconciliation of merged inventories', () => {
  const merged = mergeDevices([intune, register]);
  const keys = (list: readonly Device[]) => list.map((d) => d.key);

  it('lists the devices no MDM has seen and those only an MDM lists', () => {
    const found = reconcile(merged, [], { referenceDate: '2026-11-30' });
    expect(keys(found.registerOnly)).toEqual(['REGONLY1']);
    expect(keys(found.mdmOnly)).toEqual(['MDMONLY1']);
  });

  it('says nothing by source when only one kind of inventory was imported', () => {
    const found = reconcile(mergeDevices([intune]), [], { referenceDate: '2026-11-30' });
    expect(found.registerOnly).toEqual([]);
    expect(found.mdmOnly).toEqual([]);
  });

  it('takes an MDM export listing a few unmanaged devices for an MDM export still', () => {
    const lost = device({ key: 'LOST1', serial: 'LOST1', managed: false });
    const mdm = { importId: 'imp-mdm', rows: [...intune.rows, lost] };
    const found = reconcile(mergeDevices([mdm, register]), [], { referenceDate: '2026-11-30' });
    expect(keys(found.registerOnly)).toEqual(['REGONLY1']);
    expect(keys(found.mdmOnly)).toEqual(['MDMONLY1', 'LOST1']);
  });

  it('counts a device stale after 30 days without a check-in, not on the 30th day', () => {
    const seen = (key: string, lastCheckIn: string) =>
      device({ key, serial: key, lastCheckIn, managed: true });
    const fleet = [seen('DAY30', '2026-10-31'), seen('DAY31', '2026-10-30'), seen('NEVER', '')];
    const found = reconcile(fleet, [], { referenceDate: '2026-11-30' });
    expect(keys(found.staleDevices)).toEqual(['DAY31']);
  });
});

describe('conflicts between inventories', () => {
  it('lists one entry per device and field the inventories disagree on', () => {
    const found = reconcile(mergeDevices([intune, register]), [], { referenceDate: '2026-11-30' });
    expect(found.conflicts.map((c) => [c.device.key, c.field, c.values.length])).toEqual([
      ['F2LX01', 'model', 2],
      ['aad-3', 'userName', 2],
    ]);
  });
});
