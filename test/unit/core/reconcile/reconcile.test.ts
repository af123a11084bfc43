import { describe, expect, it } from 'vitest';

import { restoreDevice } from '@core/model/device';
import type { Device } from '@core/model/device';
import { restoreLine } from '@core/model/line';
import type { Line } from '@core/model/line';
import { reconcile } from '@core/reconcile/reconcile';

// A small client written by hand: every finding below can be checked against this list.
const device = (fields: Partial<Device> & { key: string }): Device =>
  restoreDevice({ kind: 'smartphone', ...fields });
const line = (fields: Partial<Line> & { number: string }): Line =>
  restoreLine({ status: 'active', ...fields });

const devices: Device[] = [
  // Linked by phone number, written with spaces and a 00 prefix.
  device({
    key: 'SER-A',
    serial: 'SER-A',
    phoneNumber: '0033 6 12 34 56 78',
    lastCheckIn: '2024-03-20',
  }),
  // Linked by IMEI: the operator reports the IMEISV (16 digits) of the same handset.
  device({ key: '352099001761481', imei: '352099001761481', lastCheckIn: '2023-12-01' }),
  // A phone with no line, last seen 91 days before the reference date: a ghost.
  device({ key: 'SER-C', serial: 'SER-C', imei: '356938035643809', lastCheckIn: '2023-12-31' }),
  // The same IMEI as SER-C under another serial: a duplicate.
  device({ key: 'SER-D', serial: 'SER-D', imei: '356938035643809', lastCheckIn: '2024-01-01' }),
  // A laptop: no line expected, never checked in (not a ghost: nothing to date it by).
  device({ key: 'PC-1', serial: 'PC-1', kind: 'laptop', userEmail: 'compta@client.fr' }),
  device({
    key: 'SER-F',
    serial: 'SER-F',
    userEmail: 'M.Dupont@client.fr',
    userName: 'Marie Dupont',
  }),
];

const lines: Line[] = [
  line({ number: '+33612345678', userName: 'DUPONT Marie' }),
  line({ number: '+33611111111', imei: '3520990017614805', userEmail: 'm.dupont@client.fr' }),
  line({ number: '+33622222222', userName: 'Jean Leroy' }),
  line({ number: '+33633333333', userName: 'Jean Leroy', status: 'terminated' }),
];

const result = reconcile(devices, lines, { referenceDate: '2024-03-31' });

describe('reconcile', () => {
  it('links devices to lines by phone number and by IMEI', () => {
    expect(result.links).toEqual([
      { deviceKey: 'SER-A', lineNumber: '+33612345678', by: 'phone' },
      { deviceKey: '352099001761481', lineNumber: '+33611111111', by: 'imei' },
    ]);
  });

  it('lists billed lines without a device, leaving terminated ones out', () => {
    expect(result.linesWithoutDevice.map((l) => l.number)).toEqual(['+33622222222']);
  });

  it('lists phones without a line, not laptops', () => {
    expect(result.devicesWithoutLine.map((d) => d.key)).toEqual(['SER-C', 'SER-D', 'SER-F']);
  });

  it('calls a device a ghost after 90 days without check-in at the reference date', () => {
    // 2023-12-31 is 91 days before 2024-03-31; 2024-01-01 is exactly 90.
    expect(result.ghostDevices.map((d) => d.key)).toEqual(['352099001761481', 'SER-C']);
  });

  it('finds the same IMEI twice', () => {
    expect(result.duplicates).toEqual([
      { by: 'imei', value: '35693803564380', devices: [devices[2], devices[3]] },
    ]);
  });

  it('joins a line naming only the person to the device holding their address', () => {
    const marie = result.people.find((p) => p.key === 'email:m.dupont@client.fr');
    expect(marie).toMatchObject({
      deviceKeys: ['SER-F'],
      lineNumbers: ['+33611111111', '+33612345678'],
    });
  });

  it('lists users with several lines, terminated ones counted', () => {
    expect(result.usersWithSeveralLines.map((p) => [p.key, p.lineNumbers.length])).toEqual([
      ['email:m.dupont@client.fr', 2],
      ['name:jean leroy', 2],
    ]);
  });

  it('finds no ghost when the reference date cannot be read', () => {
    expect(reconcile(devices, lines, { referenceDate: '' }).ghostDevices).toEqual([]);
  });
});
