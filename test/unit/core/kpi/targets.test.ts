import { describe, expect, it } from 'vitest';

import { assembleReportData } from '@core/documents/report-data';
import { complianceRate } from '@core/kpi/defs/operational';
import { computeKpi, definitionFor } from '@core/kpi/registry';
import { KPI_SETTING_DEFAULTS, restoreKpiSettings } from '@core/kpi/settings';
import { effectiveTarget } from '@core/kpi/targets';
import type { Engagement } from '@core/model/engagement';
import type { EngagementId } from '@core/model/ids';

import { device, input } from './fixtures';

// 9 of 10 devices compliant: 90%. By default (at least 95, amber from 90) that is amber.
const devices = Array.from({ length: 10 }, (_, i) =>
  device(`d${i}`, { compliance: i === 0 ? 'noncompliant' : 'compliant' }),
);
const withTargets = (targets: unknown) => restoreKpiSettings({ targets });

describe('per-engagement KPI targets', () => {
  it('rate against the default target when there is no override', () => {
    const result = computeKpi(complianceRate, input({ devices }));

    expect(result.status).toBe('amber');
    expect(result.target).toBeUndefined();
  });

  it('rate against the engagement’s target and amber band, and carry them', () => {
    const settings = withTargets({ 'devices.complianceRate': { value: 90, amberLimit: 85 } });
    const result = computeKpi(complianceRate, input({ devices, settings }));

    expect(result.status).toBe('green');
    expect(result.target).toEqual({
      direction: 'at-least',
      value: 90,
      amberLimit: 85,
      source: 'guide',
    });
    expect(definitionFor(result)?.target?.value).toBe(90);
    expect(complianceRate.target?.value).toBe(95);
  });

  it('keep the default band width when only the target is given', () => {
    // Default 95 / 90: a 5-point band. Target 99 -> amber from 94, so 90% is red.
    const settings = withTargets({ 'devices.complianceRate': { value: 99 } });

    expect(effectiveTarget(complianceRate, settings.targets)?.amberLimit).toBe(94);
    expect(computeKpi(complianceRate, input({ devices, settings })).status).toBe('red');
  });

  it('ignore an amber limit on the wrong side of the target', () => {
    // "At least 92, amber from 97" makes no sense: the band keeps its width, amber from 87.
    const settings = withTargets({ 'devices.complianceRate': { value: 92, amberLimit: 97 } });

    expect(effectiveTarget(complianceRate, settings.targets)?.amberLimit).toBe(87);
  });

  it('are restored one by one, dropping what is malformed', () => {
    const settings = withTargets({
      'devices.complianceRate': { value: 90 },
      'lines.unusedRate': { value: 'two' },
      'devices.ghostRate': null,
    });

    expect(settings.targets).toEqual({ 'devices.complianceRate': { value: 90 } });
    expect(restoreKpiSettings({ targets: 'nope' }).targets).toEqual({});
    expect(KPI_SETTING_DEFAULTS.targets).toEqual({});
  });

  it('reach the deliverables through the report data', () => {
    const engagement = { referenceDate: '2026-11-30' } as Engagement & { id: EngagementId };
    const settings = withTargets({ 'devices.complianceRate': { value: 80, amberLimit: 70 } });
    const data = assembleReportData({
      engagement,
      devices,
      lines: [],
      invoices: [],
      imports: [],
      generatedAt: '2026-12-01T10:00:00Z',
      settings,
    });
    const compliance = data.kpis.find((k) => k.id === 'devices.complianceRate');

    expect(compliance?.status).toBe('green');
    expect(compliance && definitionFor(compliance)?.target?.value).toBe(80);
  });
});
