import { describe, expect, it } from 'vitest';

import { computeKpis } from '@core/kpi/registry';
import type { KpiResult } from '@core/kpi/types';
import { daysBetween } from '@core/reference/dates';

import { bundledCatalogue } from '../reference/bundled';
import { bill, device, input, line } from './fixtures';

const catalogue = bundledCatalogue();
const get = (results: readonly KpiResult[], id: string): KpiResult | undefined =>
  results.find((r) => r.id === id);

describe('a device without dates', () => {
  // Reference 2026-11-30. 'dated' was bought 730 days before; 'undated' has no date at all.
  const devices = [
    device('dated', { purchaseDate: '2024-11-30', purchasePrice: 720 }),
    device('undated', { purchasePrice: 360 }),
  ];
  const invoices = [bill('L1', '2026-11', { totalExVat: 30 })];
  const results = computeKpis(input({ devices, invoices }));

  it('is left out of the age figures, and said to be', () => {
    expect(get(results, 'devices.averageAgeYears')?.value).toBe(730 / 365.25);
    expect(get(results, 'devices.averageAgeYears')?.basis).toBe(1);
    expect(get(results, 'devices.olderThan3YearsRate')?.value).toBe(0);
    expect(get(results, 'devices.olderThan3YearsRate')?.caveats).toEqual([
      { code: 'rows-without-data', count: 1 },
    ]);
  });

  it('still counts in the fleet', () => {
    expect(get(results, 'devices.total')?.value).toBe(2);
  });

  it('still counts in the fleet the TCO is shared by', () => {
    // (720 + 360) / 36 + 2 x (8 + 4 + 11.25 + 20 / 36) + 30 = 30 + 47.6111 + 30 = 107.6111.
    const tco = get(results, 'cost.tcoPerDeviceMonthly');

    expect(tco?.basis).toBe(2);
    expect(tco?.value).toBeCloseTo((30 + 2 * (23.25 + 20 / 36) + 30) / 2, 9);
  });
});

describe('check-in age at the stale threshold', () => {
  // At 2026-11-30, 2026-10-31 is 30 days before and 2026-10-30 is 31 (the default limit: 30).
  const devices = [
    device('thirty', { lastCheckIn: '2026-10-31' }),
    device('thirty-one', { lastCheckIn: '2026-10-30T23:59:00Z' }),
  ];

  it('counts 31 days as stale and 30 days as seen', () => {
    const stale = get(computeKpis(input({ devices })), 'devices.staleRate');

    expect(stale?.value).toBe(50);
    expect(stale?.evidence).toEqual(['thirty-one']);
    expect(stale?.status).toBe('red');
  });

  it('uses the same rule for ghosts, with their own limit', () => {
    const settings = { ...input().settings, ghostAfterDays: 30 };
    const ghosts = get(computeKpis(input({ devices, settings })), 'devices.ghostRate');

    expect(ghosts?.evidence).toEqual(['thirty-one']);
  });
});

describe('devices.osBehindRate at the upgrade grace limit', () => {
  // Android 16 is outdated once Android 17 has been out for osUpgradeGraceDays days.
  const android17 = catalogue.entries.find((c) => c.platform === 'android' && c.cycle === '17');
  const outFor = daysBetween(android17?.releaseDate ?? '', '2026-11-30');
  const devices = [
    device('on16', { platform: 'android', osVersion: '16' }),
    device('on17', { platform: 'android', osVersion: '17' }),
  ];
  const at = (graceDays: number) =>
    get(
      computeKpis(
        input({
          devices,
          catalogue,
          settings: { ...input().settings, osUpgradeGraceDays: graceDays },
        }),
      ),
      'devices.osBehindRate',
    );

  it('is outdated when the newer release is exactly the grace period old', () => {
    expect(at(outFor)?.value).toBe(50);
    expect(at(outFor)?.evidence).toEqual(['on16']);
  });

  it('is current one day earlier', () => {
    expect(at(outFor + 1)?.value).toBe(0);
    expect(at(outFor + 1)?.status).toBe('green');
  });
});

describe('cost.tcoPerUserMonthly', () => {
  it('counts one person holding a device and a line once, whatever the case', () => {
    const devices = [device('d1', { purchasePrice: 360, userEmail: 'Ana@X.fr' })];
    const lines = [line('L1', { userEmail: 'ana@x.fr', planPrice: 20 })];
    const results = computeKpis(input({ devices, lines }));

    // One device, one user: the per-user TCO is the per-device one.
    expect(get(results, 'cost.tcoPerUserMonthly')?.basis).toBe(1);
    expect(get(results, 'cost.tcoPerUserMonthly')?.value).toBe(
      get(results, 'cost.tcoPerDeviceMonthly')?.value,
    );
  });
});
