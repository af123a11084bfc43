import { describe, expect, it } from 'vitest';

import {
  removeEvaluator,
  removeVendor,
  scoreAt,
  setWeightMode,
  updateCost,
  updateScore,
} from '@core/grid/edit';
import { evaluateGrid } from '@core/grid/evaluate';
import type { Grid } from '@core/grid/grid';
import type { GridId } from '@core/grid/ids';
import { normaliseWeights } from '@core/grid/weights';

import { cid, criteria, eid, scores, vid } from './build';

function grid(): Grid {
  return {
    schemaVersion: 1,
    id: 'g' as GridId,
    name: 'g',
    weightMode: 'points',
    libraryVersion: null,
    criteria: criteria([
      ['a', 1],
      ['b', 1],
      ['c', 1],
    ]),
    vendors: ['x', 'y'].map((id) => ({
      id: vid(id),
      name: id,
      publisher: '',
      libraryId: null,
      notes: '',
    })),
    evaluators: [
      { id: eid('e1'), name: 'E1', role: '' },
      { id: eid('e2'), name: 'E2', role: '' },
    ],
    scores: scores({ e1: { x: { a: 5, b: 1 }, y: { a: 2 } }, e2: { x: { a: 3 } } }),
    fleet: { devices: 0, users: 0 },
    costs: [],
  };
}

describe('grid edits', () => {
  it('switching to percents rescales weights to 100 without changing the ranking', () => {
    const before = grid();
    const after = setWeightMode(before, 'percent');

    expect(after.criteria.map((c) => c.weight)).toEqual([33.33, 33.33, 33.33]);
    expect(normaliseWeights('percent', after.criteria).status.kind).toBe('percent-mismatch');
    expect(evaluateGrid(after).ranking.leaders).toEqual(evaluateGrid(before).ranking.leaders);
  });

  it('removing a vendor drops its scores and its offer', () => {
    const withCost = updateCost(grid(), vid('x'), { monthlyPrice: 4 });
    const after = removeVendor(withCost, vid('x'));

    expect(after.vendors.map((v) => v.id)).toEqual(['y']);
    expect(after.scores.every((s) => s.vendorId === 'y')).toBe(true);
    expect(after.costs).toEqual([]);
  });

  it('removing an evaluator drops their scores only', () => {
    const after = removeEvaluator(grid(), eid('e2'));

    expect(after.scores).toHaveLength(3);
    expect(evaluateGrid(after).aggregates[vid('x')][cid('a')].mean).toBe(5);
  });

  it('updates one score cell and drops a cell left empty', () => {
    const cell = { evaluatorId: eid('e1'), vendorId: vid('y'), criterionId: cid('b') };
    const scored = updateScore(grid(), cell, { value: 4, rationale: 'POC' });

    expect(scoreAt(scored, cell)).toMatchObject({ value: 4, rationale: 'POC' });

    const cleared = updateScore(scored, cell, { value: null, rationale: '' });
    expect(cleared.scores).toHaveLength(grid().scores.length);
  });
});
