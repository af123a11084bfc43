// The fleet inventory: how the devices split by platform, type, ownership and compliance.
import { platformChartOption } from '@core/charts/document-platforms';

import { fill } from '../../texts';
import { tallyBy, topModels } from '../../fleet-stats';
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

  return [
    subHeading(title),
    dataTable(
      [
        { header: texts.column.label, width: '*' },
        { header: texts.column.count, width: 70, align: 'right' },
        { header: texts.column.share, width: 60, align: 'right' },
      ],
      rows,
      theme,
    ),
  ];
}

function build(context: SectionContext): PdfContent[] {
  const { data, texts, fmt, theme, renderChart } = context;
  const t = texts.inventory;
  const heading = [sectionHeading(t.title), ...freeText(context.freeText)];
  if (data.devices.length === 0) return [...heading, paragraph(t.empty)];

  const platforms = tallyBy(data.devices, (d) => texts.platform[d.platform]);
  const chart = platformChartOption(
    platforms.map((p) => ({ label: p.key, count: p.count })),
    theme.primary,
    (value) => fmt.number(value),
  );

  return [
    ...heading,
    paragraph(fill(t.intro, { count: fmt.number(data.devices.length) })),
    subHeading(t.chartPlatforms),
    { svg: renderChart(chart, 480, 40 + platforms.length * 28), width: 480 },
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
    ...tallyTable(t.topModels, topModels(data.devices, TOP_MODELS, texts.unknown), context),
  ];
}

export const inventorySection: ReportSection = {
  id: 'inventory',
  title: (texts) => texts.inventory.title,
  acceptsText: true,
  build,
};
