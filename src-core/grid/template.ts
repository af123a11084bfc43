// Starts a grid from the library: its criteria (all, or a template's) and the usual vendors.

import type { Criterion } from './criterion';
import type { Grid } from './grid';
import { GRID_SCHEMA_VERSION } from './grid';
import type { CriterionId, GridId, VendorId } from './ids';
import type { CriteriaLibrary, GridTemplate, LibraryCriterion, LibraryVendor } from './library';
import type { Vendor } from './participants';

export interface NewGridOptions {
  id: GridId;
  name: string;
  /** Library vendor ids to start with; every library vendor when left out. */
  vendorIds?: readonly string[];
}

/** A grid with every library criterion at its default weight and suggested must-have. */
export function gridFromLibrary(library: CriteriaLibrary, options: NewGridOptions): Grid {
  const criteria = library.criteria.map((c) =>
    toCriterion(c, c.defaultWeight, c.mustHaveThreshold),
  );
  return emptyGrid(library, options, 'points', criteria);
}

/** A grid with a template's criteria, weights and must-haves, in the template's order. */
export function gridFromTemplate(
  library: CriteriaLibrary,
  template: GridTemplate,
  options: NewGridOptions,
): Grid {
  const byId = new Map(library.criteria.map((c) => [c.id, c]));
  const criteria = template.criteria.flatMap((item) => {
    const source = byId.get(item.criterionId);
    return source ? [toCriterion(source, item.weight, item.mustHaveThreshold)] : [];
  });
  return emptyGrid(library, options, template.weightMode, criteria);
}

/** A vendor the consultant adds by hand, outside the library's starting set. */
export function customVendor(id: VendorId, name: string, publisher = ''): Vendor {
  const shown = name.trim() || '—';
  return { id, name: shown, publisher: publisher.trim(), libraryId: null, notes: '' };
}

function emptyGrid(
  library: CriteriaLibrary,
  options: NewGridOptions,
  weightMode: Grid['weightMode'],
  criteria: Criterion[],
): Grid {
  const wanted = options.vendorIds ? new Set(options.vendorIds) : null;
  const vendors = library.vendors.filter((v) => wanted === null || wanted.has(v.id)).map(toVendor);

  return {
    schemaVersion: GRID_SCHEMA_VERSION,
    id: options.id,
    name: options.name,
    weightMode,
    libraryVersion: library.version,
    criteria,
    vendors,
    evaluators: [],
    scores: [],
    fleet: { devices: 0, users: 0 },
    costs: [],
  };
}

// Library ids are stable and unique, so they double as grid ids: sheets stay readable.
function toCriterion(
  source: LibraryCriterion,
  weight: number,
  threshold: number | null,
): Criterion {
  return {
    id: source.id as CriterionId,
    group: source.group,
    label: { ...source.label },
    description: { ...source.description },
    weight,
    mustHave: threshold === null ? null : { threshold },
    libraryId: source.id,
  };
}

/** A grid vendor copied from a library vendor, keeping the library id for traceability. */
export function toVendor(source: LibraryVendor): Vendor {
  return {
    id: source.id as VendorId,
    name: source.name,
    publisher: source.publisher,
    libraryId: source.id,
    notes: '',
  };
}
