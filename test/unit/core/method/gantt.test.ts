import { describe, expect, it } from 'vitest';

import { ganttLayout, methodGanttOption } from '@core/charts/method-gantt';
import { ganttRowLabel, ganttTickFormatter } from '@core/charts/method-gantt-format';

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
    expect(layout.rowKinds).toEqual(['phase', 'task', 'task', 'wave']);
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

describe('timeline in French', () => {
  it('names months in French on the axis, with the year at the start of a month', () => {
    const tick = ganttTickFormatter('fr');
    expect(tick(ms('2026-12-01'))).toBe('déc. 2026');
    expect(tick(ms('2026-11-17'))).toBe('17 nov.');
  });

  it('keeps braces in a row name from breaking its style', () => {
    expect(ganttRowLabel('   Lot {A}', 'task')).toBe('{task|Lot A}');
  });

  it('leaves room around the bars and the reference day so none ends on the edge', () => {
    const option = methodGanttOption(
      {
        today: '2026-02-01',
        phases: [],
        waves: [{ label: 'Vague 1', start: '2026-03-01', end: '2026-03-10' }],
      },
      { today: 'Référence', gate: 'Jalon' },
      {
        phase: '#000',
        planned: '#111',
        actual: '#222',
        wave: '#333',
        go: '#444',
        noGo: '#555',
        open: '#666',
        today: '#777',
      },
    );
    const axis = option.xAxis as { min: number; max: number };

    expect(axis.min).toBeLessThan(ms('2026-02-01'));
    expect(axis.max).toBeGreaterThan(ms('2026-03-11'));
  });
});
