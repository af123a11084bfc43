// The bundled manufacturing footprints; only the task worker reads them, so they stay out of
// the UI bundle.
import { restoreFootprints } from '@core/reference';
import type { Footprints } from '@core/reference';

import bundledFootprintsJson from '../../resources/reference/device-footprints.json';

let bundled: Footprints | null = null;

export function getBundledFootprints(): Footprints {
  bundled ??= restoreFootprints(bundledFootprintsJson);
  return bundled;
}
