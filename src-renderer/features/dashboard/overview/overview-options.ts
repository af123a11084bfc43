// The overview's chart options in the engagement's words, numbers and colours, and the bar a
// click on each one selects.
import type { TFunction } from 'i18next';

import { agePyramidOption, PYRAMID_KINDS } from '@core/charts/overview-ages';
import { overviewBarsOption } from '@core/charts/overview-bars';
import type { LabelledBar } from '@core/charts/overview-bars';
import { complianceRingOption, RING_STATES } from '@core/charts/overview-compliance';
import { spendChartOption } from '@core/charts/document-spend';
import type { Engagement } from '@core/model/engagement';
import { AGE_BANDS } from '@core/overview';
import type { CostDimension, FleetOverview, OverviewBar } from '@core/overview';

import type { ChartClick } from '../../../components/Chart';
import { formatMoney, formatMonth, formatNumber } from '../../../i18n/format';
import type { ChosenBar } from './RowsBehind';

export interface OverviewChart {
  option: Record<string, unknown>;
  /** The bar a click chose; null for parts that list nothing (the other models). */
  choose: (click: ChartClick) => ChosenBar | null;
}

const keyOf = (click: ChartClick) => (click.data as { key?: string } | null)?.key;

export function overviewCharts(
  overview: FleetOverview,
  t: TFunction,
  engagement: Engagement,
  lifetimeYears: number,
) {
  const { locale, currency } = engagement;
  const count = (value: number) => formatNumber(value, locale);
  const money = (value: number) => formatMoney(value, currency, locale);
  const colour = engagement.brandPrimary;

  const osLabel = (bar: OverviewBar) => {
    const platform = t(`enums.platform.${bar.key.split(':')[0]}`);
    return bar.label ?? t('overview.unknownVersion', { platform });
  };
  const bars = (
    source: readonly OverviewBar[],
    label: (bar: OverviewBar) => string,
    format: (value: number) => string,
    chosen: (bar: LabelledBar) => ChosenBar,
  ): OverviewChart => {
    const labelled = source.map((bar) => ({ key: bar.key, label: label(bar), value: bar.value }));
    return {
      option: overviewBarsOption(labelled, colour, format),
      choose: (click) => {
        const bar = labelled.find((candidate) => candidate.key === keyOf(click));
        return bar ? chosen(bar) : null;
      },
    };
  };

  const os = bars(overview.os, osLabel, count, (bar) => ({
    selection: { chart: 'os', key: bar.key },
    what: bar.label,
  }));
  const models = bars(
    overview.models,
    (bar) => bar.label ?? t('overview.unknownModel'),
    count,
    (bar) => ({ selection: { chart: 'model', key: bar.key }, what: bar.label }),
  );
  const costBy = (dimension: CostDimension) =>
    bars(
      overview.costBy[dimension],
      (bar) => bar.label ?? t('overview.notGiven'),
      money,
      (bar) => ({ selection: { chart: 'cost', dimension, key: bar.key }, what: bar.label }),
    );

  const bands = AGE_BANDS.map((band) => t(`overview.bands.${band}`));
  const kinds = Object.fromEntries(
    PYRAMID_KINDS.map((kind) => [kind, t(`dashboard.breakdown.kinds.${kind}`)]),
  ) as Record<(typeof PYRAMID_KINDS)[number], string>;
  const ages: OverviewChart = {
    option: agePyramidOption(overview.ages, { bands, kinds }, lifetimeYears, count),
    choose: ({ seriesIndex, dataIndex }) => {
      const kind = PYRAMID_KINDS[seriesIndex];
      const band = overview.ages[dataIndex];
      if (!kind || !band) return null;
      return {
        selection: { chart: 'age', fromYears: band.fromYears, kind },
        what: `${kinds[kind]} · ${bands[dataIndex]}`,
      };
    },
  };

  const states = Object.fromEntries(
    RING_STATES.map((state) => [state, t(`enums.compliance.${state}`)]),
  ) as Record<(typeof RING_STATES)[number], string>;
  const compliance: OverviewChart = {
    option: complianceRingOption(overview.compliance, states, count, (percent) =>
      t('overview.share', { value: formatNumber(percent, locale, 1) }),
    ),
    choose: ({ data }) => {
      const state = RING_STATES.find((s) => s === (data as { state?: string } | null)?.state);
      return state ? { selection: { chart: 'compliance', state }, what: states[state] } : null;
    },
  };

  const monthNames = overview.months.map((month) => formatMonth(month.period, locale));
  const months: OverviewChart = {
    option: {
      ...spendChartOption(
        overview.months,
        {
          planCharge: t('import.fields.planCharge'),
          outOfPlan: t('import.fields.outOfPlan'),
          options: t('import.fields.options'),
          oneOff: t('import.fields.oneOff'),
          months: monthNames,
        },
        { primary: colour, secondary: engagement.brandSecondary },
        money,
      ),
      // The PDF's font is embedded there only: the screen keeps its own.
      textStyle: {},
      legend: { bottom: 0, textStyle: { fontSize: 11 } },
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: money },
    },
    choose: ({ dataIndex }) => {
      const month = overview.months[dataIndex];
      if (!month) return null;
      return { selection: { chart: 'month', period: month.period }, what: monthNames[dataIndex] };
    },
  };

  return { os, models, ages, compliance, months, costBy };
}
