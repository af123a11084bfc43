import { describe, expect, it } from 'vitest';

import { defaultPilot, pilotReadyToExit, pilotWarnings, pilotWeeks } from '@core/method/pilot';
import type { Pilot } from '@core/method/pilot';
import { objectiveStanding, restoreObjective } from '@core/method/objectives';

const panel = [
  { id: 'p1', name: 'Ana', department: 'Finance' },
  { id: 'p2', name: 'Bo', department: 'Ventes' },
];

function pilot(startDate: string, endDate: string, extra: Partial<Pilot> = {}): Pilot {
  return { ...defaultPilot(), startDate, endDate, participants: panel, ...extra };
}

describe('pilot duration', () => {
  it.each([
    ['2026-03-02', '2026-03-23', 3, ['too-short']],
    ['2026-03-02', '2026-03-30', 4, []],
    ['2026-03-02', '2026-04-27', 8, []],
    ['2026-03-02', '2026-05-04', 9, ['too-long']],
  ])('from %s to %s lasts %i weeks', (start, end, weeks, warnings) => {
    const subject = pilot(start, end);

    expect(pilotWeeks(subject)).toBe(weeks);
    expect(pilotWarnings(subject)).toEqual(warnings);
  });

  it('warns when dates are missing or reversed', () => {
    expect(pilotWarnings({ ...pilot('2026-03-02', '2026-03-30'), endDate: null })).toEqual([
      'no-dates',
    ]);
    expect(pilotWarnings(pilot('2026-03-30', '2026-03-02'))).toEqual(['ends-before-start']);
  });

  it('warns when the panel comes from a single department', () => {
    const single = pilot('2026-03-02', '2026-03-30', {
      participants: [panel[0], { id: 'p3', name: 'Cy', department: ' Finance ' }],
    });

    expect(pilotWarnings(single)).toEqual(['single-department']);
  });
});

describe('pilot exit', () => {
  const allMet = defaultPilot().exitCriteria.map((c) => ({ ...c, met: true }));

  it('is ready once every criterion is met and no blocking feedback is open', () => {
    const blocking = {
      id: 'f1',
      text: 'VPN',
      severity: 'blocking' as const,
      status: 'open' as const,
    };
    const open = pilot('2026-03-02', '2026-03-30', { exitCriteria: allMet, feedback: [blocking] });
    const resolved = { ...open, feedback: [{ ...blocking, status: 'resolved' as const }] };

    expect(pilotReadyToExit(open)).toBe(false);
    expect(pilotWarnings(open)).toEqual(['blocking-open']);
    expect(pilotReadyToExit(resolved)).toBe(true);
    expect(pilotReadyToExit(defaultPilot())).toBe(false);
  });
});

describe('objective standing', () => {
  const compliance = restoreObjective({
    id: 'o1',
    kpiId: 'devices.complianceRate',
    direction: 'at-least',
    baseline: 80,
    target: 95,
  });

  it('measures the way covered from baseline to target', () => {
    expect(objectiveStanding(compliance, 89)).toEqual({ met: false, share: 0.6 });
    expect(objectiveStanding(compliance, 97)).toEqual({ met: true, share: 1 });
    expect(objectiveStanding(compliance, 70)).toEqual({ met: false, share: 0 });
    expect(objectiveStanding(compliance, null)).toEqual({ met: null, share: null });
  });

  it('reads a lower-is-better target the other way', () => {
    const ghosts = { ...compliance, direction: 'at-most' as const, baseline: 12, target: 2 };

    expect(objectiveStanding(ghosts, 7)).toEqual({ met: false, share: 0.5 });
  });
});
