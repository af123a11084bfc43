import { describe, expect, it } from 'vitest';

import { evaluateGrid, whatIfWeight } from '@core/grid/evaluate';
import type { ScoringInput } from '@core/grid/evaluate';
import {
  criterionSensitivity,
  sensitivityInputOf,
  sensitivityReport,
} from '@core/grid/sensitivity';
import type { SensitivityInput, WeightCrossing } from '@core/grid/sensitivity';

import { cid, oneEvaluator, scoringInput } from './build';
import type { CriterionRow } from './build';

function sensitivityOf(input: ScoringInput): SensitivityInput {
  return sensitivityInputOf(evaluateGrid(input));
}

const halfHalf: CriterionRow[] = [
  ['c1', 50],
  ['c2', 50],
];

// A = 0.5 × 4 + 0.5 × 3 = 3.5 leads B = 0.5 × 3 + 0.5 × 3.9 = 3.45 by only 0.05.
const closeRace = scoringInput(
  halfHalf,
  ['A', 'B'],
  oneEvaluator({ A: { c1: 4, c2: 3 }, B: { c1: 3, c2: 3.9 } }),
  'percent',
);

function expectCrossing(
  actual: WeightCrossing | null,
  sharePercent: number,
  deltaPoints: number,
  newWinner: string,
): void {
  expect(actual?.newWinner).toBe(newWinner);
  expect(actual?.sharePercent).toBeCloseTo(sharePercent, 9);
  expect(actual?.deltaPoints).toBeCloseTo(deltaPoints, 9);
}

describe('criterionSensitivity', () => {
  it('finds the small cut of a criterion that hands the lead to the runner-up', () => {
    // c1 at share t, c2 at 1 - t:
    //   A(t) = 4t + 3(1 - t) = 3 + t;  B(t) = 3t + 3.9(1 - t) = 3.9 - 0.9t.
    // Equal when 3 + t = 3.9 - 0.9t -> t = 0.9 / 1.9 = 9/19 ≈ 47.368%,
    // i.e. 50% - 47.368% = -100/38 ≈ -2.632 points.
    const result = criterionSensitivity(sensitivityOf(closeRace), cid('c1'));

    expect(result.status).toBe('flip');
    expect(result.up).toBeNull();
    expectCrossing(result.down, (9 / 19) * 100, -100 / 38, 'B');
    expect(result.nearest).toEqual(result.down);
  });

  it('finds the mirror move when the other criterion is raised', () => {
    // c2 at share t: A = 4(1 - t) + 3t = 4 - t; B = 3(1 - t) + 3.9t = 3 + 0.9t
    // -> t = 1/1.9 = 10/19 ≈ 52.632%, i.e. +2.632 points.
    const result = criterionSensitivity(sensitivityOf(closeRace), cid('c2'));

    expectCrossing(result.nearest, (10 / 19) * 100, 100 / 38, 'B');
  });

  it('reports no possible change when the winner is better on every criterion', () => {
    // A = 5t + 4(1 - t) = 4 + t is above B = 3t + 2(1 - t) = 2 + t for every t in [0, 1].
    const input = scoringInput(
      halfHalf,
      ['A', 'B'],
      oneEvaluator({ A: { c1: 5, c2: 4 }, B: { c1: 3, c2: 2 } }),
    );

    const report = sensitivityReport(sensitivityOf(input));

    expect(report.map((r) => [r.criterionId, r.status, r.nearest])).toEqual([
      ['c1', 'none', null],
      ['c2', 'none', null],
    ]);
  });

  it('does not count a crossing that lands exactly on 100% (a tie, not a new winner)', () => {
    // c2 at t: A = 5(1 - t) + 3t = 5 - 2t; B = 0(1 - t) + 3t = 3t -> equal at t = 1, a tie at 3.
    const input = scoringInput(
      halfHalf,
      ['A', 'B'],
      oneEvaluator({ A: { c1: 5, c2: 3 }, B: { c1: 0, c2: 3 } }),
    );

    expect(criterionSensitivity(sensitivityOf(input), cid('c2'))).toMatchObject({
      status: 'none',
      up: null,
      down: null,
    });
  });

  it('picks the rival that catches up first among several', () => {
    // C = (2, 4.5) joins the close race: C(t) = 2t + 4.5(1 - t) = 4.5 - 2.5t on c1.
    // A meets C at 3 + t = 4.5 - 2.5t -> t = 1.5/3.5 ≈ 42.9%, further down than B at 47.4%:
    // lowering c1 from 50%, B catches A first.
    const input = scoringInput(
      halfHalf,
      ['A', 'B', 'C'],
      oneEvaluator({ A: { c1: 4, c2: 3 }, B: { c1: 3, c2: 3.9 }, C: { c1: 2, c2: 4.5 } }),
    );

    const result = criterionSensitivity(sensitivityOf(input), cid('c1'));

    expectCrossing(result.nearest, (9 / 19) * 100, -100 / 38, 'B');
  });

  it('measures how much an unweighted criterion would have to count', () => {
    // c3 weight 0. Raised to t, c1 and c2 share 1 - t equally:
    // A = 4(1 - t) + 0t = 4 - 4t; B = 3(1 - t) + 5t = 3 + 2t -> t = 1/6 ≈ 16.667%.
    const input = scoringInput(
      [...halfHalf, ['c3', 0]],
      ['A', 'B'],
      oneEvaluator({ A: { c1: 4, c2: 4, c3: 0 }, B: { c1: 3, c2: 3, c3: 5 } }),
    );

    const result = criterionSensitivity(sensitivityOf(input), cid('c3'));

    expect(result.currentSharePercent).toBe(0);
    expectCrossing(result.nearest, 100 / 6, 100 / 6, 'B');
  });

  it.each([
    [
      'a tie at the top',
      oneEvaluator({ A: { c1: 4, c2: 3 }, B: { c1: 3, c2: 4 } }),
      'no-clear-winner',
    ],
    ['a single contender', oneEvaluator({ A: { c1: 4, c2: 3 } }), 'no-rival'],
  ])('has nothing to flip with %s', (_name, list, status) => {
    const vendors = list.some((s) => s.vendorId === 'B') ? ['A', 'B'] : ['A'];
    const input = scoringInput(halfHalf, vendors, list);

    expect(criterionSensitivity(sensitivityOf(input), cid('c1')).status).toBe(status);
  });

  it('agrees with a what-if run just past the threshold', () => {
    // Threshold for c1 is 47.37%. c1 = 40 points with c2 = 50 puts c1 at 40/90 = 44.4%:
    // A = (4 × 40 + 3 × 50)/90 = 310/90 ≈ 3.444; B = (3 × 40 + 3.9 × 50)/90 = 315/90 = 3.5.
    const whatIf = whatIfWeight(closeRace, cid('c1'), 40);

    expect(whatIf.winnerChanged).toBe(true);
    expect(whatIf.scenario.ranking.leaders).toEqual(['B']);
    expect(whatIf.scenario.scores[1].score5).toBeCloseTo(3.5, 12);
    expect(whatIf.changes).toEqual([
      { vendorId: 'A', before: 1, after: 2 },
      { vendorId: 'B', before: 2, after: 1 },
    ]);
    expect(whatIf.scenario.weights.status).toEqual({
      kind: 'percent-mismatch',
      total: 90,
      missingPoints: 10,
    });
  });

  it('keeps the winner in a what-if short of the threshold', () => {
    // c1 = 48 -> 48/98 ≈ 48.98% > 47.37%:
    // A = (192 + 150)/98 ≈ 3.490 > B = (144 + 195)/98 ≈ 3.459
    expect(whatIfWeight(closeRace, cid('c1'), 48).winnerChanged).toBe(false);
  });
});

