import { formatNumber } from '../../../i18n/format';
import { byAgeBand, byCategory, byHandOver, trend, trendYears } from '../law-enforcement/lawEnforcementCharts';
import { lawEnforcementAnswer } from '../testing/lawEnforcementAnswer';
import { barChartOption, describeChart, lineChartOption } from './chartOptions';
import { chartFontFamily } from './useChartText';

type Axis = { data?: string[]; axisLabel: { formatter?: (v: number) => string; fontFamily: string } };
type Series = { type: string; name: string; data: number[]; label: { formatter: (p: { value: number }) => string } };

const khmer = { fontFamily: chartFontFamily('km', '"Noto Sans", "Noto Sans Khmer", sans-serif'), format: (n: number) => formatNumber('km', n) };
const name = (f: string) => f;

describe('the chart options', () => {
  it('use Noto Sans Khmer first and Khmer digits in Khmer, on axes, labels and tooltips', () => {
    const option = barChartOption(['ក', 'ខ'], [{ name: 'ជនរងគ្រោះ', values: [1234, 5] }], khmer) as Record<string, unknown>;
    expect(option['textStyle']).toEqual({ fontFamily: '"Noto Sans Khmer", "Noto Sans", "Noto Sans Khmer", sans-serif' });
    const valueAxis = option['xAxis'] as Axis;
    expect(valueAxis.axisLabel.formatter!(1234)).toBe(formatNumber('km', 1234));
    expect((option['yAxis'] as Axis).data).toEqual(['ក', 'ខ']);
    const [series] = option['series'] as Series[];
    expect(series).toMatchObject({ type: 'bar', name: 'ជនរងគ្រោះ', data: [1234, 5] });
    expect(series.label.formatter({ value: 5 })).toBe('៥');
    expect((option['tooltip'] as { valueFormatter: (v: unknown) => string }).valueFormatter(20)).toBe('២០');
    expect(option['legend']).toBeUndefined();
  });

  it('keep the theme font in English and draw one marked line per series', () => {
    expect(chartFontFamily('en', 'X')).toBe('X');
    const option = lineChartOption(['2019', '2020'], [{ name: 'Cases', values: [169, 155] }, { name: 'Victims', values: [456, 467] }], { fontFamily: 'X', format: String }) as Record<string, unknown>;
    expect((option['xAxis'] as Axis).data).toEqual(['2019', '2020']);
    expect((option['series'] as (Series & { symbol: string })[]).map((s) => [s.type, s.symbol])).toEqual([['line', 'circle'], ['line', 'rect']]);
    expect(option['legend']).toBeDefined();
  });

  it('describe a chart in words with its values', () => {
    expect(describeChart('Victims by age band', ['Under 15', '18+'], [{ name: 'Victims', values: [130, 298] }], String)).toBe('Victims by age band. Under 15: Victims 130; 18+: Victims 298.');
  });
});

describe('the chart data of the law-enforcement table', () => {
  const table = lawEnforcementAnswer(2020);

  it('takes the categories from the subtotal rows and the bands and destinations from the total', () => {
    expect(byCategory(table, (c) => String(c), name)).toEqual({
      categories: ['trafficking', 'sexual_exploitation'],
      series: [
        { name: 'victims', values: [276, 191] },
        { name: 'suspectsArrested', values: [55, 138] },
      ],
    });
    expect(byAgeBand(table, 'Victims', name)).toEqual({ categories: ['victimsUnder15', 'victims15To17', 'victims18Plus'], series: [{ name: 'Victims', values: [130, 39, 298] }] });
    expect(byHandOver(table, 'Victims', name).series[0].values).toEqual([98, 369, 0, 0]);
  });

  it('builds the trend from every other year, each table bringing its previous year', () => {
    expect(trendYears(2020, 6, 2001)).toEqual([2020, 2018, 2016]);
    expect(trendYears(2002, 6, 2001)).toEqual([2002]);
    const data = trend([lawEnforcementAnswer(2020), lawEnforcementAnswer(2018)], String, name);
    expect(data.categories).toEqual(['2017', '2018', '2019', '2020']);
    expect(data.series[0]).toEqual({ name: 'cases', values: [169, 155, 169, 155] });
  });
});
