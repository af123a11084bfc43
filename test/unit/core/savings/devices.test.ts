import { describe, expect, it } from 'vitest';

import { KPI_SETTING_DEFAULTS } from '@core/kpi/settings';
import type { Device } from '@core/model/device';
import type { InvoiceRow } from '@core/model/invoice';
import type { Line } from '@core/model/line';
import { recommendSavings } from '@core/savings';
import type { SavingKind } from '@core/savings';

import { bill, device, line } from '../kpi/fixtures';

// Reference date 2026-11-30, default lifetime 36 months: bought before 2023-11-30 is past it.
function run(devices: Device[], lines: Line[] = [], invoices: InvoiceRow[] = []) {
  return recommendSavings({
    devices,
    lines,
    invoices,
    settings: KPI_SETTING_DEFAULTS,
    referenceDate: '2026-11-30',
  });
}

const ofKind = (found: ReturnType<typeof run>, kind: SavingKind) =>
  found.filter((saving) => saving.kind === kind);

describe('devices past their lifetime', () => {
  const phones = [
    device('OLD1', { kind: 'smartphone', purchaseDate: '2022-11-30', purchasePrice: 600 }),
    // No price: counted at the mean known price of its kind, 600.
    device('OLD2', { kind: 'smartphone', enrolledAt: '2023-05-30' }),
    device('NEW', { kind: 'smartphone', purchaseDate: '2025-01-10', purchasePrice: 900 }),
    device('UNDATED', { kind: 'smartphone' }),
  ];

  it('groups them by kind as a renewal to budget, with no euro of saving', () => {
    const [renew, ...rest] = ofKind(run(phones), 'renew');
    expect(rest).toEqual([]);
    expect(renew).toMatchObject({ monthly: 0, yearly: 0, evidenceKind: 'devices' });
    expect(renew.evidence).toEqual(['OLD1', 'OLD2']);
    // Mean known price of smartphones (600 + 900) / 2 = 750 stands in for OLD2.
    expect(renew.detail).toMatchObject({
      devices: 2,
      lifetimeMonths: 36,
      renewalCost: 1350,
      renewalMonthly: 37.5,
    });
  });

  it('follows the lifetime setting and says nothing without dated devices', () => {
    const settings = { ...KPI_SETTING_DEFAULTS, deviceLifetimeMonths: 48 };
    const found = recommendSavings({
      devices: phones,
      lines: [],
      invoices: [],
      settings,
      referenceDate: '2026-11-30',
    });
    expect(ofKind(found, 'renew')).toEqual([]);
    expect(run([device('UNDATED')])).toEqual([]);
    expect(run([])).toEqual([]);
  });
});

describe('unmanaged devices', () => {
  const managed = device('MDM1', { managed: true });
  const used = device('REG1', { kind: 'laptop', userName: 'Paul Martin' });
  const orphan = device('REG2', { kind: 'smartphone', phoneNumber: '+33611111111' });
  const months = ['2026-09', '2026-10', '2026-11'];
  const lines = [line('+33611111111', { planPrice: 20 })];
  const invoices = months.map((period, i) =>
    bill('+33611111111', period, { totalExVat: [10, 20, 30][i], dataMb: 5 }),
  );

  it('enrols the ones in use, with no euro, and retires the others with their lines', () => {
    const found = run([managed, used, orphan], lines, invoices);
    expect(ofKind(found, 'enrol')).toMatchObject([
      { lineNumber: 'laptop', monthly: 0, evidence: ['REG1'] },
    ]);
    // The line's mean monthly total: (10 + 20 + 30) / 3 = 20 a month, 240 a year.
    const [retire] = ofKind(found, 'retire');
    expect(retire).toMatchObject({ monthly: 20, yearly: 240, evidence: ['REG2'] });
    expect(retire.detail).toMatchObject({ lines: 1, terminatedLines: ['+33611111111'] });
    expect(retire.detail?.lineEvidence).toHaveLength(3);
  });

  it('judges nothing when no MDM export was imported', () => {
    expect(ofKind(run([used, orphan], lines, invoices), 'retire')).toEqual([]);
    expect(ofKind(run([used, orphan], lines, invoices), 'enrol')).toEqual([]);
  });

  it('does not count a line already recommended for termination a second time', () => {
    const idle = months.map((period) => bill('+33611111111', period, { totalExVat: 20 }));
    const found = run([managed, orphan], lines, idle);
    expect(ofKind(found, 'terminate')).toHaveLength(1);
    expect(ofKind(found, 'retire')).toMatchObject([{ monthly: 0, detail: { lines: 0 } }]);
  });
});
