import { describe, expect, it } from 'vitest';

import { evaluateGrid } from '@core/grid/evaluate';

import { oneEvaluator, scores, scoringInput, vid } from './build';

describe('weighted scores', () => {
  it('weighs the evaluator means by the normalised weights, on 0-5 and 0-100', () => {
    // Shares: c1 = 3/4 = 0.75, c2 = 1/4 = 0.25.
    // A: 0.75 × 4 + 0.25 × 2 = 3.5 -> 3.5 / 5 × 100 = 70
    // B: 0.75 × 1 + 0.25 × 5 = 2.0 -> 40
    const input = scoringInput(
      [
        ['c1', 3],
        ['c2', 1],
      ],
      ['A', 'B'],
      oneEvaluator({ A: { c1: 4, c2: 2 }, B: { c1: 1, c2: 5 } }),
    );

    const result = evaluateGrid(input).scores;

    expect(result[0]).toMatchObject({ vendorId: 'A', score5: 3.5, score100: 70, coverage: 1 });
    expect(result[1]).toMatchObject({ vendorId: 'B', score5: 2, score100: 40, coverage: 1 });
  });

  it('counts an unscored criterion as 0 and says so through coverage', () => {
    // B has no score on c1 (share 0.75): 0.25 × 5 = 1.25, coverage 0.25
    const input = scoringInput(
      [
        ['c1', 3],
        ['c2', 1],
      ],
      ['B'],
      oneEvaluator({ B: { c1: null, c2: 5 } }),
    );

    const [b] = evaluateGrid(input).scores;

    expect(b).toMatchObject({ score5: 1.25, score100: 25, coverage: 0.25, unscored: ['c1'] });
  });

  it('uses the mean of several evaluators, not their sum', () => {
    // c1 only: e1 gives 2, e2 gives 5 -> mean 3.5 -> score 3.5
    const input = scoringInput(
      [['c1', 1]],
      ['A'],
      scores({ e1: { A: { c1: 2 } }, e2: { A: { c1: 5 } } }),
    );

    expect(evaluateGrid(input).scores[0].score5).toBe(3.5);
    expect(evaluateGrid(input).ranking.leaders).toEqual([vid('A')]);
  });
});
