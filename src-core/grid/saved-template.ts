// A grid's criteria and weights kept in the shared library, to start other engagements from.
//
// Scores, vendors and evaluators belong to one client and never leave the engagement: only
// what the consultant designed (criteria, weights, must-haves) is saved.

import { z } from 'zod';

import { criterionSchema } from './criterion';
import type { Criterion } from './criterion';
import { GRID_SCHEMA_VERSION, WEIGHT_MODES } from './grid';
import type { Grid, WeightMode } from './grid';
import type { GridId, TemplateId } from './ids';
import type { Vendor } from './participants';

export const savedTemplateSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).catch('—'),
  weightMode: z.enum(WEIGHT_MODES).catch('points'),
  libraryVersion: z.string().nullable().catch(null),
  criteria: z.array(criterionSchema).catch([]),
  savedAt: z.string().catch(''),
});

export interface SavedGridTemplate {
  id: TemplateId;
  name: string;
  weightMode: WeightMode;
  libraryVersion: string | null;
  criteria: Criterion[];
  savedAt: string;
}

/** Normalises a saved template read from the shared library; throws only without an id. */
export function restoreSavedTemplate(raw: unknown): SavedGridTemplate {
  return savedTemplateSchema.parse(raw) as SavedGridTemplate;
}

/** What a grid leaves in the library: its criteria, weights and must-haves, nothing scored. */
export function templateFromGrid(
  grid: Grid,
  id: TemplateId,
  name: string,
  savedAt: string,
): SavedGridTemplate {
  const criteria = grid.criteria.map((c) => ({ ...c, mustHave: c.mustHave && { ...c.mustHave } }));
  const shown = name.trim() || grid.name || '—';
  return {
    id,
    name: shown,
    weightMode: grid.weightMode,
    libraryVersion: grid.libraryVersion,
    criteria,
    savedAt,
  };
}

/** A new, unscored grid from a saved template, with the given starting vendors. */
export function gridFromSavedTemplate(
  template: SavedGridTemplate,
  id: GridId,
  name: string,
  vendors: readonly Vendor[],
): Grid {
  return {
    schemaVersion: GRID_SCHEMA_VERSION,
    id,
    name,
    weightMode: template.weightMode,
    libraryVersion: template.libraryVersion,
    criteria: template.criteria.map((c) => ({ ...c })),
    vendors: vendors.map((v) => ({ ...v })),
    evaluators: [],
    scores: [],
    fleet: { devices: 0, users: 0 },
    costs: [],
  };
}
