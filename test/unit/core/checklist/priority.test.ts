import { describe, expect, it } from 'vitest';

import { restoreAction } from '@core/checklist/action';
import {
  effortOf,
  priorityBand,
  priorityScore,
  quadrant,
  rankActions,
} from '@core/checklist/priority';
import type { Rating } from '@core/checklist/action';

function rated(impact: Rating, urgency: Rating, feasibility: Rating) {
  return { impact, urgency, feasibility };
}

describe('priorityScore', () => {
  it.each([
    // (2 x impact + 2 x urgency + feasibility) / 5
    [5, 5, 5, 5], // (10 + 10 + 5) / 5
    [5, 5, 1, 4.2], // (10 + 10 + 1) / 5: critical and urgent stays high even when hard
    [1, 5, 5, 3.4], // (2 + 10 + 5) / 5
    [1, 1, 1, 1], // (2 + 2 + 1) / 5
  ] as const)('impact %i, urgency %i, feasibility %i gives %d', (i, u, f, expected) => {
    expect(priorityScore(rated(i, u, f))).toBeCloseTo(expected, 10);
  });

  it('ranks the easier of two equally important and urgent gaps first', () => {
    expect(priorityScore(rated(4, 4, 5))).toBeGreaterThan(priorityScore(rated(4, 4, 2)) ?? 0);
  });

  it('waits for all three ratings', () => {
    expect(priorityScore({ impact: 5, urgency: 5, feasibility: null })).toBeNull();
    expect(priorityBand({ impact: null, urgency: 5, feasibility: 5 })).toBeNull();
  });
});

describe('priorityBand', () => {
  it.each([
    [4, 4, 4, 'P1'], // sum 8 + 8 + 4 = 20, lowest P1
    [4, 4, 3, 'P2'], // 19
    [3, 3, 3, 'P2'], // 15, lowest P2
    [3, 3, 2, 'P3'], // 14
    [2, 2, 2, 'P3'], // 10, lowest P3
    [2, 2, 1, 'P4'], // 9
    [1, 1, 1, 'P4'], // 5
    [5, 5, 1, 'P1'], // 21
  ] as const)('impact %i, urgency %i, feasibility %i is %s', (i, u, f, band) => {
    expect(priorityBand(rated(i, u, f))).toBe(band);
  });
});

describe('quadrant', () => {
  it.each([
    [5, 5, 'quick-win'],
    [3, 3, 'quick-win'],
    [3, 2, 'major-project'],
    [5, 1, 'major-project'],
    [2, 3, 'fill-in'],
    [1, 5, 'fill-in'],
    [2, 2, 'thankless'],
    [1, 1, 'thankless'],
  ] as const)('impact %i and feasibility %i is a %s', (impact, feasibility, expected) => {
    expect(quadrant({ impact, feasibility })).toBe(expected);
  });

  it('has no place before impact and feasibility are rated', () => {
    expect(quadrant({ impact: 4, feasibility: null })).toBeNull();
  });

  it('turns feasibility into effort for the chart axis', () => {
    expect([effortOf(5), effortOf(3), effortOf(1)]).toEqual([1, 3, 5]);
  });
});

describe('rankActions', () => {
  const action = (id: string, impact: number | null, urgency: number, feasibility: number) =>
    restoreAction({
      id,
      engagementId: 'eng-1',
      title: { fr: id, en: id },
      impact,
      urgency,
      feasibility,
    });

  it('orders by priority, then impact, then id, and puts unrated actions last', () => {
    const ranked = rankActions([
      action('unrated', null, 5, 5),
      action('low', 1, 1, 1), // sum 5
      action('urgent', 3, 5, 1), // sum 6 + 10 + 1 = 17
      action('impact', 5, 3, 1), // sum 10 + 6 + 1 = 17, more impact
      action('b-top', 5, 5, 5), // 25
      action('a-top', 5, 5, 5), // 25, same: id decides
    ]);

    expect(ranked.map((a) => a.id)).toEqual([
      'a-top',
      'b-top',
      'impact',
      'urgent',
      'low',
      'unrated',
    ]);
  });
});
