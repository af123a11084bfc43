// The engagement's grid, kept in local state for instant typing and written on every change.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { restoreGrid } from '@core/grid/grid';
import type { Grid } from '@core/grid/grid';
import type { EngagementId } from '@core/model/ids';

import { useRecord } from '../../store/hooks';
import { putRecord } from '../../store/owned';
import { reportError } from '../engagements/actions';
import { GRID_KIND, GRID_RECORD_ID } from './library-data';

export interface VendorGridState {
  /** Undefined while loading, null when the engagement has no grid yet. */
  grid: Grid | null | undefined;
  save: (next: Grid) => void;
}

interface Local {
  engagementId: EngagementId;
  grid: Grid;
}

export function useVendorGrid(engagementId: EngagementId): VendorGridState {
  const { t } = useTranslation();
  const stored = useRecord(engagementId, GRID_KIND, GRID_RECORD_ID, restoreGrid);
  const [local, setLocal] = useState<Local | null>(null);
  const [pending, setPending] = useState(0);
  const [seen, setSeen] = useState(stored);

  // A stored grid that changed while none of our writes is in flight came from elsewhere (an
  // import, another window): it wins. Echoes of our own writes in flight are skipped, so
  // quick typing never flashes back to an older value.
  if (stored !== seen) {
    setSeen(stored);
    if (stored && pending === 0) setLocal({ engagementId, grid: stored });
  }

  const save = useCallback(
    (next: Grid) => {
      setLocal({ engagementId, grid: next });
      setPending((n) => n + 1);
      putRecord(engagementId, GRID_KIND, GRID_RECORD_ID, next)
        .catch((error: unknown) => reportError(error, t))
        .finally(() => setPending((n) => n - 1));
    },
    [engagementId, t],
  );

  const grid = local && local.engagementId === engagementId ? local.grid : stored;
  return { grid, save };
}
