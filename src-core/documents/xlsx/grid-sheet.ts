// The vendor grid sheet: one row per criterion with its weight and each vendor's mean score,
// then each vendor's weighted score as a live SUMPRODUCT over the weights, so changing a
// weight in Excel recomputes every score (the same share-weighted mean as weightedScores).
import type { Criterion } from '@core/grid/criterion';
import type { VendorId } from '@core/grid/ids';

import type { GridComparison } from '../records/vendor-grid';
import { neutraliseCell } from '../safe-cell';
import type { DocTexts, WorkbookTexts } from '../texts';
import { columnLetter } from './sheet-spec';
import type { ColumnSpec, SheetSpec } from './sheet-spec';
import type { SheetTarget } from './target';
import { numberFormat, writeSheet } from './write-sheet';
import type { WorkbookTarget, WriteContext } from './write-sheet';

const FIRST_VENDOR_COLUMN = 4;
const WEIGHT_COLUMN = 'C';

/** The sheet's data part: criteria, weights and the vendors' mean scores. */
export function gridSpec(
  { grid, evaluation }: GridComparison,
  w: WorkbookTexts,
  d: DocTexts,
  locale: 'fr' | 'en',
): SheetSpec<Criterion> {
  const h = w.grid;
  const columns: ColumnSpec<Criterion>[] = [
    { header: h.criterion, kind: 'text', width: 40, value: (c) => c.label[locale] },
    { header: h.group, kind: 'text', width: 22, value: (c) => d.vendors.groups[c.group] },
    { header: h.weight, kind: 'decimal', width: 10, value: (c) => c.weight },
    ...grid.vendors.map((vendor): ColumnSpec<Criterion> => ({
      header: vendor.name,
      kind: 'decimal',
      width: 16,
      value: (c) => evaluation.aggregates[vendor.id]?.[c.id]?.mean ?? null,
    })),
  ];
  return { name: w.sheet.grid, columns, rows: grid.criteria };
}

/** `IF(SUM(w)=0,0,SUMPRODUCT(w,scores)/SUM(w))` for the vendor in `column`. */
export function weightedScoreFormula(column: number, criteria: number): string {
  const last = criteria + 1;
  const weights = `$${WEIGHT_COLUMN}$2:$${WEIGHT_COLUMN}$${last}`;
  const letter = columnLetter(column);
  const scores = `${letter}2:${letter}${last}`;
  return `IF(SUM(${weights})=0,0,SUMPRODUCT(${weights},${scores})/SUM(${weights}))`;
}

function totalsRows(sheet: SheetTarget, comparison: GridComparison, w: WorkbookTexts, ctx: Ctx) {
  const { grid, evaluation } = comparison;
  const criteria = grid.criteria.length;
  // A blank row keeps the totals out of the filtered data range.
  sheet.addRow([]).commit();
  const scoreRow = criteria + 3;

  const scoreOf = (vendorId: VendorId) =>
    evaluation.scores.find((s) => s.vendorId === vendorId)?.score5 ?? 0;
  const cells = (make: (column: number, vendorId: VendorId) => unknown) =>
    grid.vendors.map((vendor, index) => make(FIRST_VENDOR_COLUMN + index, vendor.id));
  const pad = ['', ''];

  const scores = sheet.addRow([
    w.grid.score5,
    ...pad,
    ...cells((column, id) => ({
      formula: weightedScoreFormula(column, criteria),
      result: scoreOf(id),
    })),
  ]);
  const score100 = sheet.addRow([
    w.grid.score100,
    ...pad,
    ...cells((column, id) => ({
      formula: `${columnLetter(column)}${scoreRow}/5*100`,
      result: (scoreOf(id) / 5) * 100,
    })),
  ]);
  const out = new Set(evaluation.eliminations.filter((e) => e.eliminated).map((e) => e.vendorId));
  const eliminated = sheet.addRow([
    w.grid.eliminated,
    ...pad,
    ...cells((_, id) => neutraliseCell(out.has(id) ? ctx.yes : ctx.no)),
  ]);

  for (const row of [scores, score100, eliminated]) {
    row.font = { bold: true };
    row.numFmt = numberFormat('decimal', ctx.locale, ctx.currency) ?? '';
    row.commit();
  }
}

type Ctx = WriteContext & { yes: string; no: string };

/** Writes the grid sheet: data rows, then the weighted scores as formulas with their values. */
export function writeGridSheet(
  target: WorkbookTarget,
  comparison: GridComparison,
  texts: { w: WorkbookTexts; d: DocTexts },
  ctx: WriteContext,
): void {
  const { w, d } = texts;
  const spec = gridSpec(comparison, w, d, ctx.locale);
  const sheet = writeSheet(target, spec, ctx);
  totalsRows(sheet, comparison, w, { ...ctx, yes: d.yes, no: d.no });
}
