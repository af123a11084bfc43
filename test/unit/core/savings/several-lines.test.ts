import { describe, expect, it } from 'vitest';

import { KPI_SETTING_DEFAULTS } from '@core/kpi/settings';
import type { Device } from '@core/model/device';
import type { InvoiceRow } from '@core/model/invoice';
import type { Line } from '@core/model/line';
import { recommendSavings } from '@core/savings';

import { bill, device, line } from '../kpi/fixtures';

// Three billed months before 2026-11-30; every line here is used, so no line recommendation
// of its own gets in the way unless a test says so.
const MONTHS = ['2026-09', '2026-10', '2026-11'];

function used(number: string, total: number, dataMb = 100, voiceMin = 10): InvoiceRow[] {
  return MONTHS.map((period) => bill(number, period, { totalExVat: total, dataMb, voiceMin }));
}

function run(lines: Line[], invoices: InvoiceRow[], devices: Device[] = []) {
  return recommendSavings({
    lines,
    invoices,
    devices,
    settings: KPI_SETTING_DEFAULTS,
    referenceDate: '2026-11-30',
  }).filter((saving) => saving.kind === 'consolidate');
}

const marie = { userName: 'Marie Dupont', userEmail: 'm.dupont@acme.fr', operator: 'Op' };

describe('several lines for one person', () => {
  it('keeps the line carrying a device and ends the others at their mean monthly charges', () => {
    const lines = [
      line('+33600000001', { ...marie }),
      line('+33600000002', { ...marie, userEmail: 'M.Dupont@ACME.fr ' }),
      // Matched by name only, in another word order and without accents: the same person.
      line('+33600000003', { userName: 'DUPONT marie', operator: 'Op' }),
    ];
    const invoices = [
      ...used('+33600000001', 20, 50),
      ...used('+33600000002', 30, 9000),
      ...used('+33600000003', 12),
    ];
    const phone = device('SN1', { phoneNumber: '+33600000001' });

    const [found, ...rest] = run(lines, invoices, [phone]);
    expect(rest).toEqual([]);
    // The device wins over heavier use: 30 + 12 = 42 a month, 504 a year.
    expect(found).toMatchObject({
      lineNumber: '+33600000001',
      monthly: 42,
      yearly: 504,
      detail: {
        keptLine: '+33600000001',
        keptBecause: 'device',
        terminatedLines: ['+33600000002', '+33600000003'],
      },
    });
    expect(found.evidence).toHaveLength(9);
    expect(found.evidence).toContain('+33600000003|2026-10');
  });

  it('without a device keeps the most used line, and on a tie the lowest number', () => {
    const lines = [line('+33600000009', { ...marie }), line('+33600000005', { ...marie })];
    const heavier = run(lines, [
      ...used('+33600000009', 25, 800),
      ...used('+33600000005', 15, 100),
    ]);
    expect(heavier[0]).toMatchObject({ lineNumber: '+33600000009', monthly: 15 });
    expect(heavier[0].detail?.keptBecause).toBe('usage');

    const tie = run(lines, [...used('+33600000009', 25), ...used('+33600000005', 15)]);
    expect(tie[0]).toMatchObject({ lineNumber: '+33600000005', monthly: 25 });
  });

  it('says nothing for one line, data-only SIMs, or without user names and invoices', () => {
    expect(run([line('+33600000001', { ...marie })], used('+33600000001', 20))).toEqual([]);
    const tabletSim = line('+33600000002', { ...marie, voiceAllowanceMin: 0 });
    const lines = [line('+33600000001', { ...marie }), tabletSim];
    expect(run(lines, [...used('+33600000001', 20), ...used('+33600000002', 10)])).toEqual([]);
    expect(run([], [])).toEqual([]);
  });

  it('leaves an idle second line to its own termination, so its price counts once', () => {
    const lines = [
      line('+33600000001', { ...marie }),
      line('+33600000002', { ...marie, planPrice: 20 }),
    ];
    const idle = MONTHS.map((period) => bill('+33600000002', period, { totalExVat: 20 }));
    const all = recommendSavings({
      lines,
      invoices: [...used('+33600000001', 20), ...idle],
      settings: KPI_SETTING_DEFAULTS,
      referenceDate: '2026-11-30',
    });
    expect(all.map((saving) => saving.kind)).toEqual(['terminate']);
  });
});
