// The whole comparison: criteria, vendors, evaluators, their scores and the cost inputs.

import { z } from 'zod';

import { criterionSchema } from './criterion';
import type { Criterion } from './criterion';
import { fleetSizeSchema, vendorCostSchema } from './cost-input';
import type { FleetSize, VendorCost } from './cost-input';
import type { GridId } from './ids';
import { evaluatorSchema, vendorSchema } from './participants';
import type { Evaluator, Vendor } from './participants';
import { scoreKey, scoreSchema } from './score';
import type { Score } from './score';

export const GRID_SCHEMA_VERSION = 1;

/** Points are free numbers turned into shares; percents are expected to add up to 100. */
export const WEIGHT_MODES = ['points', 'percent'] as const;
export type WeightMode = (typeof WEIGHT_MODES)[number];

/** An element that fails its schema is dropped, so one bad record does not lose the grid. */
function lenientArray<T extends z.ZodType>(item: T) {
  return z
    .array(z.unknown())
    .catch([])
    .transform((rows) =>
      rows.flatMap((row) => {
        const parsed = item.safeParse(row);
        return parsed.success ? [parsed.data] : [];
      }),
    );
}

export const gridSchema = z.object({
  schemaVersion: z.literal(GRID_SCHEMA_VERSION).catch(GRID_SCHEMA_VERSION),
  id: z.string().min(1),
  name: z.string().trim().catch(''),
  weightMode: z.enum(WEIGHT_MODES).catch('points'),
  /** Version of the criteria library the grid was started from, kept for traceability. */
  libraryVersion: z.string().nullable().catch(null),
  criteria: lenientArray(criterionSchema),
  vendors: lenientArray(vendorSchema),
  evaluators: lenientArray(evaluatorSchema),
  scores: lenientArray(scoreSchema),
  fleet: fleetSizeSchema.catch({ devices: 0, users: 0 }),
  costs: lenientArray(vendorCostSchema),
});

export interface Grid {
  schemaVersion: typeof GRID_SCHEMA_VERSION;
  id: GridId;
  name: string;
  weightMode: WeightMode;
  libraryVersion: string | null;
  criteria: Criterion[];
  vendors: Vendor[];
  evaluators: Evaluator[];
  scores: Score[];
  fleet: FleetSize;
  costs: VendorCost[];
}

function uniqueById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id));
}

/**
 * Normalises a grid read from storage or a file. Duplicate ids keep their first occurrence;
 * scores and costs that point at a removed vendor, criterion or evaluator are dropped; two
 * scores for the same cell keep the later one. Throws only when the grid has no id.
 */
export function restoreGrid(raw: unknown): Grid {
  const parsed = gridSchema.parse(raw) as Grid;

  const criteria = uniqueById(parsed.criteria);
  const vendors = uniqueById(parsed.vendors);
  const evaluators = uniqueById(parsed.evaluators);

  const criterionIds = new Set<string>(criteria.map((c) => c.id));
  const vendorIds = new Set<string>(vendors.map((v) => v.id));
  const evaluatorIds = new Set<string>(evaluators.map((e) => e.id));

  const cells = new Map<string, Score>();
  for (const score of parsed.scores) {
    const known =
      criterionIds.has(score.criterionId) &&
      vendorIds.has(score.vendorId) &&
      evaluatorIds.has(score.evaluatorId);
    if (known) cells.set(scoreKey(score), score);
  }

  const costs = parsed.costs.filter((cost) => vendorIds.has(cost.vendorId));
  const lastCostPerVendor = new Map(costs.map((cost) => [cost.vendorId, cost]));

  return {
    ...parsed,
    criteria,
    vendors,
    evaluators,
    scores: [...cells.values()],
    costs: [...lastCostPerVendor.values()],
  };
}
