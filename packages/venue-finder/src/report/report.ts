import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { announce, controlStyles, define, LocalizeController, PvElement } from '@parvis/core';
import { downloadText } from '@parvis/core/csv';
import type { Venue } from '../model.js';
import { loadVenuesOffMainThread } from '../data/in-worker.js';
import { VenueDataError } from '../data/errors.js';
// quality.ts, not the data index: the parser (load.ts) stays a lazy chunk shared with the finder.
import { qualityReport, qualityReportCsv, type QualityOptions, type QualityReport } from '../data/quality.js';
import { loadHoursEngine, type HoursEngine } from '../hours/hours.js';
import { needReportLocale, reportMessages } from './messages.js';
import { reportStyles } from './report.styles.js';
import { encodingLabel, passedKinds, problemCount, reportSections, type ReportSection } from './sections.js';

/** What the `data` property accepts: venues, the text of a CSV/JSON file, or a promise of either. */
export type VenueReportData = readonly Venue[] | string | Promise<readonly Venue[] | string>;
type Status = 'idle' | 'loading' | 'ready' | 'error';

/** Distinct vocabulary values listed per field; the JSON report has them all. */
const MAX_VALUES = 20;
/** Byte order mark: without it, French Excel reads a UTF-8 CSV as Windows-1252 (broken accents). */
const UTF8_BOM = '\uFEFF';

/**
 * A checker for `qualityReport`: true when opening_hours.js can read the value. `checkHours` gets no
 * postcode, and a value with school holidays (SH) cannot be read without a region: its syntax is
 * then checked with the calendar of Paris (a missing calendar is not a defect of the file).
 */
export function hoursChecker(engine: HoursEngine): (value: string) => boolean {
  return (value) => {
    let parsed = engine.parse(value);
    if ('error' in parsed && parsed.error === 'holidays-unsupported') parsed = engine.parse(value, { postcode: '75001' });
    return !('error' in parsed);
  };
}

/**
 * The data-quality report of a file of digital-inclusion places, for the webmaster who publishes it:
 * counts and examples of invalid phones and emails, values outside the vocabularies of the standard,
 * missing or corrected coordinates, opening hours that cannot be read, old update dates; downloadable
 * as CSV (for a spreadsheet) or JSON. It reads the same files as pv-venue-finder.
 *
 * ```html
 * <pv-venue-report src="/donnees/lieux.csv"></pv-venue-report>
 * ```
 *
 * @summary Rapport de qualité d’un fichier de lieux de médiation numérique.
 * @status experimental
 * @since 0.1.0
 * @csspart summary - the sentence with the number of places and problems
 * @csspart downloads - the download buttons
 * @csspart section - each kind of problem
 * @fires pv-venue-report-ready - when the report is computed; `detail: { total, problems }`
 */
export class PvVenueReport extends PvElement {
  static override styles = [...(PvElement.styles as []), controlStyles, reportStyles];

  /** URL of the CSV or JSON file (médiation numérique standard v1.x or v0.1, France Services, data·inclusion). */
  @property() accessor src = '';
  /** Places given by the page instead of `src`: venue records, the text of a file, or a promise of either. */
  @property({ attribute: false }) accessor data: VenueReportData | undefined = undefined;
  /** Level of the section headings (1 to 6), to fit the outline of the page. */
  @property({ type: Number, attribute: 'heading-level' }) accessor headingLevel = 2;
  /** A place is "not updated" when `date_maj` is older than this many months. */
  @property({ type: Number, attribute: 'stale-months' }) accessor staleMonths = 12;

  @state() private accessor status: Status = 'idle';
  @state() private accessor errorKind: 'network' | 'data' = 'network';
  @state() private accessor result: { report: QualityReport; records: Map<string, number> } | undefined = undefined;

  private readonly localize = new LocalizeController(this, reportMessages);
  private loadId = 0;
  private abort: AbortController | undefined;

  /** The report of the last file read (undefined before, or after an error). */
  get report(): QualityReport | undefined {
    return this.status === 'ready' ? this.result?.report : undefined;
  }

  /** Reads the file again (after an error, or when it changed). */
  reload(): void {
    void this.load();
  }

  /** The report as CSV text, with a byte order mark (what "Télécharger (CSV)" saves). */
  csvText(): string {
    return this.report ? UTF8_BOM + qualityReportCsv(this.report) : '';
  }

