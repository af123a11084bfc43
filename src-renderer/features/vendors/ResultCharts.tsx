import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { gridScoreBarsOption } from '@core/charts/grid-bars';
import { gridRadarOption } from '@core/charts/grid-radar';
import type { GridEvaluation } from '@core/grid/evaluate';
import type { Grid } from '@core/grid/grid';
import { groupScores } from '@core/grid/group-scores';

import { Chart } from '../../components/Chart';

interface Props {
  grid: Grid;
  evaluation: GridEvaluation;
}

/** The weighted scores as bars, and each vendor's profile per theme as a radar. */
export function ResultCharts({ grid, evaluation }: Props) {
  const { t } = useTranslation();

  const bars = useMemo(() => {
    const out = new Set(evaluation.eliminations.filter((e) => e.eliminated).map((e) => e.vendorId));
    const data = grid.vendors.map((vendor, index) => ({
      name: vendor.name,
      index,
      eliminated: out.has(vendor.id),
      score5: evaluation.scores.find((s) => s.vendorId === vendor.id)?.score5 ?? 0,
    }));
    return gridScoreBarsOption(data, t('vendors.results.axis'));
  }, [grid, evaluation, t]);

  const radar = useMemo(() => {
    const { groups, byVendor } = groupScores(
      grid.criteria,
      evaluation.weights.shares,
      evaluation.aggregates,
      grid.vendors.map((v) => v.id),
    );
    const series = grid.vendors.map((vendor, index) => ({
      name: vendor.name,
      index,
      values: (byVendor[vendor.id] ?? []).map((g) => g.score5),
    }));
    return gridRadarOption(
      groups.map((g) => t(`vendors.groups.${g}`)),
      series,
    );
  }, [grid, evaluation, t]);

  return (
    <div className="chart-pair">
      <section className="panel">
        <Chart option={bars} label={t('vendors.results.barsLabel')} testId="grid-bars" />
      </section>
      <section className="panel">
        <Chart
          option={radar}
          label={t('vendors.results.radarLabel')}
          testId="grid-radar"
          height={320}
        />
      </section>
    </div>
  );
}
