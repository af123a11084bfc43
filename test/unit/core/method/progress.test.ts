import { describe, expect, it } from 'vitest';

import {
  defaultPhasePlan,
  moveTask,
  removeTask,
  restorePhasePlan,
  updateTask,
} from '@core/method/plan';
import { gateState, overallProgress, phaseProgress } from '@core/method/progress';

describe('phase progress', () => {
  it('counts only reviewed work, and leaves not-applicable tasks out of the total', () => {
    // The audit phase starts with five catalogue tasks.
    let plan = defaultPhasePlan('audit');
    plan = updateTask(plan, 'audit.inventory', { status: 'reviewed' });
    plan = updateTask(plan, 'audit.usage', { status: 'done' });
    plan = updateTask(plan, 'audit.costs', { status: 'not-applicable' });

    const progress = phaseProgress(plan);

    expect(progress).toEqual({
      applicable: 4,
      reviewed: 1,
      awaitingReview: 1,
      inProgress: 0,
      share: 0.25,
    });
  });

  it('weighs every task the same across phases for the overall figure', () => {
    const audit = updateTask(defaultPhasePlan('audit'), 'audit.inventory', { status: 'reviewed' });
    // Strategy has four tasks: 1 reviewed of 5 + 4 = 9.
    const strategy = defaultPhasePlan('strategy');

    expect(overallProgress([audit, strategy]).share).toBeCloseTo(1 / 9);
  });

  it('has no share when every task is not applicable', () => {
    const plan = { ...defaultPhasePlan('pilot'), tasks: [] };

    expect(phaseProgress(plan).share).toBeNull();
  });

  it('moves and removes tasks in place', () => {
    const plan = defaultPhasePlan('audit');

    const moved = moveTask(plan, 'audit.costs', -2);
    const last = moveTask(plan, 'audit.inventory', 99);

    expect(moved.tasks.map((t) => t.id).slice(0, 3)).toEqual([
      'audit.costs',
      'audit.inventory',
      'audit.usage',
    ]);
    expect(last.tasks.at(-1)?.id).toBe('audit.inventory');
    expect(removeTask(plan, 'audit.usage').tasks).toHaveLength(4);
  });

  it('restores a decision and reads the gate from it', () => {
    const stored = {
      ...defaultPhasePlan('audit'),
      decision: { verdict: 'no-go', by: 'DSI', at: '2026-10-01', why: 'Factures manquantes' },
    };

    const plan = restorePhasePlan(JSON.parse(JSON.stringify(stored)));

    expect(gateState(plan)).toBe('no-go');
    expect(gateState(defaultPhasePlan('audit'))).toBe('open');
  });

  it('drops a broken task but keeps the others', () => {
    const plan = restorePhasePlan({
      phase: 'audit',
      tasks: [{ id: 'a', status: 'reviewed' }, { status: 'done' }, { id: 'b', status: 'nonsense' }],
    });

    expect(plan.tasks.map((t) => [t.id, t.status])).toEqual([
      ['a', 'reviewed'],
      ['b', 'todo'],
    ]);
  });
});
