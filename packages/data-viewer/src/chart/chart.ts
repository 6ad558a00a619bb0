import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { define, LocalizeController, PvElement } from '@parvis/core';
import type { Group, Measure } from '../model.js';
import { chartMessages, needChartLocale } from './messages.js';
import { chartStyles } from './chart.styles.js';
import { prepareGroups, type ChartType, type PreparedGroups } from './data.js';
import { formatPercent } from './format.js';
import { chartSummary, chartTitle, valueText, type ChartWording } from './summary.js';
import { patternDefs, swatch } from './patterns.js';
import { measurer, type Frame } from './layout.js';
import { drawBars } from './bars.js';
import { drawLine } from './line.js';
import { drawPie } from './pie.js';

export type { ChartType } from './data.js';

/** Width drawn before the element has measured itself (first render, or not displayed). */
const DEFAULT_WIDTH = 600;

/**
 * A bar, line or pie chart of groups (count, sum or average of a column by another), drawn in SVG
 * at the element's own width so its text stays the size of the page's text. Each category has a
 * colour and a pattern; the chart has a name and a summary in words written from the data, and
 * "Voir les données" shows the same groups as a table.
 *
 * ```html
 * <pv-data-chart type="bar" label="Subventions 2025" measure-label="Montant total (€)" category-label="Commune" unit="€"></pv-data-chart>
 * <script>document.querySelector('pv-data-chart').groups = [{ label: 'Lyon', value: 1200000, count: 12 }, …];</script>
 * ```
 *
 * @summary Graphique en barres, en ligne ou en secteurs, avec sa description et ses données en tableau.
 * @status experimental
 * @since 0.1.0
 * @csspart chart - the SVG chart
 * @csspart table - the table of the data
 * @fires pv-chart-view - when "Voir les données" is switched; `detail: { showData }`
 */
export class PvDataChart extends PvElement {
  static override styles = [...(PvElement.styles as []), chartStyles];

  /** `bar` (horizontal bars), `line` (groups in their order) or `pie`. */
  @property({ reflect: true }) accessor type: ChartType = 'bar';
  /** The groups to draw, in order (see `GroupQuery` of the viewer). */
  @property({ attribute: false }) accessor groups: readonly Group[] = [];
  /** Name of the chart (its title and accessible name); else built from the axis titles. */
  @property() accessor label = '';
  /** Title of the value axis ("Montant total (€)"). */
  @property({ attribute: 'measure-label' }) accessor measureLabel = '';
  /** Title of the category axis ("Commune"). */
  @property({ attribute: 'category-label' }) accessor categoryLabel = '';
  /** Unit of the values: `€` (written as euros), `%`, or any word ("km", "habitants"). */
  @property() accessor unit = '';
  /** How the groups were measured: the "Autres" group of averages is an average weighted by rows. */
  @property() accessor measure: Measure = 'sum';
  /** Shows the data as a table instead of the chart ("Voir les données"). */
  @property({ type: Boolean, reflect: true, attribute: 'show-data' }) accessor showData = false;

  @state() private accessor width = 0;
  @state() private accessor font = 14;
  private family = 'system-ui, sans-serif';

  private readonly localize = new LocalizeController(this, chartMessages);
  private resizeObserver: ResizeObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // The chart is drawn at its real width (user units = CSS pixels): text never shrinks at 320 px.
    // Measured in the next task: redrawing inside the observer's callback would resize the host in
    // the same frame ("ResizeObserver loop completed with undelivered notifications").
    this.resizeObserver ??= new ResizeObserver(() => setTimeout(() => this.measure_()));
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  private measure_(): void {
    const width = Math.floor(this.getBoundingClientRect().width);
    if (width > 0 && width !== this.width) this.width = width;
    const style = getComputedStyle(this);
    this.family = style.fontFamily || this.family;
    const font = (parseFloat(style.fontSize) || 16) * 0.875;
    if (Math.abs(font - this.font) > 0.1) this.font = font;
  }

  private wording(): ChartWording {
    const t = this.localize.t.bind(this.localize);
    return { locale: this.localize.locale, t, unit: this.unit, label: this.label, measureLabel: this.measureLabel, categoryLabel: this.categoryLabel };
  }

