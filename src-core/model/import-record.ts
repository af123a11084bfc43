import { z } from 'zod';

import type { EngagementId, ImportId, IsoDateTime } from './ids';

export const DATASETS = ['devices', 'lines', 'invoices', 'plans'] as const;
export type Dataset = (typeof DATASETS)[number];

/** Provenance of one imported file: enough to prove in an appendix where a figure came from. */
export const importRecordSchema = z.object({
  id: z.string().min(1),
  engagementId: z.string().min(1),
  dataset: z.enum(DATASETS),
  fileName: z.string().catch('?'),
  sha256: z.string().catch(''),
  size: z.number().nonnegative().catch(0),
  format: z.string().catch('unknown'),
  mappingId: z.string().nullable().catch(null),
  rowsAccepted: z.number().int().nonnegative().catch(0),
  rowsRejected: z.number().int().nonnegative().catch(0),
  batchCount: z.number().int().nonnegative().catch(0),
  /** For lines read from a bill's plan columns: that bill's import. Line lists outrank them. */
  billId: z.string().nullable().catch(null),
  /** For bills: the latest month their charges cover (`YYYY-MM`), the default reference date. */
  coversUntil: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .nullable()
    .catch(null),
  importedAt: z.string().catch(() => new Date(0).toISOString()),
});

export interface ImportRecord extends z.infer<typeof importRecordSchema> {
  id: ImportId;
  engagementId: EngagementId;
  importedAt: IsoDateTime;
}

/** Normalises an import record read from storage. */
export function restoreImportRecord(raw: unknown): ImportRecord {
  return importRecordSchema.parse(raw) as ImportRecord;
}
