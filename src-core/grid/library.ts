// The bundled criteria library: versioned data the consultant picks criteria and vendors from.
//
// The file lives in resources/grid/criteria-library.json and ships with the app; this module
// is the one gate it passes through, whoever reads it (main process, worker, tests).

import { z } from 'zod';

import { CRITERION_GROUPS, SCORE_MAX, SCORE_MIN, localisedTextSchema } from './criterion';
import type { CriterionGroup, LocalisedText } from './criterion';
import { WEIGHT_MODES } from './grid';
import type { WeightMode } from './grid';

/** The library format this code reads; a file with another version is refused. */
export const LIBRARY_SCHEMA_VERSION = 1;

const threshold = z.number().min(SCORE_MIN).max(SCORE_MAX).nullable();

const libraryCriterionSchema = z.object({
  id: z.string().min(1),
  group: z.enum(CRITERION_GROUPS),
  label: localisedTextSchema,
  description: localisedTextSchema,
  /** Suggested weight in points; the consultant adjusts it to the client. */
  defaultWeight: z.number().finite().min(0),
  /** Suggested must-have threshold, or null when the criterion is not usually eliminatory. */
  mustHaveThreshold: threshold,
});

const libraryVendorSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  publisher: z.string(),
  /** Earlier product names, so that a client who knows "AirWatch" finds Workspace ONE. */
  formerNames: z.array(z.string()),
});

const templateSchema = z.object({
  id: z.string().min(1),
  label: localisedTextSchema,
  description: localisedTextSchema,
  weightMode: z.enum(WEIGHT_MODES),
  criteria: z.array(
    z.object({
      criterionId: z.string().min(1),
      weight: z.number().finite().min(0),
      mustHaveThreshold: threshold,
    }),
  ),
});

const librarySchema = z
  .object({
    schemaVersion: z.literal(LIBRARY_SCHEMA_VERSION),
    version: z.string().min(1),
    criteria: z.array(libraryCriterionSchema),
    vendors: z.array(libraryVendorSchema),
    templates: z.array(templateSchema),
  })
  .superRefine((library, ctx) => {
    const ids = new Set<string>();
    for (const criterion of library.criteria) {
      if (ids.has(criterion.id))
        ctx.addIssue({ code: 'custom', message: `duplicate criterion ${criterion.id}` });
      ids.add(criterion.id);
    }
    for (const template of library.templates) {
      for (const item of template.criteria) {
        if (!ids.has(item.criterionId)) {
          ctx.addIssue({
            code: 'custom',
            message: `template ${template.id}: unknown ${item.criterionId}`,
          });
        }
      }
    }
  });

export interface LibraryCriterion {
  id: string;
  group: CriterionGroup;
  label: LocalisedText;
  description: LocalisedText;
  defaultWeight: number;
  mustHaveThreshold: number | null;
}

export interface LibraryVendor {
  id: string;
  name: string;
  publisher: string;
  formerNames: string[];
}

export interface GridTemplate {
  id: string;
  label: LocalisedText;
  description: LocalisedText;
  weightMode: WeightMode;
  criteria: { criterionId: string; weight: number; mustHaveThreshold: number | null }[];
}

export interface CriteriaLibrary {
  schemaVersion: typeof LIBRARY_SCHEMA_VERSION;
  /** Content version, recorded in each grid started from the library. */
  version: string;
  criteria: LibraryCriterion[];
  vendors: LibraryVendor[];
  templates: GridTemplate[];
}

/**
 * Validates the bundled library. Unlike user data it is not repaired: it ships with the app,
 * so any defect is a build mistake and must fail loudly (throws a ZodError naming the field).
 */
export function restoreCriteriaLibrary(raw: unknown): CriteriaLibrary {
  return librarySchema.parse(raw);
}
