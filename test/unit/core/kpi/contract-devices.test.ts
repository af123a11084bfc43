// The device KPIs of the product contract, on four hand-made devices at 2026-11-30.
import { describe, expect, it } from 'vitest';

import { computeKpis } from '@core/kpi/registry';
import type { KpiResult } from '@core/kpi/types';

import { device, input } from './fixtures';

const devices = [
  // 730 days old; checked in exactly 30 days ago; patched exactly 90 days ago.
  device('a', {
    purchaseDate: '2024-11-30',
    managed: true,
    compliance: 'compliant',
    lastCheckIn: '2026-10-31',
    securityPatch: '2026-09-01',
  }),
  // Enrolled 365 days ago, never bought: seen by no MDM; 31 days silent; patch 91 days old.
  device('b', {
    enrolledAt: '2025-11-30',
    compliance: 'grace',
    lastCheckIn: '2026-10-30',
    securityPatch: '2026-08-31',
  }),
  // Nothing known but its MDM listing.
  device('c', { managed: true, platform: 'android' }),
  // Bought 1,097 days ago (its enrolment date is not used then).
  device('d', {
    purchaseDate: '2023-11-29',
    enrolledAt: '2020-01-01',
    managed: true,
    compliance: 'noncompliant',
  }),
];
const results = new Map(computeKpis(input({ devices })).map((r) => [r.id, r]));
const get = (id: string): KpiResult | undefined => results.get(id);

describe('device KPIs of the contract', () => {
  it('devices.total counts every merged device, dated or not', () => {
    expect(get('devices.total')).toMatchObject({ value: 4, basis: 4 });
  });

  it('devices.managedRate is the share seen by an MDM', () => {
    expect(get('devices.managedRate')).toMatchObject({ value: 75, evidence: ['b'] });
  });

  it('devices.complianceRate counts grace as not compliant and leaves unknown out', () => {
    const compliance = get('devices.complianceRate');

    expect(compliance?.value).toBeCloseTo(100 / 3, 9);
    expect(compliance?.basis).toBe(3);
    expect(compliance?.evidence).toEqual(['b', 'd']);
  });

  it('devices.staleRate: 30 days since check-in is not stale, 31 is', () => {
    expect(get('devices.staleRate')).toMatchObject({ value: 50, basis: 2, evidence: ['b'] });
    expect(get('devices.ghostRate')?.value).toBe(0);
  });

  it('devices.osOutdatedRate: a patch 90 days old is fine, 91 is outdated', () => {
    expect(get('devices.osOutdatedRate')).toMatchObject({ value: 50, basis: 2, evidence: ['b'] });
  });

  it('devices.averageAgeYears uses purchase, else enrolment, and skips undated devices', () => {
    const age = get('devices.averageAgeYears');

    expect(age?.value).toBeCloseTo((730 + 365 + 1097) / 3 / 365.25, 12);
    expect(age?.basis).toBe(3);
    expect(age?.caveats).toEqual([{ code: 'rows-without-data', count: 1 }]);
  });

  it('devices.olderThan3YearsRate is the share of dated devices over 3 years', () => {
    const old = get('devices.olderThan3YearsRate');

    expect(old?.value).toBeCloseTo(100 / 3, 9);
    expect(old?.evidence).toEqual(['d']);
  });
});

describe('device KPIs without devices', () => {
  const empty = new Map(computeKpis(input()).map((r) => [r.id, r]));

  it.each([
    ['devices.total', 'no-devices'],
    ['devices.managedRate', 'no-devices'],
    ['devices.complianceRate', 'no-compliance-state'],
    ['devices.staleRate', 'no-check-in-dates'],
    ['devices.osOutdatedRate', 'no-patch-dates'],
    ['devices.averageAgeYears', 'no-purchase-dates'],
  ])('%s is null, never 0, and says why (%s)', (id, reason) => {
    expect(empty.get(id)?.value).toBeNull();
    expect(empty.get(id)?.status).toBe('none');
    expect(empty.get(id)?.missing?.reason).toBe(reason);
  });
});
