import { describe, expect, it } from 'vitest';

import { suggestAnswer, suggestAnswers } from '@core/checklist/suggest';
import type { SuggestInput } from '@core/checklist/suggest';
import type { KpiResult } from '@core/kpi';
import { restoreDevice } from '@core/model/device';
import type { Device } from '@core/model/device';
import { restoreLine } from '@core/model/line';

import { readShippedCatalogue } from './fixtures';
import { restoreCatalogue } from '@core/checklist/catalogue';

function device(key: string, extra: Partial<Device> = {}): Device {
  return restoreDevice({
    key,
    serial: `S-${key}`,
    model: 'Galaxy A54',
    osVersion: '14',
    userName: 'Anne Roux',
    managed: true,
    compliance: 'compliant',
    platform: 'android',
    ...extra,
  });
}

function kpi(id: string, value: number | null, status: KpiResult['status'], extra = {}): KpiResult {
  return { id, value, status, basis: 10, evidence: [], ...extra };
}

const input = (over: Partial<SuggestInput>): SuggestInput => ({
  kpis: [],
  devices: [],
  lines: [],
  ...over,
});

describe('inventory completeness', () => {
  it('says partly when 9 of 10 devices have serial, model, OS and user', () => {
    const devices = [
      ...Array.from({ length: 9 }, (_, i) => device(`d${i}`)),
      device('d9', { userName: '  ' }),
    ];

    const s = suggestAnswer('inventory-complete', input({ devices }));

    expect(s).toMatchObject({ value: 'partly', figure: 90, unit: 'percent', basis: 10 });
    expect(s?.rows).toEqual(['d9']);
    expect(s?.dataset).toBe('devices');
  });

  it('says yes at exactly 95 % and no below 80 %', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => device(`d${i}`));
    const oneGap = [...twenty.slice(0, 19), device('x', { serial: null })];
    const fiveGaps = [
      ...twenty.slice(0, 15),
      ...['a', 'b', 'c', 'd', 'e'].map((k) => device(k, { model: null })),
    ];

    expect(suggestAnswer('inventory-complete', input({ devices: oneGap }))?.value).toBe('yes');
    expect(suggestAnswer('inventory-complete', input({ devices: fiveGaps }))?.value).toBe('no');
  });

  it('cannot tell without devices', () => {
    expect(suggestAnswer('inventory-complete', input({}))).toBeNull();
  });
});

describe('managed devices and compliance detection', () => {
  it('counts unmanaged devices: 48 of 50 managed is 96 %, partly', () => {
    const devices = Array.from({ length: 50 }, (_, i) => device(`d${i}`, { managed: i >= 2 }));

    const s = suggestAnswer('devices-managed', input({ devices }));

    expect(s).toMatchObject({ value: 'partly', figure: 96 });
    expect(s?.rows).toEqual(['d0', 'd1']);
  });

  it('lists the non-compliant and grace devices the MDM flagged', () => {
    const devices = [
      device('a', { compliance: 'noncompliant' }),
      device('b', { compliance: 'grace' }),
      device('c'),
      device('d'),
    ];

    const s = suggestAnswer('non-compliant-detected', input({ devices }));

    expect(s).toMatchObject({
      value: 'yes',
      figure: 2,
      unit: 'count',
      kpiId: 'devices.complianceRate',
    });
    expect(s?.rows).toEqual(['a', 'b']);
  });

  it('says no when the MDM reports no compliance state for most devices', () => {
    const devices = [
      device('a'),
      device('b', { compliance: 'unknown' }),
      device('c', {
        compliance: 'unknown',
      }),
    ];

    expect(suggestAnswer('non-compliant-detected', input({ devices }))?.value).toBe('no');
  });
});

describe('updates within 15 days', () => {
  it('measures each device against the newest fix of its own platform', () => {
    const devices = [
      device('a1', { securityPatch: '2026-11-01' }),
      device('a2', { securityPatch: '2026-10-17' }), // 15 days behind: still timely
      device('a3', { securityPatch: '2026-10-16' }), // 16 days behind
      device('i1', { platform: 'ios', securityPatch: '2026-06-01' }), // newest on iOS
      device('n', { securityPatch: null }),
    ];

    const s = suggestAnswer('security-updates-timely', input({ devices }));

    expect(s).toMatchObject({ figure: 75, basis: 4, value: 'partly' });
    expect(s?.rows).toEqual(['a3']);
  });
});

