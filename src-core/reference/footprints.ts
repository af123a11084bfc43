import { z } from 'zod';

import { DEVICE_KINDS } from '@core/model/device';

// Manufacturing carbon footprints per device model, derived from Boavizta's open data
// (resources/reference/device-footprints.json; ODbL). Medians stand in for unknown models.

export const FOOTPRINTS_SCHEMA_VERSION = 1;

const footprintKind = z.enum(DEVICE_KINDS);

export const modelFootprintSchema = z.object({
  kind: footprintKind,
  manufacturer: z.string().min(1),
  model: z.string().min(1),
  /** Other names the model is sold or reported under, e.g. Samsung's `SM-G781B`. */
  aliases: z.array(z.string()),
  /** kg CO2e emitted to make one unit (extraction, manufacture, assembly). */
  manufacturingKg: z.number().positive(),
  /** How many storage or connectivity variants the figure is the median of. */
  variants: z.number().int().positive(),
});

export const medianFootprintSchema = z.object({
  kind: footprintKind,
  /** Null for the median over all manufacturers of the kind. */
  manufacturer: z.string().nullable(),
  manufacturingKg: z.number().positive(),
  models: z.number().int().positive(),
});

export const footprintsSchema = z.object({
  schemaVersion: z.literal(FOOTPRINTS_SCHEMA_VERSION),
  snapshotDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  source: z.string(),
  licence: z.string(),
  method: z.string(),
  models: z.array(modelFootprintSchema),
  medians: z.array(medianFootprintSchema),
});

export type ModelFootprint = z.infer<typeof modelFootprintSchema>;
export type MedianFootprint = z.infer<typeof medianFootprintSchema>;
export type Footprints = z.infer<typeof footprintsSchema>;

/** Validates a footprint file; throws a ZodError when it does not match the schema. */
export function restoreFootprints(raw: unknown): Footprints {
  return footprintsSchema.parse(raw);
}