  override render(): TemplateResult {
    const locale = this.localize.locale;
    needChartLocale(locale);
    const w = this.wording();
    const prepared = prepareGroups(this.groups, this.type, this.measure, w.t('chart.other'));
    const title = this.label || chartTitle(w) || w.t('chart.untitled');
    const head = html`<p class="title" id="title">${title}</p>`;
    if (prepared.problem === 'empty') {
      return html`${head}<p class="message">${w.t('chart.empty')}${prepared.ignored ? ` ${w.t('chart.ignored', { count: prepared.ignored })}` : ''}</p>`;
    }
    const problem = prepared.problem ? html`<p class="message">${w.t(prepared.problem === 'negative' ? 'chart.negativePie' : 'chart.zeroPie')}</p>` : nothing;
    return html`${head}
      ${prepared.problem ? problem : html`<p class="summary" id="summary">${chartSummary(this.type, prepared, w)}</p>`}
      <button type="button" class="toggle" aria-pressed=${this.showData ? 'true' : 'false'} @click=${this.toggle}>
        <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
          <rect class="box" x="2" y="2" width="16" height="16" rx="2"></rect>
          ${this.showData ? svg`<path class="tick-mark" d="m5.5 10.5 3 3 6-7"></path>` : nothing}
        </svg>
        ${w.t('chart.showData')}
      </button>
      ${this.showData ? this.renderTable(prepared, w, title) : prepared.problem ? nothing : this.renderChart(prepared, w)}`;
  }

  private toggle(): void {
    this.showData = !this.showData;
    this.dispatchEvent(new CustomEvent('pv-chart-view', { detail: { showData: this.showData }, bubbles: true, composed: true }));
  }

  private renderChart({ groups }: PreparedGroups, w: ChartWording): TemplateResult {
    const width = this.width || DEFAULT_WIDTH;
    const total = groups.reduce((s, g) => s + g.value, 0);
    const percent = (share: number) => formatPercent(share, w.locale);
    const frame: Frame = {
      width,
      font: this.font,
      measure: measurer(this.font, this.family),
      short: (v) => valueText(w, v, 'short'),
      full: (v) => valueText(w, v, 'full'),
      categoryLabel: this.categoryLabel,
      measureLabel: this.measureLabel,
    };
    const { body, height } = this.type === 'pie' ? drawPie(groups, frame, percent) : this.type === 'line' ? drawLine(groups, frame) : drawBars(groups, frame);
    return html`<svg class="plot plot-${this.type}" part="chart" role="img" aria-labelledby="title" aria-describedby="summary" focusable="false"
        viewBox="0 0 ${width} ${height}" width=${width} height=${height}>
        ${this.type === 'line' ? nothing : patternDefs(groups.length)}${body}
      </svg>
      ${this.type === 'pie'
        ? html`<ul class="legend">
            ${groups.map((g, i) => html`<li>${swatch(i)}<span>${g.label} : ${frame.full(g.value)} (${percent(g.value / total)})</span></li>`)}
          </ul>`
        : nothing}`;
  }

  private renderTable({ groups, problem }: PreparedGroups, w: ChartWording, title: string): TemplateResult {
    const pie = this.type === 'pie' && !problem;
    const total = groups.reduce((s, g) => s + g.value, 0);
    return html`<table part="table">
      <caption class="visually-hidden">${title}</caption>
      <thead>
        <tr>
          <th scope="col">${this.categoryLabel || w.t('chart.category')}</th>
          <th scope="col">${this.measureLabel || w.t('chart.value')}</th>
          ${pie ? html`<th scope="col">${w.t('chart.share')}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${groups.map(
          (g) => html`<tr>
            <th scope="row">${g.label}</th>
            <td>${valueText(w, g.value, 'full')}</td>
            ${pie ? html`<td>${formatPercent(g.value / total, w.locale)}</td>` : nothing}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

define('pv-data-chart', PvDataChart);

declare global {
  interface HTMLElementTagNameMap {
    'pv-data-chart': PvDataChart;
  }
}
