// The rollout waves: dates, target, what was recorded, and progress as a live ratio.
import type { Wave } from '@core/method/waves';
import { waveTotals } from '@core/method/waves';

import type { WorkbookTexts } from '../texts';
import type { SheetSpec } from './sheet-spec';

/** One row per wave in its planned order; progress = enrolled / target, blank without one. */
export function wavesSheet(waves: readonly Wave[], w: WorkbookTexts): SheetSpec<Wave> {
  const h = w.waves;
  const count = (header: string, value: (wave: Wave) => number | null) =>
    ({ header, kind: 'integer', width: 14, value }) as const;

  return {
    name: w.sheet.waves,
    rows: waves,
    columns: [
      { header: h.name, kind: 'text', width: 30, value: (r) => r.name },
      { header: h.plannedStart, kind: 'date', width: 13, value: (r) => r.plannedStart },
      { header: h.plannedEnd, kind: 'date', width: 13, value: (r) => r.plannedEnd },
      count(h.target, (r) => r.targetCount),
      count(h.enrolled, (r) => waveTotals(r).enrolled),
      count(h.failed, (r) => waveTotals(r).failed),
      count(h.incidents, (r) => waveTotals(r).incidents),
      {
        header: h.progress,
        kind: 'percent',
        width: 12,
        value: (r) => (r.targetCount ? waveTotals(r).enrolled / r.targetCount : null),
        // Target in D, enrolled in E.
        formula: (row) => `IF(N(D${row})=0,"",E${row}/D${row})`,
      },
    ],
  };
}
