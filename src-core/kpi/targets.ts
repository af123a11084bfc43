import { z } from 'zod';

import { currentKpiId } from './legacy-ids';
import type { KpiDefinition, KpiTarget } from './types';

// The consultant may agree other targets with the client than our defaults. An override keeps
// the KPI's direction and the source of its default (shown next to it); only the figures move.

export interface KpiTargetOverride {
  value: number;
  /** Amber limit; when absent, the default amber band keeps its width around the new value. */
  amberLimit?: number;
}

/** Overrides by KPI id. */
export type KpiTargetOverrides = Readonly<Record<string, KpiTargetOverride>>;

const overrideSchema = z.object({
  value: z.number().finite(),
  amberLimit: z.number().finite().optional(),
});

/** Keeps every well-formed override and drops the others, one by one. */
export function restoreTargetOverrides(raw: unknown): Record<string, KpiTargetOverride> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};

  const kept: Record<string, KpiTargetOverride> = {};
  for (const [id, entry] of Object.entries(raw)) {
    const parsed = overrideSchema.safeParse(entry);
    if (parsed.success) kept[currentKpiId(id)] = parsed.data;
  }
  return kept;
}

/** Whether an amber limit lies on the tolerated side of the target value (or on it). */
export function isAmberOnTheRightSide(
  direction: KpiTarget['direction'],
  value: number,
  amberLimit: number,
): boolean {
  return direction === 'at-most' ? amberLimit >= value : amberLimit <= value;
}

/**
 * The target a KPI is rated against for an engagement: its default, or the override. An amber
 * limit on the wrong side of the value is not applied (the band then keeps its default width).
 */
export function effectiveTarget(
  definition: Pick<KpiDefinition, 'id' | 'target'>,
  overrides: KpiTargetOverrides | undefined,
): KpiTarget | null {
  const base = definition.target;
  const override = overrides?.[definition.id];
  if (!base || !override) return base;

  const { direction } = base;
  const given = override.amberLimit;
  const amberLimit =
    given !== undefined && isAmberOnTheRightSide(direction, override.value, given)
      ? given
      : override.value + (base.amberLimit - base.value);
  return { ...base, value: override.value, amberLimit };
}

/** Whether an override changes anything against the default target. */
export function isOverridden(definition: KpiDefinition, overrides?: KpiTargetOverrides): boolean {
  const target = effectiveTarget(definition, overrides);
  const base = definition.target;
  return (
    target !== null &&
    base !== null &&
    (target.value !== base.value || target.amberLimit !== base.amberLimit)
  );
}
