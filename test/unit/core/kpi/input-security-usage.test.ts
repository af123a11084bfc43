import { describe, expect, it } from 'vitest';

import { criticalPatchDelay, securityIncidents } from '@core/kpi/defs/input-security';
import { endOfLifeRecovery, lifetimeAtRetirement } from '@core/kpi/defs/input-sustainability';
import { appAdoption, userSatisfaction } from '@core/kpi/defs/input-usage';
import { computeKpi } from '@core/kpi/registry';

import { entered, incident, rowId } from './input-fixtures';

describe('security incidents per month', () => {
  it('averages the last 3 months, quiet months counting as zero', () => {
    const incidents = [
      incident('2026-08-10', null, true),
      incident('2026-09-03', null, true),
      incident('2026-09-20', '2026-09-21', true),
      incident('2026-10-01', null, false),
      incident('2026-11-02', null, true),
    ];

    const result = computeKpi(securityIncidents, entered({ incidents }));

    // Sep 2, Oct 0, Nov 1 (reference 2026-11-30)
    expect(result.value).toBe(1);
    expect(result.trend?.map((p) => p.value)).toEqual([1, 2, 0, 1]);
    expect(result.basis).toBe(4);
  });

  it('gives a real zero when incidents are recorded but none is security-related', () => {
    const result = computeKpi(
      securityIncidents,
      entered({ incidents: [incident('2026-11-02', null, false)] }),
    );

    expect(result.value).toBe(0);
  });

  it('says to enter incidents when none is recorded', () => {
    expect(computeKpi(securityIncidents, entered({})).missing?.reason).toBe('no-entries');
  });
});

describe('critical patch delay', () => {
  const patch = (releasedOn: string, deployedOn: string) => {
    return { id: rowId(), name: '', releasedOn, deployedOn };
  };

  it('averages the days from release to deployment against the 7-day target', () => {
    const patches = [patch('2026-06-01', '2026-06-05'), patch('2026-07-01', '2026-07-13')];

    const result = computeKpi(criticalPatchDelay, entered({ patches }));

    expect(result).toMatchObject({ value: 8, status: 'amber', basis: 2 });
  });

  it('says to enter patch deployments when there are none', () => {
    expect(computeKpi(criticalPatchDelay, entered({})).missing?.need).toEqual({
      kind: 'input',
      family: 'patches',
    });
  });
});

describe('user satisfaction', () => {
  const survey = (date: string, respondents: number, score: number, scale: 5 | 10) => {
    return { id: rowId(), date, respondents, score, scale };
  };

  it('gives the latest quarter out of 10, weighted by respondents, and its change', () => {
    const surveys = [
      survey('2026-03-15', 100, 3.5, 5), // 7 / 10
      survey('2026-07-10', 40, 8, 10),
      survey('2026-08-20', 60, 3, 5), // 6 / 10
      survey('2026-12-15', 10, 1, 5), // after the reference date
    ];

    const result = computeKpi(userSatisfaction, entered({ surveys }));

    // (40 × 8 + 60 × 6) / 100
    expect(result.value).toBeCloseTo(6.8, 10);
    expect(result).toMatchObject({ status: 'amber', basis: 100 });
    expect(result.trend?.map((p) => p.period)).toEqual(['2026-01', '2026-07']);
    expect(result.breakdown?.['changeSincePrevious']).toBeCloseTo(-0.2, 10);
  });

  it('says to enter a survey when there is none', () => {
    expect(computeKpi(userSatisfaction, entered({})).missing?.reason).toBe('no-entries');
  });
});

describe('business app adoption', () => {
  it('divides all active users by all eligible users, with a share per app', () => {
    const adoption = [
      { id: rowId(), app: 'CRM', eligible: 200, active: 150 },
      { id: rowId(), app: 'Notes', eligible: 100, active: 30 },
    ];

    const result = computeKpi(appAdoption, entered({ adoption }));

    expect(result).toMatchObject({ value: 60, status: 'amber', basis: 300 });
    expect(result.breakdown).toEqual({ CRM: 75, Notes: 30 });
  });

  it('says to enter adoption figures when there are none', () => {
    expect(computeKpi(appAdoption, entered({})).value).toBeNull();
  });
});

describe('end of life', () => {
  const retired = (count: number, outcome: 'recycled' | 'refurbished' | 'destroyed') => {
    return { id: rowId(), deviceKey: '', count, outcome, retiredOn: '2026-06-30', ageYears: 2.5 };
  };
  const rows = [
    retired(10, 'recycled'),
    retired(4, 'refurbished'),
    { ...retired(1, 'destroyed'), deviceKey: 'D1', ageYears: 4 },
  ];

  it('averages the age at retirement over the devices, a count weighing as many', () => {
    const result = computeKpi(lifetimeAtRetirement, entered({ 'end-of-life': rows }));

    // (14 × 2.5 + 4) / 15 = 2.6 years: below 3, above 2.5
    expect(result.value).toBeCloseTo(2.6, 10);
    expect(result).toMatchObject({ status: 'amber', basis: 15, evidence: ['D1'] });
  });

  it('counts every outcome but destruction as recycled or given a second life', () => {
    const result = computeKpi(endOfLifeRecovery, entered({ 'end-of-life': rows }));

    expect(result.value).toBeCloseTo((14 / 15) * 100, 10);
    expect(result).toMatchObject({ status: 'green', evidence: ['D1'] });
    expect(result.breakdown).toEqual({ recycled: 10, refurbished: 4, destroyed: 1 });
  });

  it('says to enter the retired devices when there are none', () => {
    for (const definition of [lifetimeAtRetirement, endOfLifeRecovery]) {
      expect(computeKpi(definition, entered({})).missing?.need).toEqual({
        kind: 'input',
        family: 'end-of-life',
      });
    }
  });
});
