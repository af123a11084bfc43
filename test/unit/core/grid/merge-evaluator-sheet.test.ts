import { describe, expect, it } from 'vitest';

import type { EvaluatorSheet, EvaluatorSheetCell } from '@core/grid/evaluator-sheet';
import { readCellScore } from '@core/grid/evaluator-sheet';
import { mergeEvaluatorSheet } from '@core/grid/merge-evaluator-sheet';

import { grid, scores, scoringInput } from './build';

// e1 and e2 both scored A on c1; e2 also scored B on c2.
const base = grid(
  scoringInput(
    [
      ['c1', 1],
      ['c2', 1],
    ],
    ['A', 'B'],
    scores({ e1: { A: { c1: 2 } }, e2: { A: { c1: 4 }, B: { c2: 1 } } }),
  ),
  ['e1', 'e2'],
);

const cell = (
  row: number,
  column: string,
  vendorId: string,
  criterionId: string,
  value: unknown,
  rationale = '',
): EvaluatorSheetCell => ({ row, column, vendorId, criterionId, value, rationale, evidence: [] });

const sheet = (cells: EvaluatorSheetCell[], evaluatorId = 'e1'): EvaluatorSheet => ({
  gridId: 'g1',
  evaluatorId,
  sheetName: 'Alice',
  cells,
});

describe('readCellScore', () => {
  it.each([
    [3, { kind: 'number', value: 3 }],
    ['3,5', { kind: 'number', value: 3.5 }],
    [' 4.25 ', { kind: 'number', value: 4.25 }],
    ['', { kind: 'blank' }],
    [null, { kind: 'blank' }],
    [undefined, { kind: 'blank' }],
    ['bien', { kind: 'text' }],
    ['3/5', { kind: 'text' }],
    [Number.NaN, { kind: 'text' }],
    [true, { kind: 'text' }],
  ])('reads %j', (raw, expected) => {
    expect(readCellScore(raw)).toEqual(expected);
  });
});

describe('mergeEvaluatorSheet', () => {
  it("merges the evaluator's cells and leaves the other evaluators alone", () => {
    const { grid: merged, report } = mergeEvaluatorSheet(
      base,
      sheet([
        cell(5, 'D', 'A', 'c1', '3,5', 'Démo convaincante'),
        cell(5, 'E', 'B', 'c1', 4),
        cell(6, 'D', 'A', 'c2', ''),
      ]),
    );

    // A/c1 2 -> 3.5 (updated), B/c1 new (added), A/c2 blank with nothing before (unchanged)
    expect(report).toEqual({
      ok: true,
      issues: [],
      added: 1,
      updated: 1,
      cleared: 0,
      unchanged: 1,
    });
    const values = merged.scores.map((s) => [s.evaluatorId, s.vendorId, s.criterionId, s.value]);
    expect(values).toEqual([
      ['e1', 'A', 'c1', 3.5],
      ['e2', 'A', 'c1', 4],
      ['e2', 'B', 'c2', 1],
      ['e1', 'B', 'c1', 4],
    ]);
    expect(merged.scores[0].rationale).toBe('Démo convaincante');
  });

  it("clears a score left blank in the sheet, keeping the evaluator's rationale", () => {
    const { grid: merged, report } = mergeEvaluatorSheet(
      base,
      sheet([cell(5, 'D', 'A', 'c1', null, 'Pas montré en démo')]),
    );

    expect(report.cleared).toBe(1);
    expect(merged.scores[0]).toMatchObject({ value: null, rationale: 'Pas montré en démo' });
  });

  it('refuses the whole sheet and names every faulty cell', () => {
    const { grid: merged, report } = mergeEvaluatorSheet(
      base,
      sheet([
        cell(5, 'D', 'A', 'c1', 3),
        cell(7, 'E', 'Z', 'c1', 3),
        cell(8, 'D', 'A', 'c9', 3),
        cell(9, 'D', 'B', 'c2', 7),
        cell(10, 'D', 'B', 'c1', 'bien'),
        cell(11, 'F', 'A', 'c1', 4),
        cell(12, 'D', 'A', 'c2', -0.5),
      ]),
    );

    expect(report.ok).toBe(false);
    expect(merged).toBe(base);
    expect(report.issues.map((i) => [i.code, i.cell, i.row, i.column])).toEqual([
      ['unknown-vendor', "'Alice'!E7", 7, 'E'],
      ['unknown-criterion', "'Alice'!D8", 8, 'D'],
      ['score-out-of-range', "'Alice'!D9", 9, 'D'],
      ['score-not-numeric', "'Alice'!D10", 10, 'D'],
      ['duplicate-cell', "'Alice'!F11", 11, 'F'],
      ['score-out-of-range', "'Alice'!D12", 12, 'D'],
    ]);
    expect(report.issues[2].detail).toBe("'Alice'!D9: 7 is outside 0-5");
    expect(report.issues[4].params).toEqual({ first: "'Alice'!D5" });
  });

  it.each([
    ['another grid', { gridId: 'other' }, 'sheet-wrong-grid'],
    ['an unknown evaluator', { evaluatorId: 'e9' }, 'sheet-unknown-evaluator'],
  ])('refuses a sheet from %s', (_name, override, code) => {
    const { grid: merged, report } = mergeEvaluatorSheet(base, {
      ...sheet([cell(5, 'D', 'A', 'c1', 3)]),
      ...override,
    });

    expect(merged).toBe(base);
    expect(report.issues.map((i) => [i.code, i.cell])).toEqual([[code, null]]);
  });
});
