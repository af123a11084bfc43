import { osCatalogueSchema } from './os-catalogue';
import type { OsCatalogue } from './os-catalogue';

export type CatalogueChoiceReason = 'candidate-invalid' | 'candidate-not-newer' | 'candidate-newer';

export interface CatalogueChoice {
  catalogue: OsCatalogue;
  chosen: 'bundled' | 'candidate';
  reason: CatalogueChoiceReason;
  /** Validation messages, when the candidate was rejected as invalid. */
  issues: string[];
}

/** Keeps the bundled catalogue unless the candidate validates and has a later snapshot date. */
export function chooseCatalogue(bundled: OsCatalogue, candidate: unknown): CatalogueChoice {
  const parsed = osCatalogueSchema.safeParse(candidate);

  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    return { catalogue: bundled, chosen: 'bundled', reason: 'candidate-invalid', issues };
  }

  // ISO dates compare correctly as strings.
  if (parsed.data.snapshotDate <= bundled.snapshotDate) {
    return { catalogue: bundled, chosen: 'bundled', reason: 'candidate-not-newer', issues: [] };
  }

  return { catalogue: parsed.data, chosen: 'candidate', reason: 'candidate-newer', issues: [] };
}
