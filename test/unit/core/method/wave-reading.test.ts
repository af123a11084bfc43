import { describe, expect, it } from 'vitest';

import { restoreDevice } from '@core/model/device';
import { exportDate, readWaveProgress, readingEntry } from '@core/method/wave-reading';
import { restoreWave } from '@core/method/waves';

const device = (fields: Record<string, unknown>) =>
  restoreDevice({ managed: true, lastCheckIn: '2027-03-10', ...fields });

// The wave as the inventory knows it: one phone known by serial, one by IMEI only.
const wave = [
  device({ key: 'C39XK1', serial: 'C39XK1', imei: '356938035643809' }),
  device({ key: '490154203237518', serial: null, imei: '490154203237518' }),
  device({ key: 'R58N90', serial: 'R58N90' }),
  device({ key: 'DMPX22', serial: 'DMPX22' }),
  device({ key: 'F17Q03', serial: 'F17Q03' }),
];

describe('reading a wave from an MDM export', () => {
  it('matches by serial whatever its case and dashes, and by IMEI with spaces', () => {
    const reading = readWaveProgress(wave, [
      device({ key: 'x1', serial: 'c39-xk1' }),
      device({ key: 'x2', serial: 'OTHER', imei: '49 015420 323751 8' }),
    ]);

    expect(reading.found.map((d) => d.key)).toEqual(['C39XK1', '490154203237518']);
    expect(reading.missing.map((m) => [m.device.key, m.reason])).toEqual([
      ['R58N90', 'absent'],
      ['DMPX22', 'absent'],
      ['F17Q03', 'absent'],
    ]);
  });

  it('does not count unmanaged devices or those silent for over 30 days', () => {
    const reading = readWaveProgress(wave, [
      device({ key: 'R58N90', serial: 'R58N90', managed: false }),
      device({ key: 'DMPX22', serial: 'DMPX22', lastCheckIn: '2027-01-15' }),
      device({ key: 'F17Q03', serial: 'F17Q03', lastCheckIn: '2027-02-20' }),
    ]);

    expect(reading.exportDate).toBe('2027-03-10');
    expect(reading.found.map((d) => d.key)).toEqual(['F17Q03']);
    expect(reading.missing.map((m) => [m.device.key, m.reason])).toEqual([
      ['C39XK1', 'absent'],
      ['490154203237518', 'absent'],
      ['R58N90', 'unmanaged'],
      ['DMPX22', 'stale'],
    ]);
  });

  it('counts a re-enrolled device once when one of its rows is current', () => {
    const reading = readWaveProgress(wave.slice(0, 1), [
      device({ key: 'old', serial: 'C39XK1', lastCheckIn: '2026-11-02' }),
      device({ key: 'new', serial: 'C39XK1', lastCheckIn: '2027-03-12' }),
    ]);

    expect(reading.found).toHaveLength(1);
    expect(reading.missing).toEqual([]);
  });

  it('never matches a serial against an IMEI', () => {
    const reading = readWaveProgress(
      [device({ key: 'k', serial: '356938035643809', imei: null })],
      [device({ key: 'other', serial: null, imei: '356938035643809' })],
    );

    expect(reading.found).toEqual([]);
  });

  it('dates the export by its latest check-in, or not at all without one', () => {
    expect(exportDate([device({ key: 'a', lastCheckIn: '2027-03-01T08:12:00Z' })])).toBe(
      '2027-03-01',
    );
    expect(exportDate([device({ key: 'a', lastCheckIn: null })])).toBeNull();
  });
});

describe('recording a reading as progress', () => {
  const recorded = restoreWave({
    id: 'w1',
    entries: [
      { id: 'e1', date: '2027-03-01', enrolled: 12, failed: 1, incidents: 0, satisfaction: null },
      { id: 'e2', date: '2027-03-20', enrolled: 30, failed: 0, incidents: 0, satisfaction: null },
    ],
  });

  it('records only the devices enrolled since the entries up to that day', () => {
    expect(readingEntry(recorded, 20, '2027-03-10', 'r1')).toMatchObject({
      date: '2027-03-10',
      enrolled: 8,
    });
  });

  it('records nothing new when the export shows fewer than already recorded', () => {
    expect(readingEntry(recorded, 5, '2027-03-10', 'r1').enrolled).toBe(0);
  });
});