  /** The report as JSON text (what "Télécharger (JSON)" saves). */
  jsonText(): string {
    return this.report ? `${JSON.stringify(this.report, null, 2)}\n` : '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page while loading: the load was aborted on disconnect, start it again.
    if (this.hasUpdated && this.status !== 'ready') void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    this.loadId += 1;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    needReportLocale(this.localize.locale);
    if (changed.has('src') || changed.has('data') || changed.has('staleMonths')) void this.load();
  }

  private get level(): number {
    const n = Math.floor(this.headingLevel);
    return Number.isFinite(n) ? Math.min(6, Math.max(1, n)) : 2;
  }

  private async load(): Promise<void> {
    const id = ++this.loadId;
    this.abort?.abort();
    this.abort = undefined;
    if (!this.isConnected) return;
    if (this.data === undefined && !this.src) {
      this.status = 'idle';
      return;
    }
    this.status = 'loading';
    // The hours parser is a lazy chunk: fetched while the file downloads.
    const engine = loadHoursEngine().catch(() => undefined);
    try {
      let input: readonly Venue[] | string | ArrayBuffer;
      if (this.data !== undefined) {
        input = await this.data;
      } else {
        const controller = new AbortController();
        this.abort = controller;
        const response = await fetch(new URL(this.src, document.baseURI), { signal: controller.signal, credentials: 'same-origin' });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        // Bytes, not response.text() (always UTF-8): the data layer decodes them (Windows-1252 of Excel…).
        input = await response.arrayBuffer();
      }
      const loaded = await engine;
      if (id !== this.loadId) return;
      const options: QualityOptions = { staleMonths: this.staleMonths > 0 ? this.staleMonths : 12, ...(loaded ? { checkHours: hoursChecker(loaded) } : {}) };
      let venues: readonly Venue[];
      let report: QualityReport;
      if (typeof input !== 'string' && !(input instanceof ArrayBuffer)) {
        venues = (Array.isArray(input) ? input : []).filter((v: Venue) => v !== null && typeof v === 'object');
        report = qualityReport(venues, [], options);
      } else {
        // In a worker when possible (the parser is never loaded into the page then), else in a lazy chunk.
        ({ venues, report } = await loadVenuesOffMainThread(input, { ...options, signal: this.abort?.signal }));
        if (id !== this.loadId) return;
      }
      const records = new Map<string, number>();
      venues.forEach((v, i) => {
        if (!records.has(v.id)) records.set(v.id, i + 1);
      });
      this.result = { report, records };
      this.status = 'ready';
      const problems = problemCount(report);
      announce(this.summaryText(report.total, problems), 'polite');
      this.dispatchEvent(new CustomEvent('pv-venue-report-ready', { bubbles: true, composed: true, detail: { total: report.total, problems } }));
    } catch (error) {
      if (id !== this.loadId) return;
      this.result = undefined;
      this.errorKind = error instanceof VenueDataError ? 'data' : 'network';
      this.status = 'error';
    }
  }

  private summaryText(total: number, problems: number): string {
    const t = this.localize;
    return t.t('report.summary', { venues: t.t('report.venues', { count: total }), problems: t.t('report.problems', { count: problems }) });
  }

  private download(kind: 'csv' | 'json'): void {
    if (!this.report) return;
    const t = this.localize;
    // Blob + object URL + temporary <a download>: no navigation, allowed under a strict CSP.
    if (kind === 'csv') downloadText(t.t('report.csvFile'), this.csvText(), 'text/csv;charset=utf-8');
    else downloadText(t.t('report.jsonFile'), this.jsonText(), 'application/json;charset=utf-8');
  }

  protected override render(): TemplateResult {
    const t = this.localize;
    switch (this.status) {
      case 'loading':
        return html`<p class="loading" role="status">${t.t('report.loading')}</p>`;
      case 'error':
        return html`<div class="error" role="alert">
          ${heading(this.level, 'error-heading', t.t('report.errorHeading'))}
          <p>${t.t(this.errorKind === 'data' ? 'report.errorData' : 'report.error')}</p>
          <button type="button" class="btn" @click=${() => this.reload()}>${t.t('report.retry')}</button>
        </div>`;
      case 'ready':
        return this.renderReport();
      default:
        return html``;
    }
  }