describe('suggestions read from KPIs', () => {
  it('maps the ghost-device KPI status to an answer and keeps its rows', () => {
    const kpis = [kpi('devices.ghostRate', 4, 'amber', { evidence: ['g1', 'g2'] })];

    const s = suggestAnswer('ghost-devices-counted', input({ kpis }));

    expect(s).toMatchObject({ value: 'partly', figure: 4, kpiId: 'devices.ghostRate' });
    expect(s?.rows).toEqual(['g1', 'g2']);
  });

  it('takes the worse of unused and under-used lines, rows merged once', () => {
    const kpis = [
      kpi('lines.unusedRate', 1, 'green', { evidence: ['+33600000001'] }),
      kpi('lines.underusedRate', 25, 'red', { evidence: ['+33600000002', '+33600000001'] }),
    ];

    const s = suggestAnswer('idle-lines-identified', input({ kpis }));

    expect(s).toMatchObject({ value: 'no', figure: 2, dataset: 'lines' });
    expect(s?.rows).toEqual(['+33600000001', '+33600000002']);
  });

  it('judges plans on out-of-plan charges and under-use together', () => {
    const green = [kpi('cost.outOfPlanShare', 3, 'green'), kpi('lines.underusedRate', 5, 'green')];
    const amber = [kpi('cost.outOfPlanShare', 3, 'green'), kpi('lines.underusedRate', 15, 'amber')];

    expect(suggestAnswer('plans-fit-usage', input({ kpis: green }))).toMatchObject({
      value: 'yes',
      figure: 3,
    });
    expect(suggestAnswer('plans-fit-usage', input({ kpis: amber }))?.value).toBe('partly');
  });

  it('knows the fleet age when 9 of 10 devices have a purchase date', () => {
    const devices = Array.from({ length: 10 }, (_, i) => device(`d${i}`));
    const kpis = [
      { ...kpi('devices.averageAgeYears', 2.5, 'none'), basis: 9 },
      kpi('devices.olderThan3YearsRate', 20, 'green', { evidence: ['d1', 'd2'] }),
    ];

    const s = suggestAnswer('fleet-age-known', input({ kpis, devices }));

    expect(s).toMatchObject({ value: 'yes', figure: 2.5, unit: 'years' });
    expect(s?.rows).toEqual(['d1', 'd2']);
  });

  it('calls a TCO resting on imputed prices partly known', () => {
    const imputed = kpi('cost.tcoPerUserMonthly', 42, 'none', {
      caveats: [{ code: 'price-imputed', count: 3 }],
    });

    expect(suggestAnswer('tco-known', input({ kpis: [imputed] }))?.value).toBe('partly');
    expect(
      suggestAnswer('tco-known', input({ kpis: [kpi('cost.tcoPerUserMonthly', 42, 'none')] })),
    ).toMatchObject({ value: 'yes', figure: 42, unit: 'currency-per-month' });
  });

  it('stays silent when a KPI has no value', () => {
    const kpis = [kpi('devices.complianceRate', null, 'none')];

    expect(suggestAnswer('security-policies-applied', input({ kpis }))).toBeNull();
  });
});

describe('suggestAnswers on the shipped catalogue', () => {
  it('suggests for hinted questions only, keyed by question id', () => {
    const catalogue = restoreCatalogue(readShippedCatalogue());
    const devices = [device('a'), device('b', { managed: false })];
    const lines = [restoreLine({ number: '+33600000001' })];

    const suggestions = suggestAnswers(catalogue, input({ devices, lines }));

    expect([...suggestions.keys()].sort()).toEqual([
      'inv-register-complete',
      'sec-all-managed',
      'sec-noncompliance-blocked',
    ]);
    expect(suggestions.get('sec-all-managed' as never)).toMatchObject({ value: 'no', figure: 50 });
  });
});
