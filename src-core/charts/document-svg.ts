// Renders an ECharts option to an SVG string without a DOM (ECharts' server-side mode), so
// the PDF embeds the very charts the screens draw, as vectors.
import {
  BarChart,
  CustomChart,
  LineChart,
  PieChart,
  RadarChart,
  ScatterChart,
} from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  RadarComponent,
  TitleComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { LegacyGridContainLabel } from 'echarts/features';
import type { EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Every chart the report embeds: spend, platforms, vendor scores, checklist radar and matrix,
// and the programme's Gantt (a custom series with a marked line for the reference day).
echarts.use([BarChart, CustomChart, LineChart, PieChart, RadarChart, ScatterChart]);
echarts.use([GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent]);
echarts.use([RadarComponent, TitleComponent, LegacyGridContainLabel]);
echarts.use([SVGRenderer]);

/** The chart as SVG markup at the given size in points; animation is forced off. */
export function renderChartSvg(option: EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    // A tooltip means nothing on paper: the screens' options carry one, the PDF drops it.
    const printable = { ...option };
    delete printable.tooltip;
    chart.setOption({ ...printable, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
