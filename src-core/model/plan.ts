import { z } from 'zod';

const allowance = z.number().finite().nonnegative().nullable();

/**
 * One plan of the operator contract's catalogue: what the client may move a line to, at the
 * contract price. Fields share the names a line uses for its plan; a null allowance is
 * unlimited.
 */
export const planSchema = z.object({
  operator: z.string().trim().min(1),
  plan: z.string().trim().min(1),
  /** The operator's own reference for the plan, when the catalogue gives one. */
  planCode: z.string().trim().nullable().catch(null),
  /** Monthly price excluding VAT, in the engagement currency. */
  planPrice: z.number().finite().nonnegative(),
  /** Required: a plan whose data allowance is unknown cannot be judged to cover a line. */
  dataAllowanceMb: allowance,
  /** Null when unlimited, or when the catalogue does not say (read as unlimited calls). */
  voiceAllowanceMin: allowance.catch(null),
  /** Null when unlimited or not said: business plans rarely cap texts. */
  smsAllowance: allowance.catch(null),
  commitmentMonths: z.number().int().nonnegative().nullable().catch(null),
});

export type Plan = z.infer<typeof planSchema>;

/** Normalises one stored or imported plan; throws without operator, name, price or data. */
export function restorePlan(raw: unknown): Plan {
  return planSchema.parse(raw);
}

/** Key of one operator's plan: a later import of the same plan replaces the earlier one. */
export function planKey(plan: Pick<Plan, 'operator' | 'plan'>): string {
  return `${plan.operator}|${plan.plan}`;
}