describe('sensitivityReport', () => {
  it('lists the most fragile criterion first and leaves out eliminated vendors', () => {
    // Shares 0.4 / 0.4 / 0.2; c3 is a must-have at 3, which C fails (C would win otherwise).
    // A = 1.6 + 1.2 + 0.8 = 3.6 leads B = 1.2 + 1.6 + 0.6 = 3.4.
    // c2 raised to t (c1, c3 scaled by (1 - t)/0.6): A = 4 - t, B = 3 + t -> t = 0.5: +10 points.
    // c1 lowered to t: A = 10/3 + (2/3)t, B = 11/3 - (2/3)t -> t = 0.25: -15 points.
    // c3 lowered to t: A = 3.5 + 0.5t, B = 3.5 - 0.5t meet at t = 0 only: a tie, so 'none'.
    const input = scoringInput(
      [
        ['c1', 40],
        ['c2', 40],
        ['c3', 20, 3],
      ],
      ['A', 'B', 'C'],
      oneEvaluator({
        A: { c1: 4, c2: 3, c3: 4 },
        B: { c1: 3, c2: 4, c3: 3 },
        C: { c1: 5, c2: 5, c3: 1 },
      }),
      'percent',
    );

    const report = sensitivityReport(sensitivityOf(input));

    expect(report.map((r) => [r.criterionId, r.status, r.nearest?.newWinner])).toEqual([
      ['c2', 'flip', 'B'],
      ['c1', 'flip', 'B'],
      ['c3', 'none', undefined],
    ]);
    expect(report[0].nearest?.deltaPoints).toBeCloseTo(10, 9);
    expect(report[1].nearest?.deltaPoints).toBeCloseTo(-15, 9);
  });
});
