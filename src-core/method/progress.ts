// How far the programme is: only reviewed work counts, because a task its owner calls done has
// not yet been checked; done-awaiting-review is reported apart so it stays visible.
import type { MethodTask, PhasePlan } from './plan';

export interface Progress {
  /** Tasks that apply (not marked not-applicable). */
  applicable: number;
  reviewed: number;
  awaitingReview: number;
  inProgress: number;
  /** Reviewed share of applicable tasks, 0–1; null when nothing applies. */
  share: number | null;
}

/** Progress over any set of tasks. */
export function taskProgress(tasks: readonly MethodTask[]): Progress {
  const count = (status: MethodTask['status']) => tasks.filter((t) => t.status === status).length;
  const applicable = tasks.length - count('not-applicable');
  const reviewed = count('reviewed');
  return {
    applicable,
    reviewed,
    awaitingReview: count('done'),
    inProgress: count('in-progress'),
    share: applicable === 0 ? null : reviewed / applicable,
  };
}

/** Progress of one phase. */
export function phaseProgress(plan: PhasePlan): Progress {
  return taskProgress(plan.tasks);
}

/** Progress of the whole programme: every applicable task weighs the same, whatever its phase. */
export function overallProgress(plans: readonly PhasePlan[]): Progress {
  return taskProgress(plans.flatMap((plan) => plan.tasks));
}

export type GateState = 'open' | 'go' | 'no-go';

/** Where the phase's gate stands: no decision yet, or the last verdict recorded. */
export function gateState(plan: PhasePlan): GateState {
  return plan.decision?.verdict ?? 'open';
}

/** Criteria met over criteria listed. */
export function criteriaMet(plan: PhasePlan): { met: number; total: number } {
  return { met: plan.criteria.filter((c) => c.met).length, total: plan.criteria.length };
}
