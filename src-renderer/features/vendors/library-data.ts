// The bundled criteria library, validated once when the Vendors screen is first opened.
import { restoreCriteriaLibrary } from '@core/grid/library';
import type { CriteriaLibrary } from '@core/grid/library';
import { restoreSavedTemplate } from '@core/grid/saved-template';

import libraryJson from '../../../resources/grid/criteria-library.json';

let cached: CriteriaLibrary | null = null;

export function criteriaLibrary(): CriteriaLibrary {
  cached ??= restoreCriteriaLibrary(libraryJson);
  return cached;
}

/** Kind of the grid record of an engagement, and of saved templates in the shared library. */
export const GRID_KIND = 'vendor-grid';
export const GRID_RECORD_ID = 'main';
export const TEMPLATE_KIND = 'grid-template';

export { restoreSavedTemplate };
