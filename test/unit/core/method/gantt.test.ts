import { describe, expect, it } from 'vitest';

import { ganttLayout } from '@core/charts/method-gantt';

const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const task = { plannedStart: null, plannedEnd: null, actualStart: null, actualEnd: null };

describe('timeline layout', () => {
  it('spans each phase over its dated tasks and skips undated ones', () => {
    const layout = ganttLayout({
      today: '2026-02-01',
      phases: [
        {
          label: 'Audit',
          gate: 'go',
          gateDate: '2026-01-20',
          tasks: [
            { ...task, label: 'Inventaire', plannedStart: '2026-01-05', plannedEnd: '2026-01-09' },
            { ...task, label: 'Sans date' },
            { ...task, label: 'Factures', actualStart: '2026-01-12', actualEnd: '2026-01-15' },
          ],
        },
      ],
      waves: [{ label: 'Vague 1', start: '2026-03-01', end: '2026-03-10' }],
    });

    expect(layout.rows).toEqual(['Audit', '   Inventaire', '   Factures', 'Vague 1']);
    // Bars run to the end of their last day.
    expect(layout.bars).toEqual([
      [0, ms('2026-01-05'), ms('2026-01-16'), 'phase'],
      [1, ms('2026-01-05'), ms('2026-01-10'), 'planned'],
      [2, ms('2026-01-12'), ms('2026-01-16'), 'actual'],
      [3, ms('2026-03-01'), ms('2026-03-11'), 'wave'],
    ]);
    expect(layout.gates).toEqual([{ row: 0, at: ms('2026-01-20'), gate: 'go' }]);
  });
});
