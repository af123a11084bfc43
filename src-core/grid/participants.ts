// Who is compared (vendors) and who compares (evaluators).

import { z } from 'zod';

import type { EvaluatorId, VendorId } from './ids';

/** A platform on the shortlist; `libraryId` is null for one the consultant added by hand. */
export const vendorSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).catch('—'),
  publisher: z.string().trim().catch(''),
  libraryId: z.string().nullable().catch(null),
  notes: z.string().catch(''),
});

export interface Vendor {
  id: VendorId;
  name: string;
  publisher: string;
  libraryId: string | null;
  notes: string;
}

/** A person who scores: consultant, client IT lead, security officer... */
export const evaluatorSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).catch('—'),
  role: z.string().trim().catch(''),
});

export interface Evaluator {
  id: EvaluatorId;
  name: string;
  role: string;
}
