// One ECharts canvas-free chart: SVG rendering, so what the screen shows is what the PDF
// embeds (the same option objects, built in src-core/charts, render server-side to SVG).
import {
  BarChart,
  CustomChart,
  LineChart,
  PieChart,
  RadarChart,
  ScatterChart,
} from 'echarts/charts';
import {
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  RadarComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([
  BarChart,
  CustomChart,
  LineChart,
  PieChart,
  RadarChart,
  ScatterChart,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  RadarComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

/** What was clicked: the series and the item within it, with the item's data as given. */
export interface ChartClick {
  seriesIndex: number;
  dataIndex: number;
  data: unknown;
}

interface Props {
  option: EChartsCoreOption;
  height?: number;
  testId?: string;
  /** Read by screen readers in place of the drawing. */
  label: string;
  /** Called when a bar, slice or point is clicked. */
  onItemClick?: (click: ChartClick) => void;
}

export function Chart({ option, height = 280, testId, label, onItemClick }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  // The latest handler, read at click time: a new handler never re-creates the chart.
  const clicked = useRef(onItemClick);
  useEffect(() => {
    clicked.current = onItemClick;
  }, [onItemClick]);

  useEffect(() => {
    if (!host.current) return;

    const instance = echarts.init(host.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (params) => {
      const { seriesIndex = 0, dataIndex, data } = params;
      clicked.current?.({ seriesIndex, dataIndex, data });
    });
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(host.current);

    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={host}
      className="chart"
      role="img"
      aria-label={label}
      data-testid={testId}
      style={{ height }}
    />
  );
}