  private renderReport(): TemplateResult {
    const t = this.localize;
    const { report, records } = this.result!;
    const sections = reportSections(report, (id) => records.get(id));
    const problems = sections.reduce((sum, s) => sum + s.count, 0);
    const passed = passedKinds(report, sections);
    const encoding = encodingLabel(report);
    return html`<div class="report">
      <p class="summary" part="summary">${this.summaryText(report.total, problems)}</p>
      ${problems === 0 && report.total > 0 ? html`<p class="clean">${t.t('report.clean')}</p>` : nothing}
      ${report.unparsableHours === undefined ? html`<p class="note">${t.t('report.hoursNotChecked')}</p>` : nothing}
      ${encoding ? html`<p class="note encoding">${t.t('report.encoding', { name: encoding })}</p>` : nothing}
      <div class="downloads" part="downloads" role="group" aria-label=${t.t('report.downloads')}>
        <button type="button" class="btn" data-format="csv" @click=${() => this.download('csv')}>${t.t('report.downloadCsv')}</button>
        <button type="button" class="btn" data-format="json" @click=${() => this.download('json')}>${t.t('report.downloadJson')}</button>
      </div>
      ${sections.map((s, i) => this.renderSection(s, i, report))}
      ${problems > 0 && passed.length > 0
        ? html`<p class="passed">${t.t('report.passed', { list: passed.map((k) => t.t(`report.kinds.${k}.short`)).join(', ') })}</p>`
        : nothing}
    </div>`;
  }

  private renderSection(section: ReportSection, index: number, report: QualityReport): TemplateResult {
    const t = this.localize;
    const id = `section-${index}`;
    const title = t.t(`report.kinds.${section.kind}.title`, { field: section.field ?? '', months: report.staleMonths });
    return html`<section class="section" part="section" aria-labelledby=${id} data-kind=${section.kind} data-key=${section.key ?? nothing}>
      ${heading(this.level, id, title)}
      <p class="count">${t.t('report.sectionCount', { count: section.count })}</p>
      <p class="effect">${t.t('report.effect', { text: t.t(`report.kinds.${section.kind}.effect`) })}</p>
      ${section.values ? this.renderValues(section) : nothing}
      ${section.warnings ? html`<ul class="warnings">${section.warnings.map((w) => html`<li>${w}</li>`)}</ul>` : nothing}
      ${section.sample !== undefined ? html`<p class="sample">${t.t('report.sample', { text: section.sample })}</p>` : nothing}
      ${section.rows.length > 0 ? this.renderRows(section) : nothing}
    </section>`;
  }

  private renderValues(section: ReportSection): TemplateResult {
    const t = this.localize;
    const values = section.values!;
    const shown = values.slice(0, MAX_VALUES);
    return html`<table class="values">
        <caption>${t.t('report.valuesCaption', { field: section.field ?? '' })}</caption>
        <thead><tr><th scope="col">${t.t('report.columns.value')}</th><th scope="col">${t.t('report.columns.occurrences')}</th></tr></thead>
        <tbody>${shown.map(([value, count]) => html`<tr><td>${value}</td><td class="number">${this.localize.number(count)}</td></tr>`)}</tbody>
      </table>
      ${values.length > shown.length ? html`<p class="more">${t.t('report.moreValues', { count: values.length - shown.length })}</p>` : nothing}`;
  }

  private renderRows(section: ReportSection): TemplateResult {
    const t = this.localize;
    const shown = section.rows.length;
    const caption = shown < section.count ? t.t('report.caption', { count: section.count, shown }) : t.t('report.captionAll', { count: section.count });
    const text = (value: string, empty: string) => (value.trim() === '' ? html`<span class="empty">${empty}</span>` : value);
    return html`<table class="examples">
      <caption>${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${t.t('report.columns.record')}</th>
          <th scope="col">${t.t('report.columns.id')}</th>
          <th scope="col">${t.t('report.columns.name')}</th>
          <th scope="col">${t.t('report.columns.field')}</th>
          <th scope="col">${t.t('report.columns.value')}</th>
        </tr>
      </thead>
      <tbody>
        ${section.rows.map(
          (row) => html`<tr>
            <td class="number">${row.record ?? ''}</td>
            <td>${row.id}</td>
            <th scope="row">${text(row.name, t.t('report.noName'))}</th>
            <td>${row.field}</td>
            <td>${text(row.value, t.t('report.emptyValue'))}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

/** A heading of a level chosen at run time, without unsafeStatic. */
function heading(level: number, id: string, text: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 id=${id}>${text}</h1>`;
    case 3:
      return html`<h3 id=${id}>${text}</h3>`;
    case 4:
      return html`<h4 id=${id}>${text}</h4>`;
    case 5:
      return html`<h5 id=${id}>${text}</h5>`;
    case 6:
      return html`<h6 id=${id}>${text}</h6>`;
    default:
      return html`<h2 id=${id}>${text}</h2>`;
  }
}

define('pv-venue-report', PvVenueReport);

declare global {
  interface HTMLElementTagNameMap {
    'pv-venue-report': PvVenueReport;
  }
}
