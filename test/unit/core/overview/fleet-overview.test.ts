import { describe, expect, it } from 'vitest';

import { restoreDevice } from '@core/model/device';
import { restoreInvoiceRow } from '@core/model/invoice';
import { restoreLine } from '@core/model/line';
import { fleetOverview, rowsBehind } from '@core/overview';
import type { OverviewInput, OverviewSelection } from '@core/overview';

import { bundledCatalogue } from '../reference/bundled';

const device = (key: string, fields: Record<string, unknown>) =>
  restoreDevice({ key, serial: key, ...fields });

const input: OverviewInput = {
  referenceDate: '2026-11-30',
  catalogue: bundledCatalogue(),
  windowsTrack: 'consumer',
  devices: [
    device('A', {
      platform: 'ios',
      osVersion: '17.5.1',
      manufacturer: 'Apple',
      model: 'iPhone 13',
      kind: 'smartphone',
      purchaseDate: '2025-12-01',
      compliance: 'compliant',
      phoneNumber: '+33612345678',
      department: 'Ventes',
    }),
    device('B', {
      platform: 'ios',
      osVersion: '17.2',
      manufacturer: 'Apple',
      model: 'iPhone 13',
      kind: 'smartphone',
      // Bought exactly three years before the reference date: in the 3-year band.
      purchaseDate: '2023-11-30',
      compliance: 'noncompliant',
    }),
    device('C', {
      platform: 'windows',
      osVersion: '10.0.22631.4317',
      manufacturer: 'Lenovo',
      model: 'ThinkPad T14',
      kind: 'laptop',
      enrolledAt: '2019-05-01',
      compliance: 'grace',
    }),
    device('D', {
      platform: 'android',
      osVersion: 'garbled',
      kind: 'tablet',
      // Bought after the reference date: an input error, so the device is undated.
      purchaseDate: '2027-01-01',
    }),
  ],
  lines: [
    restoreLine({ number: '+33612345678', costCenter: 'CC-10', operator: 'Orange' }),
    restoreLine({ number: '+33698765432', department: 'Achats', costCenter: 'CC-20' }),
  ],
  invoices: [
    restoreInvoiceRow({ lineNumber: '+33612345678', period: '2026-10', totalExVat: 20 }),
    restoreInvoiceRow({ lineNumber: '+33612345678', period: '2026-11', totalExVat: 30 }),
    restoreInvoiceRow({
      lineNumber: '+33698765432',
      period: '2026-11',
      operator: 'SFR',
      totalExVat: 40,
    }),
    restoreInvoiceRow({ lineNumber: '+33600000000', period: '2026-11', totalExVat: 10 }),
  ],
};

describe('the overview of the fleet', () => {
  const overview = fleetOverview(input);

  it('groups devices by OS release as the catalogue names it, unknown versions apart', () => {
    expect(overview.os).toEqual([
      { key: 'ios:iOS 17', label: 'iOS 17', value: 2 },
      { key: 'android:', label: null, value: 1 },
      { key: 'windows:Windows 11 23H2', label: 'Windows 11 23H2', value: 1 },
    ]);
  });

  it('counts models with their maker, and devices by age band and kind', () => {
    expect(overview.models[0]).toEqual({
      key: 'Apple iPhone 13',
      label: 'Apple iPhone 13',
      value: 2,
    });
    expect(overview.models).toContainEqual({ key: '', label: null, value: 1 });
    expect(overview.ages.map((band) => band.byKind.smartphone)).toEqual([1, 0, 0, 1, 0, 0]);
    expect(overview.ages[5].byKind.laptop).toBe(1);
    expect(overview.undated).toBe(1);
    expect(overview.compliance).toEqual({ compliant: 1, noncompliant: 1, grace: 1, unknown: 1 });
  });

  it('spreads the mean monthly bill over departments, cost centres and operators', () => {
    // 100 € over two billed months. The first line's department comes from its device.
    expect(overview.costBy.department).toEqual([
      { key: 'Ventes', label: 'Ventes', value: 25 },
      { key: 'Achats', label: 'Achats', value: 20 },
      { key: '', label: null, value: 5 },
    ]);
    expect(overview.costBy.costCenter.map((bar) => [bar.key, bar.value])).toEqual([
      ['CC-10', 25],
      ['CC-20', 20],
      ['', 5],
    ]);
    expect(overview.costBy.operator.map((bar) => [bar.key, bar.value])).toEqual([
      ['Orange', 25],
      ['SFR', 20],
      ['', 5],
    ]);
    expect(overview.months.map((month) => [month.period, month.total])).toEqual([
      ['2026-10', 20],
      ['2026-11', 80],
    ]);
  });

  it('finds behind every bar exactly the rows it counts', () => {
    const selections: [OverviewSelection, number][] = [
      ...overview.os.map((bar): [OverviewSelection, number] => [
        { chart: 'os', key: bar.key },
        bar.value,
      ]),
      [{ chart: 'model', key: 'Apple iPhone 13' }, 2],
      [{ chart: 'age', fromYears: 3, kind: 'smartphone' }, 1],
      [{ chart: 'compliance', state: 'grace' }, 1],
      [{ chart: 'month', period: '2026-11' }, 3],
      [{ chart: 'cost', dimension: 'department', key: 'Ventes' }, 2],
      [{ chart: 'cost', dimension: 'operator', key: '' }, 1],
    ];

    for (const [selection, count] of selections) {
      expect(rowsBehind(selection, input).rows, JSON.stringify(selection)).toHaveLength(count);
    }
    expect(rowsBehind({ chart: 'model', key: 'Apple iPhone 13' }, input).dataset).toBe('devices');
    expect(rowsBehind({ chart: 'month', period: '2026-10' }, input)).toEqual({
      dataset: 'invoices',
      rows: [input.invoices[0]],
    });
  });

  it('has empty charts, not errors, for an engagement with no rows', () => {
    const empty = fleetOverview({ ...input, devices: [], lines: [], invoices: [] });

    expect(empty.os).toEqual([]);
    expect(empty.months).toEqual([]);
    expect(empty.costBy.department).toEqual([]);
    expect(empty.undated).toBe(0);
  });
});
