// One phase of the programme as the consultant plans it: tasks with owner and dates, the go/no-go
// criteria and the recorded decision. Stored one record per phase (kind `method-phase`).
import { z } from 'zod';

import { PHASE_IDS } from '@core/checklist/phases';
import type { PhaseId } from '@core/checklist/phases';

import { METHOD_CATALOGUE } from './catalogue';
import { lenientArray, optionalDay, text } from './fields';

/** "done" is the owner's word; "reviewed" means someone checked the work and accepted it. */
export const TASK_STATUSES = ['todo', 'in-progress', 'done', 'reviewed', 'not-applicable'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const VERDICTS = ['go', 'no-go'] as const;
export type Verdict = (typeof VERDICTS)[number];

const taskSchema = z.object({
  id: z.string().min(1),
  /** Set for tasks that come from the catalogue: their title follows the UI language. */
  catalogueId: z.string().nullable().catch(null),
  title: text,
  status: z.enum(TASK_STATUSES).catch('todo'),
  owner: text,
  plannedStart: optionalDay,
  plannedEnd: optionalDay,
  actualStart: optionalDay,
  actualEnd: optionalDay,
});

const criterionSchema = z.object({
  id: z.string().min(1),
  catalogueId: z.string().nullable().catch(null),
  title: text,
  met: z.boolean().catch(false),
});

const decisionSchema = z.object({
  verdict: z.enum(VERDICTS),
  by: text,
  at: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  why: text,
});

const phasePlanSchema = z.object({
  phase: z.enum(PHASE_IDS),
  tasks: lenientArray(taskSchema),
  criteria: lenientArray(criterionSchema),
  decision: decisionSchema.nullable().catch(null),
});

export type MethodTask = z.infer<typeof taskSchema>;
export type GateCriterion = z.infer<typeof criterionSchema>;
export type GateDecision = z.infer<typeof decisionSchema>;
export type PhasePlan = z.infer<typeof phasePlanSchema>;

/** Normalises a stored phase plan; throws only when the phase id is unknown. */
export function restorePhasePlan(raw: unknown): PhasePlan {
  return phasePlanSchema.parse(raw);
}

/** A phase as the catalogue proposes it, before any edit. */
export function defaultPhasePlan(phase: PhaseId): PhasePlan {
  const catalogue = METHOD_CATALOGUE[phase];
  return {
    phase,
    tasks: Object.keys(catalogue.tasks).map((id) => blankTask(id, id, '')),
    criteria: Object.keys(catalogue.criteria).map((id) => {
      return { id, catalogueId: id, title: '', met: false };
    }),
    decision: null,
  };
}

/** A task with nothing planned yet. */
export function blankTask(id: string, catalogueId: string | null, title: string): MethodTask {
  return {
    id,
    catalogueId,
    title,
    status: 'todo',
    owner: '',
    plannedStart: null,
    plannedEnd: null,
    actualStart: null,
    actualEnd: null,
  };
}

/** The plan with one task changed. */
export function updateTask(plan: PhasePlan, id: string, patch: Partial<MethodTask>): PhasePlan {
  const tasks = plan.tasks.map((task) => (task.id === id ? { ...task, ...patch, id } : task));
  return { ...plan, tasks };
}

/** The plan without the task. */
export function removeTask(plan: PhasePlan, id: string): PhasePlan {
  return { ...plan, tasks: plan.tasks.filter((task) => task.id !== id) };
}

/** The plan with the task moved by `offset` places, kept within the list. */
export function moveTask(plan: PhasePlan, id: string, offset: number): PhasePlan {
  const from = plan.tasks.findIndex((task) => task.id === id);
  if (from < 0) return plan;

  const to = Math.min(plan.tasks.length - 1, Math.max(0, from + offset));
  const tasks = [...plan.tasks];
  const [moved] = tasks.splice(from, 1);
  tasks.splice(to, 0, moved);
  return { ...plan, tasks };
}

/** The plan with one gate criterion ticked or unticked. */
export function setCriterion(plan: PhasePlan, id: string, met: boolean): PhasePlan {
  const criteria = plan.criteria.map((c) => (c.id === id ? { ...c, met } : c));
  return { ...plan, criteria };
}
