/**
 * The chart view of the viewer: its options (type, grouping, measure) as native selects, and the
 * chart. Loaded with the chart element, when the chart is first shown: a page that only shows the
 * table never downloads it.
 */
import { viewerMessages } from './messages.js';
import { viewerPanelsFr } from './viewer-panels.fr.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { Group, Measure, ViewColumn } from '../model.js';
import type { ChartType } from '../chart/chart.js';
import '../chart/chart.js';
import type { Words } from './filters.js';

// The texts of this part come with it (extending the same catalogue twice is harmless).
viewerMessages.extend('fr', viewerPanelsFr);

export interface ChartChoice {
  type: ChartType;
  /** Column of the groups. */
  by: number;
  measure: Measure;
  /** Column summed or averaged (-1: none). */
  value: number;
}

export interface ChartPanel {
  chart: ChartChoice;
  columns: readonly ViewColumn[];
  groups: readonly Group[];
  caption: string;
  t: Words;
  set(part: keyof ChartChoice, raw: string): void;
}

export function renderChartPanel({ chart, columns, groups, caption, t, set }: ChartPanel): TemplateResult {
  const { type, by, measure, value } = chart;
  const numeric = columns.map((c, i) => ({ c, i })).filter(({ c }) => c.type === 'number' || c.type === 'integer');
  const measureLabel = value >= 0 && measure !== 'count' ? t(measure === 'sum' ? 'viewer.measureSum' : 'viewer.measureAvg', { column: columns[value]!.title }) : t('viewer.measureCount');
  const select = (id: string, label: string, options: { value: string; label: string }[], current: string, part: keyof ChartChoice) =>
    html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} @change=${(e: Event) => set(part, (e.target as HTMLSelectElement).value)}>
        ${options.map((o) => html`<option .value=${o.value} ?selected=${o.value === current}>${o.label}</option>`)}
      </select>
    </div>`;
  const measures = [{ value: 'count', label: t('viewer.measureCount') }];
  if (numeric.length > 0) measures.push({ value: 'sum', label: t('viewer.sum') }, { value: 'avg', label: t('viewer.avg') });
  return html`<div class="chart-options">
      ${select('chart-type', t('viewer.chartType'), (['bar', 'line', 'pie'] as const).map((v) => ({ value: v, label: t(`viewer.${v}`) })), type, 'type')}
      ${select('chart-by', t('viewer.groupBy'), columns.map((c, i) => ({ value: String(i), label: c.title })), String(by), 'by')}
      ${select('chart-measure', t('viewer.measure'), measures, value >= 0 ? measure : 'count', 'measure')}
      ${numeric.length > 0 && measure !== 'count' ? select('chart-value', t('viewer.valueColumn'), numeric.map(({ c, i }) => ({ value: String(i), label: c.title })), String(value), 'value') : nothing}
    </div>
    <pv-data-chart
      type=${type}
      .groups=${groups}
      label=${caption}
      measure=${value >= 0 ? measure : 'count'}
      measure-label=${measureLabel}
      category-label=${columns[by]?.title ?? ''}
    ></pv-data-chart>`;
}
