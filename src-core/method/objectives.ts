// Scoping objectives: a KPI, where it stood when the mission began, where it must get to, and
// how far it has gone with today's data. Stored one record per objective (kind
// `method-objective`).
import { z } from 'zod';

import { currentKpiId } from '../kpi/legacy-ids';

const objectiveSchema = z.object({
  id: z.string().min(1),
  kpiId: z.string().min(1).transform(currentKpiId),
  direction: z.enum(['at-least', 'at-most']).catch('at-least'),
  baseline: z.number().finite().nullable().catch(null),
  target: z.number().finite(),
});

export type Objective = z.infer<typeof objectiveSchema>;

/** Normalises a stored objective; throws when it has no KPI or no target. */
export function restoreObjective(raw: unknown): Objective {
  return objectiveSchema.parse(raw);
}

export interface ObjectiveStanding {
  /** Null when the KPI has no current value. */
  met: boolean | null;
  /** Share of the way from baseline to target, 0–1; null without baseline or current value. */
  share: number | null;
}

/** Where an objective stands given the KPI's current value. */
export function objectiveStanding(objective: Objective, current: number | null): ObjectiveStanding {
  if (current === null) return { met: null, share: null };

  const { baseline, target, direction } = objective;
  const met = direction === 'at-least' ? current >= target : current <= target;
  if (baseline === null || baseline === target) return { met, share: met ? 1 : null };

  const share = (current - baseline) / (target - baseline);
  return { met, share: Math.min(1, Math.max(0, share)) };
}
