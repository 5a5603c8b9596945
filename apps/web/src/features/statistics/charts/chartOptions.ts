import type { EChartsCoreOption } from 'echarts/core';

/*
 * ECharts options built by pure functions (no chart library here: a type import only), so they
 * can be tested without a canvas and the chart module loads only with the chart.
 */

export interface ChartText {
  /** textStyle.fontFamily: the theme's, with Noto Sans Khmer first in Khmer. */
  fontFamily: string;
  /** Numbers in the current language (Khmer digits in Khmer). */
  format: (value: number) => string;
}

export interface ChartSeries {
  name: string;
  values: number[];
}

/** Report-like colours with AA contrast on white; series are also told apart by the legend and labels, never by colour only. */
const PALETTE = ['#3b4cc0', '#c0392b', '#1e7b4f', '#8e5b00', '#6b3fa0'];

function base(text: ChartText, multiSeries: boolean): EChartsCoreOption {
  return {
    color: PALETTE,
    textStyle: { fontFamily: text.fontFamily },
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? text.format(v) : String(v ?? '')) },
    legend: multiSeries ? { top: 0, textStyle: { fontFamily: text.fontFamily } } : undefined,
    grid: { left: 8, right: 16, top: multiSeries ? 36 : 16, bottom: 8, containLabel: true },
  };
}

/**
 * Bars per category for each series, the value printed at the end of each bar. Horizontal: the
 * category names (long, and longer in Khmer) get the left margin to themselves instead of sharing
 * a narrow slot under each bar, where they overlapped at 1366 px.
 */
export function barChartOption(categories: string[], series: ChartSeries[], text: ChartText): EChartsCoreOption {
  return {
    ...base(text, series.length > 1),
    yAxis: { type: 'category', data: categories, inverse: true, axisLabel: { interval: 0, width: 130, overflow: 'break', fontFamily: text.fontFamily } },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => text.format(v), fontFamily: text.fontFamily } },
    series: series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: s.values,
      label: { show: true, position: 'right', formatter: (p: { value: number }) => text.format(p.value), fontFamily: text.fontFamily },
    })),
  };
}

/** One line per series over the years (x). */
export function lineChartOption(years: string[], series: ChartSeries[], text: ChartText): EChartsCoreOption {
  return {
    ...base(text, series.length > 1),
    xAxis: { type: 'category', data: years, boundaryGap: false, axisLabel: { fontFamily: text.fontFamily } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => text.format(v), fontFamily: text.fontFamily } },
    series: series.map((s, i) => ({
      type: 'line',
      name: s.name,
      data: s.values,
      // Different markers as well as colours, so lines are told apart in grey print too.
      symbol: ['circle', 'rect', 'triangle', 'diamond'][i % 4],
      symbolSize: 8,
      label: { show: true, formatter: (p: { value: number }) => text.format(p.value), fontFamily: text.fontFamily },
    })),
  };
}

/** The words a screen reader hears for a chart: what it shows, then each category's values. */
export function describeChart(title: string, categories: string[], series: ChartSeries[], format: (n: number) => string): string {
  const parts = categories.map((c, i) => `${c}: ${series.map((s) => `${s.name} ${format(s.values[i] ?? 0)}`).join(', ')}`);
  return `${title}. ${parts.join('; ')}.`;
}
