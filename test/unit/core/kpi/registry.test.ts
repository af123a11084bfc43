import { afterEach, describe, expect, it } from 'vitest';

import { computeKpi, computeKpis, KPI_DEFINITIONS } from '@core/kpi/registry';
import { KPI_SETTING_DEFAULTS, restoreKpiSettings } from '@core/kpi/settings';
import { rateStatus } from '@core/kpi/status';
import type { KpiDefinition, KpiTarget } from '@core/kpi/types';
import { setLogSinks } from '@core/log/logger';
import type { LogEntry } from '@core/log/logger';

import { device, input } from './fixtures';

describe('the KPI registry', () => {
  it('has unique ids and both languages for every label and definition', () => {
    const ids = KPI_DEFINITIONS.map((d) => d.id);

    expect(new Set(ids).size).toBe(ids.length);
    for (const definition of KPI_DEFINITIONS) {
      expect(definition.label.fr && definition.label.en).toBeTruthy();
      expect(definition.definition.fr && definition.definition.en).toBeTruthy();
    }
  });

  it('returns no value, and says what is missing, for every KPI of an empty engagement', () => {
    const results = computeKpis(input());

    expect(results.map((r) => r.id)).toEqual(KPI_DEFINITIONS.map((d) => d.id));
    for (const result of results) {
      expect(result.value).toBeNull();
      expect(result.status).toBe('none');
      expect(result.missing?.reason).toBeTruthy();
    }
  });

  it('rates a computed value against its target', () => {
    const devices = [device('a', { compliance: 'compliant' })];
    const compliance = computeKpis(input({ devices })).find(
      (r) => r.id === 'devices.complianceRate',
    );

    expect(compliance).toMatchObject({ value: 100, status: 'green', basis: 1 });
  });

  describe('when a KPI throws', () => {
    const entries: LogEntry[] = [];
    afterEach(() => setLogSinks([]));

    it('reports it as failed and logs it, without breaking the others', () => {
      setLogSinks([(entry) => entries.push(entry)]);
      const broken: KpiDefinition = {
        ...KPI_DEFINITIONS[0],
        id: 'test.broken',
        compute: () => {
          throw new Error('boom');
        },
      };

      const result = computeKpi(broken, input());

      expect(result).toMatchObject({ id: 'test.broken', value: null, status: 'none' });
      expect(result.missing?.reason).toBe('compute-failed');
      expect(entries.map((e) => e.message)).toEqual(['KPI test.broken failed']);
    });
  });
});

describe('rateStatus', () => {
  const atLeast: KpiTarget = { direction: 'at-least', value: 95, amberLimit: 90, source: 'guide' };
  const atMost: KpiTarget = { direction: 'at-most', value: 2, amberLimit: 5, source: 'fleetaudit' };

  it.each([
    [atLeast, 95, 'green'],
    [atLeast, 94.9, 'amber'],
    [atLeast, 90, 'amber'],
    [atLeast, 89.9, 'red'],
    [atMost, 2, 'green'],
    [atMost, 5, 'amber'],
    [atMost, 5.1, 'red'],
    [atMost, null, 'none'],
    [null, 50, 'none'],
  ])('%o with %s is %s', (target, value, status) => {
    expect(rateStatus(value, target)).toBe(status);
  });
});

describe('restoreKpiSettings', () => {
  it('keeps valid values and replaces invalid or missing ones with defaults', () => {
    const settings = restoreKpiSettings({ deviceLifetimeMonths: -3, staffHourlyCost: 60 });

    expect(settings.deviceLifetimeMonths).toBe(36);
    expect(settings.staffHourlyCost).toBe(60);
    expect(settings.usageWindowMonths).toBe(3);
  });

  it('gives the defaults for nothing at all', () => {
    expect(restoreKpiSettings(null)).toEqual(KPI_SETTING_DEFAULTS);
  });
});
