// The fleet inventory: how the devices split by OS release, age, platform, type, ownership and
// compliance. The charts are the dashboard overview's own.
import { agePyramidOption } from '@core/charts/overview-ages';
import { overviewBarsOption } from '@core/charts/overview-bars';

import { fill } from '../../texts';
import { tallyBy } from '../../fleet-stats';
import type { Tally } from '../../fleet-stats';
import { dataTable, freeText, paragraph, sectionHeading, subHeading } from '../blocks';
import type { ReportSection, SectionContext } from '../section';
import type { PdfContent } from '../types';

const TOP_MODELS = 10;

function tallyTable(title: string, tallies: Tally[], context: SectionContext): PdfContent[] {
  const { texts, fmt, theme, data } = context;
  const count = data.devices.length;
  const rows = tallies.map((t) => [
    t.key,
    fmt.number(t.count),
    fmt.percent((t.count * 100) / count),
  ]);

  // A dozen rows at most: heading and table stay on one page.
  const table = dataTable(
    [
      { header: texts.column.label, width: '*' },
      { header: texts.column.count, width: 70, align: 'right' },
      { header: texts.column.share, width: 60, align: 'right' },
    ],
    rows,
    theme,
  );
  return [{ stack: [subHeading(title), table], unbreakable: true }];
}

function charts(context: SectionContext): PdfContent[] {
  const { data, texts, fmt, theme, renderChart } = context;
  const { overview } = data;
  const t = texts.inventory;
  const count = (value: number) => fmt.number(value);

  const releases = overview.os.map((bar) => ({
    key: bar.key,
    label:
      bar.label ??
      fill(t.unknownVersion, {
        platform: texts.platform[bar.key.split(':')[0] as keyof typeof texts.platform] ?? '',
      }),
    value: bar.value,
  }));
  const os = overviewBarsOption(releases, theme.primary, count);
  const ages = agePyramidOption(
    overview.ages,
    { bands: t.bands, kinds: texts.kind },
    data.settings.deviceLifetimeMonths / 12,
    count,
  );
  const years = fmt.number(data.settings.deviceLifetimeMonths / 12, 1);

  // Each chart keeps its heading (and the pyramid its note) on its page.
  return [
    {
      stack: [
        subHeading(t.chartOs),
        { svg: renderChart(os, 480, 24 + releases.length * 20), width: 480 },
      ],
      unbreakable: true,
    },
    {
      stack: [
        subHeading(t.chartAges),
        { svg: renderChart(ages, 480, 230), width: 480 },
        paragraph(fill(t.agesNote, { years })),
      ],
      unbreakable: true,
    },
    ...(overview.undated > 0
      ? [paragraph(fill(t.undated, { count: fmt.number(overview.undated) }))]
      : []),
  ];
}

function build(context: SectionContext): PdfContent[] {
  const { data, texts, fmt } = context;
  const t = texts.inventory;
  const heading = [sectionHeading(t.title), ...freeText(context.freeText)];
  if (data.devices.length === 0) return [...heading, paragraph(t.empty)];

  const platforms = tallyBy(data.devices, (d) => texts.platform[d.platform]);

  return [
    ...heading,
    paragraph(fill(t.intro, { count: fmt.number(data.devices.length) })),
    ...charts(context),
    ...tallyTable(t.byPlatform, platforms, context),
    ...tallyTable(
      t.byKind,
      tallyBy(data.devices, (d) => texts.kind[d.kind]),
      context,
    ),
    ...tallyTable(
      t.byOwnership,
      tallyBy(data.devices, (d) => texts.ownership[d.ownership]),
      context,
    ),
    ...tallyTable(
      t.byCompliance,
      tallyBy(data.devices, (d) => texts.compliance[d.compliance]),
      context,
    ),
    // The dashboard overview counted the models already.
    ...tallyTable(
      t.topModels,
      data.overview.models
        .slice(0, TOP_MODELS)
        .map((bar) => ({ key: bar.label ?? texts.unknown, count: bar.value })),
      context,
    ),
  ];
}

export const inventorySection: ReportSection = {
  id: 'inventory',
  title: (texts) => texts.inventory.title,
  acceptsText: true,
  build,
};
