import { z } from 'zod';

// Where a device of the merged inventory comes from: set when several inventories are merged
// (src-core/reconcile/merge-devices.ts), absent on a row straight out of one file.

const scalar = z.union([z.string(), z.number(), z.boolean()]);

export const deviceOriginSchema = z.object({
  /** Every import that listed the device, and whether that import is an MDM's export. */
  sources: z.array(z.object({ importId: z.string(), managed: z.boolean() })),
  /** For each field holding a value, the import that gave it. */
  fields: z.record(z.string(), z.string()),
  /** Fields two imports gave different values for, each import's value in import order. */
  conflicts: z.array(
    z.object({
      field: z.string(),
      values: z.array(z.object({ importId: z.string(), value: scalar })),
    }),
  ),
});

export type DeviceOrigin = z.infer<typeof deviceOriginSchema>;
export type FieldConflict = DeviceOrigin['conflicts'][number];
