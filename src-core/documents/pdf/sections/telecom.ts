// Telecom costs: the monthly bill by charge type, as a chart and a table, and per operator.
import { spendChartOption } from '@core/charts/document-spend';

import { fill } from '../../texts';
import type { MonthSpend } from '../../fleet-stats';
import { dataTable, freeText, paragraph, sectionHeading, subHeading } from '../blocks';
import type { ReportSection, SectionContext } from '../section';
import type { PdfCell, PdfContent } from '../types';

function monthTable(months: MonthSpend[], { texts, fmt, theme }: SectionContext): PdfContent {
  const c = texts.column;
  const money = (value: number) => fmt.money(value);
  const rows: PdfCell[][] = months.map((m) => [
    fmt.month(m.period),
    fmt.number(m.lines),
    money(m.planCharge),
    money(m.outOfPlan),
    money(m.options),
    money(m.oneOff),
    { text: money(m.total), bold: true },
  ]);
  const sum = (key: keyof Omit<MonthSpend, 'period' | 'lines'>) =>
    money(months.reduce((total, m) => total + m[key], 0));
  rows.push(
    [texts.total, '', sum('planCharge'), sum('outOfPlan'), sum('options'), sum('oneOff')]
      .map((text): PdfCell => ({ text, bold: true }))
      .concat([{ text: sum('total'), bold: true }]),
  );

  const right = { width: 'auto', align: 'right' } as const;
  return dataTable(
    [
      { header: c.period, width: '*' },
      { header: c.linesBilled, ...right },
      { header: c.planCharge, ...right },
      { header: c.outOfPlan, ...right },
      { header: c.options, ...right },
      { header: c.oneOff, ...right },
      { header: c.total, ...right },
    ],
    rows,
    theme,
  );
}

function build(context: SectionContext): PdfContent[] {
  const { data, texts, fmt, theme, renderChart, stats } = context;
  const t = texts.telecom;
  const heading = [sectionHeading(t.title), ...freeText(context.freeText)];
  if (data.invoices.length === 0) return [...heading, paragraph(t.empty)];

  const months = stats.months();
  const grand = months.reduce((sum, m) => sum + m.total, 0);
  const chart = spendChartOption(
    months,
    { ...texts.column, months: months.map((m) => fmt.month(m.period)) },
    theme,
    (value) => fmt.number(value),
  );
  const operators = stats.operators(texts.unknown);

  return [
    ...heading,
    paragraph(
      fill(t.intro, {
        lines: fmt.number(data.lines.length),
        months: months.length,
        total: fmt.money(grand),
      }),
    ),
    subHeading(t.chart),
    { svg: renderChart(chart, 500, 240), width: 500 },
    subHeading(t.byMonth),
    monthTable(months, context),
    subHeading(t.byOperator),
    dataTable(
      [
        { header: texts.column.operator, width: '*' },
        { header: texts.column.total, width: 100, align: 'right' },
        { header: texts.column.share, width: 60, align: 'right' },
      ],
      operators.map((o) => [o.key, fmt.money(o.count), fmt.percent((o.count * 100) / grand)]),
      theme,
    ),
  ];
}

export const telecomSection: ReportSection = {
  id: 'telecom',
  title: (texts) => texts.telecom.title,
  acceptsText: true,
  build,
};
