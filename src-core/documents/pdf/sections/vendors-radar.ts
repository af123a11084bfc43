// The vendor comparison's radar: the best-ranked vendors' profiles per theme, drawn from the
// option the Vendors screen uses, with each vendor in its screen colour.
import { gridRadarOption } from '@core/charts/grid-radar';
import { groupScores } from '@core/grid/group-scores';

import type { GridComparison } from '../../records/vendor-grid';
import { fill } from '../../texts';
import { chartBlock } from '../blocks';
import type { SectionContext } from '../section';
import type { PdfContent } from '../types';

/** How many vendors the radar overlays: past five, the shapes can no longer be told apart. */
export const RADAR_VENDORS = 5;

const WIDTH = 480;
const HEIGHT = 300;

/** The radar block of the top vendors by rank; nothing when no theme carries weight. */
export function vendorsRadar(comparison: GridComparison, context: SectionContext): PdfContent[] {
  const { grid, evaluation } = comparison;
  const { texts, renderChart } = context;
  const top = evaluation.ranking.vendors.slice(0, RADAR_VENDORS).map((ranked) => ranked.vendorId);
  const { groups, byVendor } = groupScores(
    grid.criteria,
    evaluation.weights.shares,
    evaluation.aggregates,
    top,
  );
  if (groups.length === 0) return [];

  const series = top.map((vendorId) => {
    const index = grid.vendors.findIndex((v) => v.id === vendorId);
    return {
      name: grid.vendors[index]?.name ?? vendorId,
      index,
      values: (byVendor[vendorId] ?? []).map((score) => score.score5),
    };
  });
  const option = gridRadarOption(
    groups.map((group) => texts.vendors.groups[group]),
    series,
  );
  const title = fill(texts.vendors.radar, { count: series.length });
  return [chartBlock(title, renderChart(option, WIDTH, HEIGHT), WIDTH)];
}
