import { z } from 'zod';

import { DEVICE_KINDS } from '@core/model/device';

// When each device model stops getting security updates (endoflife.date device products,
// resources/reference/device-support.json; MIT). Rebuilt by scripts/build-reference.mjs.

export const DEVICE_SUPPORT_SCHEMA_VERSION = 1;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const modelSupportSchema = z.object({
  kind: z.enum(DEVICE_KINDS),
  manufacturer: z.string().min(1),
  model: z.string().min(1),
  releaseDate: isoDate.nullable(),
  /** End of security updates; `true` when they ended on an unknown date; null if not announced. */
  securityUntil: z.union([isoDate, z.literal(true)]).nullable(),
});

export const deviceSupportSchema = z.object({
  schemaVersion: z.literal(DEVICE_SUPPORT_SCHEMA_VERSION),
  snapshotDate: isoDate,
  source: z.string(),
  licence: z.string(),
  models: z.array(modelSupportSchema).min(1),
});

export type ModelSupport = z.infer<typeof modelSupportSchema>;
export type DeviceSupport = z.infer<typeof deviceSupportSchema>;

/** Validates a device support file; throws a ZodError when it does not match the schema. */
export function restoreDeviceSupport(raw: unknown): DeviceSupport {
  return deviceSupportSchema.parse(raw);
}

/** Whether a model's security updates ended on or before a day (an unannounced end has not). */
export function isPastSupport(model: ModelSupport, at: string): boolean {
  const end = model.securityUntil;
  return end === true || (typeof end === 'string' && end <= at);
}
