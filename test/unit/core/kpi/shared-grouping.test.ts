import { describe, expect, it } from 'vitest';

import { generateDemo } from '@core/demo/generate';
import { invoiceIndex, lineMonths } from '@core/kpi/billing';
import { computeKpi, computeKpis, KPI_DEFINITIONS } from '@core/kpi/registry';
import type { KpiInput } from '@core/kpi/types';

import { bundledCatalogue, bundledFootprints } from '../reference/bundled';
import { bill, device, input } from './fixtures';

// The engine groups invoices once per list and remembers catalogue lookups per computation;
// none of that may change a figure.

describe('shared invoice grouping', () => {
  it('adds up the rows of a line-month, whatever their order', () => {
    const rows = [
      bill('L1', '2026-11', { totalExVat: 10, dataMb: 5 }),
      bill('L2', '2026-10', { totalExVat: 7 }),
      bill('L1', '2026-11', { totalExVat: 2, outOfPlan: 2 }),
    ];
    const index = invoiceIndex(rows);

    expect(index.periods).toEqual(['2026-10', '2026-11']);
    expect(index.figures.get('2026-11')).toEqual({
      total: 12,
      outOfPlan: 2,
      dataMb: 5,
      lineMonths: 1,
    });
    expect(lineMonths(rows, ['2026-11'])).toEqual([
      expect.objectContaining({ lineNumber: 'L1', totalExVat: 12, dataMb: 5, outOfPlan: 2 }),
    ]);
    expect(index.linesIn(['2026-10', '2026-11'])).toEqual(['L1', 'L2']);
  });

  it('sums each line over a window, with the months it was billed in', () => {
    const rows = [
      bill('L1', '2026-09', { dataMb: 100 }),
      bill('L1', '2026-10', { dataMb: 50, planCharge: 10 }),
      bill('L2', '2026-10', { sms: 3 }),
      bill('L1', '2026-11', { dataMb: 25, planCharge: 10 }),
    ];
    const window = invoiceIndex(rows).perLine(['2026-10', '2026-11']);

    expect(window.lines).toEqual(['L1', 'L2']);
    expect([...window.months]).toEqual([2, 1]);
    expect([...window.dataMb]).toEqual([75, 0]);
    expect([...window.planCharge]).toEqual([20, 0]);
    expect([...window.sms]).toEqual([0, 3]);
  });

  it('groups a list again when rows were added to it', () => {
    const rows = [bill('L1', '2026-11', { totalExVat: 10 })];
    const before = computeKpis(input({ invoices: rows })).find(
      (r) => r.id === 'cost.perLineMonthly',
    );
    rows.push(bill('L2', '2026-11', { totalExVat: 30 }));
    const after = computeKpis(input({ invoices: rows })).find(
      (r) => r.id === 'cost.perLineMonthly',
    );

    expect(before?.value).toBe(10);
    expect(after?.value).toBe(20);
  });
});

describe('remembered catalogue lookups', () => {
  it('follow the settings of each computation on the same rows', () => {
    const devices = [device('d', { platform: 'android', osVersion: '16' })];
    const base = input({ devices, catalogue: bundledCatalogue() });
    const outdated = (graceDays: number) =>
      computeKpis({ ...base, settings: { ...base.settings, osUpgradeGraceDays: graceDays } }).find(
        (r) => r.id === 'devices.osBehindRate',
      )?.value;

    expect(outdated(0)).toBe(100);
    expect(outdated(10_000)).toBe(0);
  });

  it('give every KPI of the demo the same result as computing it alone', () => {
    const demo = generateDemo();
    const shared: KpiInput = {
      ...input({ devices: demo.devices, lines: demo.lines, invoices: demo.invoices }),
      referenceDate: demo.engagement.referenceDate,
      catalogue: bundledCatalogue(),
      footprints: bundledFootprints(),
    };
    const together = computeKpis(shared);

    // A fresh input object and fresh lists for each KPI: nothing can be shared between them.
    const alone = KPI_DEFINITIONS.map((definition) =>
      computeKpi(definition, {
        ...shared,
        devices: [...demo.devices],
        lines: [...demo.lines],
        invoices: [...demo.invoices],
      }),
    );
    expect(together).toEqual(alone);
    expect(together.filter((r) => r.value !== null).length).toBeGreaterThan(10);
  });
});
