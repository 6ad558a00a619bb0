import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { announce, define, LocalizeController, PvElement, safeUrl } from '@parvis/core';
import type { ColumnFilter, GroupQuery, Measure, RowSource, SortKey, TableQuery, ViewColumn } from '../model.js';
import type { ReadProgress, ReadSource, TablePreview } from '../source/read.js';
import type { Delimiter } from '../source/sniff.js';
import '../table/table.js';
import type { SortChangeDetail } from '../table/table.js';
import { DataSession, SessionError } from './session.js';
import type { ApiSession } from './api-session.js';
import type { SchemaSummary, TableSummary } from './protocol.js';
import type { Words } from './filters.js';
import type { ChartChoice } from './chart-panel.js';
import { needViewerLocale, viewerMessages } from './messages.js';
import { viewerStyles } from './viewer.styles.js';

type Status = 'idle' | 'loading' | 'ready' | 'error';
/** Columns with at most this many distinct values get a pick-list instead of a text field. */
const PICK_LIST_MAX = 12;
/** Columns of the preview of a file being read (a wide file is seen whole once read). */
const PREVIEW_COLUMNS = 20;
type View = 'table' | 'chart';
type ChartType = 'bar' | 'line' | 'pie';

const DEBOUNCE_MS = 200;
const DELIMITERS: readonly string[] = [',', ';', '\t', '|'];
const ENCODING_DAMAGE = new Set(['replacement-chars', 'mojibake', 'invalid-utf8']);

/**
 * An open-data file (CSV or JSON) as an accessible table people can search, filter, sort and
 * download, and a chart. The file is read and queried in a worker, so the page stays responsive
 * with hundreds of thousands of rows; only the rows on screen reach the page.
 *
 * ```html
 * <pv-data-viewer src="/donnees/subventions-2025.csv" label="Subventions 2025"></pv-data-viewer>
 * ```
 *
 * @summary Tableau et graphique d’un fichier de données ouvertes.
 * @status experimental
 * @since 0.1.0
 * @csspart toolbar - the search, filters and downloads
 * @fires pv-data-loaded - when the data is read; `detail: { rows, columns }`
 */
export class PvDataViewer extends PvElement {
  static override styles = [...(PvElement.styles as []), ...viewerStyles];

  /** URL of the CSV or JSON file (same origin, or a server that allows CORS). */
  @property() accessor src = '';
  /**
   * An open-data API instead of a file: `tabular` (data.gouv.fr), `ckan`, `ods` (Opendatasoft) or
   * `datasette`, with `base` (the API's root) and `resource`, `dataset` or `database` + `table`.
   * The server filters, sorts and pages; only the rows shown are requested.
   */
  @property() accessor api = '';
  @property() accessor base = '';
  @property() accessor resource = '';
  @property({ attribute: 'dataset' }) accessor datasetId = '';
  @property() accessor database = '';
  @property() accessor table = '';
  /**
   * URL of a Table Schema (Frictionless, as on schema.data.gouv.fr): column titles and
   * descriptions, the allowed values of a column as its filter's pick-list, numbers read with its
   * `decimalChar`/`groupChar`, and every cell checked: invalid cells are marked and counted.
   */
  @property() accessor schema = '';
  /**
   * Keeps the search, sort, filters and view in the page's address (`?pv-q=…&pv-sort=-montant`), so
   * a view can be bookmarked and shared. Off by default: the host page owns its URL.
   */
  @property({ type: Boolean, attribute: 'url-state' }) accessor urlState = false;
  /** Prefix of the address parameters (`pv-`): another one for each viewer when a page has several. */
  @property({ attribute: 'url-prefix' }) accessor urlPrefix = 'pv-';
  /** The Table Schema itself (JSON object) given by the page, instead of `schema`. */
  @property({ attribute: false }) accessor schemaData: object | undefined = undefined;
  /** Title of the table (its caption) and of the chart; default: the file's name. */
  @property() accessor label = '';
  /** Separator of the CSV when guessing is not wanted: `,`, `;`, `tab` or `|`. */
  @property() accessor delimiter = '';
  /** Rows per page in the paged mode, and the paged mode at first (`paged`). */
  @property({ type: Boolean }) accessor paged = false;
  @property({ type: Number, attribute: 'page-size' }) accessor pageSize = 50;
  /** What is shown first: `table` (default) or `chart`. */
  @property() accessor view: View = 'table';
  /** Chart: `bar` (default), `line` or `pie`. */
  @property({ attribute: 'chart-type' }) accessor chartType: ChartType = 'bar';
  /** Chart: name of the column whose values make the groups (default: the first text column). */
  @property({ attribute: 'chart-by' }) accessor chartBy = '';
  /** Chart: `count` (default), `sum` or `avg` of `chart-value`. */
  @property({ attribute: 'chart-measure' }) accessor chartMeasure: Measure = 'count';
  /** Chart: name of the numeric column summed or averaged. */
  @property({ attribute: 'chart-value' }) accessor chartValue = '';
  /** Data given by the page instead of `src`: the text of a CSV or JSON file, a Blob (a File), or a promise of either. */
  @property({ attribute: false }) accessor data: string | Blob | Promise<string | Blob> | undefined = undefined;
  /** Hides the download buttons. */
  @property({ type: Boolean, attribute: 'no-download' }) accessor noDownload = false;

  @state() private accessor status: Status = 'idle';
  @state() private accessor error = '';
  @state() private accessor progress: ReadProgress | undefined = undefined;
  /** The first rows of a big file, shown as written while the rest is read. */
  @state() private accessor preview: TablePreview | undefined = undefined;
  @state() private accessor summary: TableSummary | undefined = undefined;
  /** What the schema says, above the table: loaded only when a schema is given. */
  @state() private accessor schemaUi: typeof import('./schema-panel.js') | undefined = undefined;
  /** `schema` was given but could not be read: the table is shown unchecked, and says so. */
  @state() private accessor schemaFailed = false;
  @state() private accessor columns: ViewColumn[] = [];
  @state() private accessor total = 0;
  @state() private accessor search = '';
  @state() private accessor filters: ColumnFilter[] = [];
  @state() private accessor sort: SortKey[] = [];
  @state() private accessor hiddenColumns: ReadonlySet<number> = new Set();
  @state() private accessor source: RowSource | null = null;
  @state() private accessor shownView: View = 'table';
  @state() private accessor chartStatus: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  @state() private accessor groups: import('../model.js').Group[] = [];
  @state() private accessor chart: ChartChoice = { type: 'bar', by: -1, measure: 'count', value: -1 };
  /** The chart view (chart element and its options): loaded when the chart is first shown. */
  private chartUi: typeof import('./chart-panel.js') | undefined;

  private readonly localize = new LocalizeController(this, viewerMessages);
  private session: DataSession | ApiSession | undefined;
  private abort: AbortController | undefined;
  private loadId = 0;
  private queryId = 0;
  private debounce: number | undefined;
  private lastCount = '';
  private focusAfterUpdate: (() => void) | undefined;

  /** Reads the file again (after an error or a cancel). */
  reload(): void {
    void this.load();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.status !== 'ready') void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    this.loadId += 1;
    this.session?.close();
    this.session = undefined;
    clearTimeout(this.debounce);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    needViewerLocale(this.localize.locale);
    if (['src', 'data', 'delimiter', 'schema', 'schemaData', 'api', 'base', 'resource', 'datasetId', 'database', 'table'].some((k) => changed.has(k as never))) void this.load();
    if (changed.has('view')) this.shownView = this.view === 'chart' ? 'chart' : 'table';
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.urlState && this.status === 'ready' && (['search', 'sort', 'filters', 'shownView', 'status'] as const).some((k) => changed.has(k as never))) {
      void this.writeUrlState();
    }
    if (this.status === 'ready') {
      const count = this.countText();
      if (count !== this.lastCount) {
        this.lastCount = count;
        announce(count, 'polite');
      }
    }
    const focus = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    focus?.();
  }

  private readonly t: Words = (key, params) => this.localize.t(key as never, params);

  private async load(): Promise<void> {
    const id = ++this.loadId;
    this.abort?.abort();
    this.session?.close();
    this.session = undefined;
    if (!this.isConnected) return;
    if (this.api) return this.loadApi(id);
    const given = this.data;
    const url = given === undefined && this.src ? safeUrl(this.src, document.baseURI) : undefined;
    if (given === undefined && (!url || !/^https?:/.test(url))) {
      this.status = this.src ? 'error' : 'idle';
      this.error = this.src ? this.t('viewer.badAddress') : '';
      return;
    }
    const controller = new AbortController();
    this.abort = controller;
    this.status = 'loading';
    this.progress = undefined;
    this.preview = undefined;
    this.lastCount = '';
    try {
      const [content, schema] = await Promise.all([given, this.fetchSchema()]);
      if (id !== this.loadId) return;
      const source: ReadSource = content === undefined ? { url: url! } : { blob: typeof content === 'string' ? new Blob([content], { type: 'text/plain;charset=utf-8' }) : content };
      const delimiter = (this.delimiter === 'tab' ? '\t' : this.delimiter) as Delimiter;
      const session = await DataSession.open(
        source,
        { ...(DELIMITERS.includes(delimiter) ? { delimiter } : {}), ...(schema !== undefined ? { schema } : {}), signal: controller.signal, onProgress: (p) => this.onProgress(id, p) },
      );
      if (id !== this.loadId) return session.close();
      this.session = session;
      this.summary = session.summary;
      this.columns = this.withSchema(await this.viewColumns(session), session.summary.schema);
      if (id !== this.loadId) return;
      this.filters = [];
      this.search = '';
      this.sort = [];
      this.hiddenColumns = new Set();
      this.chart = this.initialChart();
      if (this.urlState) await this.readUrlState();
      await this.runQuery();
      if (id !== this.loadId) return;
      this.status = 'ready';
      this.dispatchEvent(new CustomEvent('pv-data-loaded', { bubbles: true, composed: true, detail: { rows: session.summary.rowCount, columns: this.columns.length } }));
      void this.needFilters();
      if (this.shownView === 'chart') void this.showChart();
    } catch (error) {
      if (id !== this.loadId) return;
      this.status = 'error';
      this.error = this.describe(error);
    }
  }

  private onProgress(id: number, progress: ReadProgress): void {
    if (id !== this.loadId) return;
    this.progress = progress;
    if (progress.preview) this.preview = progress.preview;
  }

  /** An API source: described by the server, then queried page by page. */
  private async loadApi(id: number): Promise<void> {
    const controller = new AbortController();
    this.abort = controller;
    this.status = 'loading';
    this.progress = undefined;
    this.preview = undefined;
    this.lastCount = '';
    try {
      // The API adapters are a chunk of their own: a page showing a file never downloads them.
      const { ApiSession } = await import('./api-session.js');
      const session = await ApiSession.open(
        { api: this.api, base: this.base, resource: this.resource, dataset: this.datasetId, database: this.database, table: this.table },
        controller.signal,
      );
      if (id !== this.loadId) return;
      this.session = session;
      this.summary = session.summary;
      // named by the API's field (a shared link's `pv-f.<field>` survives a new label), shown by its title
      this.columns = session.summary.columns.map((c) => ({ name: c.sourceName || c.name, title: c.name, type: c.type }));
      this.filters = [];
      this.search = '';
      this.sort = [];
      this.hiddenColumns = new Set();
      this.shownView = 'table';
      if (this.urlState) await this.readUrlState();
      await this.runQuery();
      if (id !== this.loadId) return;
      this.status = 'ready';
      this.dispatchEvent(new CustomEvent('pv-data-loaded', { bubbles: true, composed: true, detail: { rows: session.summary.rowCount, columns: this.columns.length } }));
      void this.needFilters();
    } catch (error) {
      if (id !== this.loadId) return;
      this.status = 'error';
      this.error = this.describe(error);
    }
  }

  private textLang(): 'fr' | 'en' {
    return this.localize.locale === 'en' ? 'en' : 'fr';
  }

  private describe(error: unknown): string {
    if (error instanceof SessionError) return error.data[this.textLang()];
    if (error instanceof DOMException && error.name === 'AbortError') return this.t('viewer.cancelled');
    return `${this.t('viewer.errorHeading')} (${error instanceof Error ? error.message : String(error)})`;
  }

  /** Columns as shown; text columns with few distinct values get a pick-list. */
  private async viewColumns(session: DataSession): Promise<ViewColumn[]> {
    return Promise.all(
      session.summary.columns.map(async (c, i): Promise<ViewColumn> => {
        const column: ViewColumn = { name: c.name, title: c.name, type: c.type };
        if (c.type === 'text' || c.type === 'code') {
          const values = await session.fewValues(i, PICK_LIST_MAX);
          // A pick-list for categories: few values, and repeated (a column of unique names is not one);
          // not for a column with one value in every row (choosing it would filter nothing).
          if (values && values.length > 1 && values.length < session.summary.rowCount) column.values = values.sort((a, b) => a.localeCompare(b, 'fr'));
        }
        return column;
      }),
    );
  }

  private urlStateModule: Promise<typeof import('./viewer-url-state.js')> | undefined;
  /** The filter controls: loaded once the table is shown (not needed for its first paint). */
  @state() private accessor filterUi: typeof import('./filters.js') | undefined = undefined;
  private filterModule: Promise<typeof import('./filters.js')> | undefined;

  private needFilters(): Promise<typeof import('./filters.js')> {
    return (this.filterModule ??= import('./filters.js').then((module) => (this.filterUi = module)));
  }

  /** The state of the page's address, for the columns of this file (what does not fit is dropped). */
  private async readUrlState(): Promise<void> {
    this.urlStateModule ??= import('./viewer-url-state.js');
    const { readViewerState, applicableState } = await this.urlStateModule;
    const read = readViewerState(location.search, this.columns, this.urlPrefix || 'pv-');
    const can = this.summary?.capabilities; // an API's: only what it applies
    const saved = can ? applicableState(read, this.columns, can) : read;
    this.search = saved.search;
    this.sort = saved.sort;
    this.filters = saved.filters;
    if (saved.view === 'chart') this.shownView = 'chart';
  }

  private async writeUrlState(): Promise<void> {
    this.urlStateModule ??= import('./viewer-url-state.js');
    const { writeViewerState } = await this.urlStateModule;
    const state = { search: this.search, sort: this.sort, filters: this.filters, view: this.shownView };
    const next = writeViewerState(state, this.columns, new URL(location.href), this.urlPrefix || 'pv-');
    if (next !== location.href) history.replaceState(history.state, '', next);
  }

  /**
   * The Table Schema of `schema` as JSON, read by the session (in the worker) with the file. None,
   * unreachable or not JSON: the table works without, and says so (`schemaFailed`).
   */
  private async fetchSchema(): Promise<unknown> {
    this.schemaFailed = false;
    // the report's code comes with the schema (a failed download only leaves the report out)
    if (this.schemaData || this.schema) this.schemaUi ??= await import('./schema-panel.js').catch(() => undefined);
    if (this.schemaData) return this.schemaData;
    const url = this.schema ? safeUrl(this.schema, document.baseURI) : undefined;
    if (!this.schema) return undefined;
    try {
      if (!url || !/^https?:/.test(url)) throw new Error('address');
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(String(response.status));
      const json: unknown = await response.json();
      if (typeof json !== 'object' || json === null || !Array.isArray((json as { fields?: unknown }).fields)) throw new Error('fields');
      return json;
    } catch {
      this.schemaFailed = true;
      return undefined;
    }
  }

  /** Titles, descriptions and allowed values from the schema (its fields are matched by column name). */
  private withSchema(columns: ViewColumn[], schema: SchemaSummary | undefined): ViewColumn[] {
    if (!schema) return columns;
    return columns.map((column, i) => {
      const field = schema.columns[i];
      if (!field) return column;
      return {
        ...column,
        title: field.title || column.name,
        ...(field.description ? { description: field.description } : {}),
        ...(field.values && field.values.length <= 50 ? { values: field.values } : {}),
      };
    });
  }

  private initialChart(): PvDataViewer['chart'] {
    const index = (name: string) => this.columns.findIndex((c) => c.name === name);
    // Groups make sense on a column of categories: the first with few distinct values, else the first text.
    const categories = this.columns.findIndex((c) => (c.type === 'text' || c.type === 'code') && c.values !== undefined);
    const firstText = categories >= 0 ? categories : this.columns.findIndex((c) => c.type === 'text' || c.type === 'code');
    const firstNumber = this.columns.findIndex((c) => c.type === 'number' || c.type === 'integer');
    const by = index(this.chartBy) >= 0 ? index(this.chartBy) : Math.max(0, firstText);
    const value = index(this.chartValue) >= 0 ? index(this.chartValue) : firstNumber;
    const measure = value >= 0 && ['count', 'sum', 'avg'].includes(this.chartMeasure) ? this.chartMeasure : 'count';
    const type = ['bar', 'line', 'pie'].includes(this.chartType) ? this.chartType : 'bar';
    return { type, by, measure, value };
  }

  private query(): TableQuery {
    return { search: this.search, filters: this.filters, sort: this.sort };
  }

  /** Sends the query to the worker; the table gets a new row source (its rows are fetched on demand). */
  private async runQuery(): Promise<void> {
    const session = this.session;
    if (!session) return;
    const id = ++this.queryId;
    const total = await session.query(this.query());
    if (id !== this.queryId || session !== this.session) return;
    this.total = total;
    const notes = session instanceof DataSession && session.summary.schema?.invalid
      ? async (start: number, end: number) => (await session.notes(start, end)).map((n) => ({ row: n.row, column: n.column, text: n[this.textLang()] }))
      : undefined;
    this.source = { columns: this.columns, rowCount: total, rows: (start, end) => session.rows(start, end), ...(notes ? { notes } : {}) };
    if (this.shownView === 'chart') void this.loadGroups();
  }

  private countText(): string {
    return this.t('viewer.count', { count: this.total, total: this.summary?.rowCount ?? 0 });
  }

  // ── Events ────────────────────────────────────────────────────────────────────────────────────

  private onSearch(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.debounce);
    this.debounce = window.setTimeout(() => {
      this.search = value;
      void this.runQuery();
    }, DEBOUNCE_MS);
  }

  private setFilter(column: number, part: string, raw: string): void {
    const previous = this.filters.find((f) => f.column === column);
    const next = this.filterUi?.updateFilter(previous, column, part, raw);
    this.filters = [...this.filters.filter((f) => f.column !== column), ...(next ? [next] : [])];
    void this.runQuery();
  }

  private removeFilter(column: number, position: number): void {
    this.filters = this.filters.filter((f) => f.column !== column);
    this.lastCount = '';
    void this.runQuery();
    this.focusAfterUpdate = () => {
      const chips = this.renderRoot.querySelectorAll<HTMLElement>('.active pv-tag');
      (chips[Math.min(position, chips.length - 1)] ?? this.firstControl())?.focus();
    };
  }

  private resetFilters(): void {
    this.filters = [];
    this.lastCount = '';
    void this.runQuery();
    this.focusAfterUpdate = () => this.firstControl()?.focus();
  }

  /** Where focus goes once the filters are gone: the search field, or the filters' panel when there is none. */
  private firstControl(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('#search, .panel > summary');
  }

  private onSort(event: CustomEvent<SortChangeDetail>): void {
    this.sort = [{ column: event.detail.column, direction: event.detail.direction }];
    void this.runQuery();
  }

  private toggleColumn(index: number, shown: boolean): void {
    const next = new Set(this.hiddenColumns);
    if (shown) next.delete(index);
    else if (next.size < this.columns.length - 1) next.add(index); // at least one column stays
    this.hiddenColumns = next;
  }

  private async download(format: 'csv' | 'csv-excel' | 'json'): Promise<void> {
    const session = this.session;
    if (!session) return;
    const columns = this.columns.map((_, i) => i).filter((i) => !this.hiddenColumns.has(i));
    const [text, { downloadText }] = await Promise.all([
      session.export({ format: format === 'json' ? 'json' : 'csv', excel: format === 'csv-excel', columns }),
      import('@parvis/core/csv'),
    ]);
    const base = (this.label || this.fileName() || this.resource || this.datasetId || this.table || 'donnees').replace(/\.[a-z0-9]+$/i, '');
    downloadText(`${base}.${format === 'json' ? 'json' : 'csv'}`, text, format === 'json' ? 'application/json;charset=utf-8' : 'text/csv;charset=utf-8');
    announce(this.t('viewer.downloaded', { count: this.total }), 'polite');
  }

  private fileName(): string {
    try {
      return decodeURIComponent(new URL(this.src, document.baseURI).pathname.split('/').pop() ?? '');
    } catch {
      return '';
    }
  }

  // ── Chart (a lazy chunk) ──────────────────────────────────────────────────────────────────────

  private async showView(view: View): Promise<void> {
    this.shownView = view;
    if (view === 'chart') await this.showChart();
  }

  private async showChart(): Promise<void> {
    if (this.chartStatus === 'idle' || this.chartStatus === 'error') {
      this.chartStatus = 'loading';
      try {
        this.chartUi = await import('./chart-panel.js');
        this.chartStatus = 'ready';
      } catch {
        this.chartStatus = 'error';
        return;
      }
    }
    await this.loadGroups();
  }

  private async loadGroups(): Promise<void> {
    const { by, measure, value, type } = this.chart;
    if (!this.session || by < 0) return;
    const query: GroupQuery = { by, measure: value >= 0 ? measure : 'count', ...(value >= 0 ? { value } : {}), limit: type === 'pie' ? 6 : 12, order: type === 'line' ? 'label' : 'value' };
    this.groups = await this.session.groups(query);
  }

  private setChart(part: keyof PvDataViewer['chart'], raw: string): void {
    const value = part === 'type' || part === 'measure' ? raw : Number(raw);
    this.chart = { ...this.chart, [part]: value };
    void this.loadGroups();
  }

  // ── Rendering ─────────────────────────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    switch (this.status) {
      case 'loading':
        return this.renderLoading();
      case 'error':
        return html`<div class="error" role="alert">
          <p class="heading">${this.t('viewer.errorHeading')}</p>
          <p>${this.error}</p>
          <button type="button" class="btn" @click=${() => this.reload()}>${this.t('viewer.retry')}</button>
        </div>`;
      case 'ready':
        return this.renderReady();
      default:
        return html``;
    }
  }

  private renderLoading(): TemplateResult {
    const p = this.progress;
    const size = (n: number) => this.localize.number(n / 1e6, { maximumFractionDigits: 1 }) + '\u00a0Mo';
    const text = !p ? '' : p.total ? this.t('viewer.progress', { loaded: size(p.loaded), total: size(p.total), rows: this.localize.number(p.rows) }) : this.t('viewer.progressUnknown', { loaded: size(p.loaded), rows: this.localize.number(p.rows) });
    return html`<div class="loading" role="status">
      <label for="progress">${this.t('viewer.loading')}</label>
      <progress id="progress" max=${p?.total ?? nothing} value=${p?.total ? p.loaded : nothing}></progress>
      <span class="progress-text">${text}</span>
      <button type="button" class="btn" @click=${() => this.abort?.abort()}>${this.t('viewer.cancel')}</button>
    </div>${this.renderPreview()}`;
  }

  /** The first rows as written, while a big file is read: a plain table, outside the status region. */
  private renderPreview(): TemplateResult | typeof nothing {
    const preview = this.preview;
    if (!preview) return nothing;
    const columns = preview.columns.slice(0, PREVIEW_COLUMNS);
    return html`<div class="preview" role="region" tabindex="0" aria-labelledby="preview-caption">
      <table>
        <caption id="preview-caption">${this.t('viewer.preview', { count: preview.rows.length })}</caption>
        <thead>
          <tr>${columns.map((name) => html`<th scope="col">${name}</th>`)}</tr>
        </thead>
        <tbody>
          ${preview.rows.map((row) => html`<tr>${columns.map((_, c) => html`<td>${row[c] ?? ''}</td>`)}</tr>`)}
        </tbody>
      </table>
    </div>`;
  }

  private renderReady(): TemplateResult {
    const caption = this.label || this.fileName();
    const chart = this.shownView === 'chart';
    return html`${this.renderSchema()}${this.renderRemarks()}
      <div class="toolbar" part="toolbar">
        ${this.summary?.capabilities?.search === false
          ? nothing // an API without search (data.gouv.fr Tabular): no field that would be ignored
          : html`<div class="field search" role="search">
              <label for="search">${this.t('viewer.search')}</label>
              <input id="search" type="search" autocomplete="off" .value=${this.search} @input=${this.onSearch} />
            </div>`}
        <details class="panel">
          <summary>${this.t('viewer.filters')}</summary>
          <div class="filters">${this.renderFilters()}</div>
        </details>
        <details class="panel">
          <summary>${this.t('viewer.columns')}</summary>
          <fieldset class="columns">
            <legend class="visually-hidden">${this.t('viewer.columns')}</legend>
            ${this.columns.map(
              (c, i) => html`<label class="choice"
                ><input type="checkbox" .checked=${!this.hiddenColumns.has(i)} @change=${(e: Event) => this.toggleColumn(i, (e.target as HTMLInputElement).checked)} /><span
                  >${c.title}${c.description ? html`<span class="description">${c.description}</span>` : nothing}</span
                ></label
              >`,
            )}
          </fieldset>
        </details>
      </div>
      ${this.renderActive()}
      <p class="count">${this.countText()}</p>
      <div class="views" role="group" aria-label=${this.t('viewer.views')}>
        <button type="button" class="btn" aria-pressed=${chart ? 'false' : 'true'} @click=${() => this.showView('table')}>${this.t('viewer.table')}</button>
        ${this.session?.canGroup === false
          ? nothing
          : html`<button type="button" class="btn" aria-pressed=${chart ? 'true' : 'false'} @click=${() => this.showView('chart')}>${this.t('viewer.chart')}</button>`}
        ${chart
          ? nothing
          : html`<label class="choice"><input type="checkbox" .checked=${this.paged} @change=${(e: Event) => (this.paged = (e.target as HTMLInputElement).checked)} />${this.t('viewer.paged')}</label>`}
      </div>
      ${chart ? this.renderChart(caption) : this.renderTable(caption)} ${this.renderDownloads()}`;
  }

  private renderTable(caption: string): TemplateResult {
    if (this.total === 0) return html`<p class="empty">${this.t('viewer.noResult')}</p>`;
    return html`<pv-data-table
      .source=${this.source}
      caption=${caption}
      .sort=${this.sort}
      .visibleColumns=${this.columns.map((_, i) => i).filter((i) => !this.hiddenColumns.has(i))}
      ?paged=${this.paged}
      page-size=${this.pageSize}
      @pv-sort-change=${this.onSort}
    ></pv-data-table>`;
  }

  private renderChart(caption: string): TemplateResult {
    const t = this.t;
    const panel = this.chartUi;
    if (this.chartStatus === 'loading' || (this.chartStatus === 'ready' && !panel)) return html`<p role="status">${t('viewer.chartLoading')}</p>`;
    if (this.chartStatus === 'error' || !panel) return html`<p class="error" role="alert">${t('viewer.chartError')}</p>`;
    return panel.renderChartPanel({ chart: this.chart, columns: this.columns, groups: this.groups, caption, t, set: (part, raw) => this.setChart(part, raw) });
  }

  private renderFilters(): TemplateResult | (TemplateResult | typeof nothing)[] {
    const ui = this.filterUi;
    if (!ui) return html`<p role="status">${this.t('viewer.loading')}</p>`;
    // an API's filters: only those it applies (absent for a file: all of them)
    return this.columns.map((c, i) => ui.renderColumnFilter(c, i, this.filters, this.t, { set: (col, part, raw) => this.setFilter(col, part, raw) }, this.summary?.capabilities));
  }

  private renderActive(): TemplateResult | typeof nothing {
    const filterLabel = this.filterUi?.filterLabel;
    if (this.filters.length === 0 || !filterLabel) return nothing;
    const number = (n: number) => this.localize.number(n);
    return html`<div class="active">
      <p class="label" id="active-label">${this.t('viewer.activeFilters')}</p>
      <ul aria-labelledby="active-label">
        ${this.filters.map((f, i) => {
          const label = filterLabel(f, this.columns[f.column]!, this.t, number);
          // pv-tag (defined by filters.ts): the viewer keeps the list, so it cancels the tag's own
          // removal, updates the query and moves the focus itself
          return html`<li>
            <pv-tag
              removable
              label=${label}
              @pv-remove=${(e: Event) => {
                e.preventDefault();
                this.removeFilter(f.column, i);
              }}
            ></pv-tag>
          </li>`;
        })}
      </ul>
      <button type="button" class="btn tertiary" @click=${this.resetFilters}>${this.t('viewer.reset')}</button>
    </div>`;
  }

  private renderDownloads(): TemplateResult | typeof nothing {
    if (this.noDownload || this.total === 0) return nothing;
    return html`<div class="downloads" role="group" aria-label=${this.t('viewer.downloads')}>
      <p class="label">${this.t('viewer.downloads')}</p>
      <button type="button" class="btn" @click=${() => this.download('csv-excel')}>${this.t('viewer.csvExcel')}</button>
      <button type="button" class="btn" @click=${() => this.download('csv')}>${this.t('viewer.csv')}</button>
      <button type="button" class="btn" @click=${() => this.download('json')}>${this.t('viewer.json')}</button>
    </div>`;
  }

  /** What the schema says of the file (schema-panel.ts, loaded only when a schema is given). */
  private renderSchema(): TemplateResult | typeof nothing {
    return this.schemaUi?.renderSchemaPanel(this.summary?.schema, this.schemaFailed, this.columns, this.t) ?? nothing;
  }

  private renderRemarks(): TemplateResult | typeof nothing {
    const s = this.summary;
    if (!s || s.issues.length === 0) return nothing;
    const count = Object.values(s.issueCounts).reduce((a, b) => a + (b ?? 0), 0);
    const damaged = s.issues.some((i) => ENCODING_DAMAGE.has(i.kind));
    const lang = this.textLang();
    return html`${damaged ? html`<p class="warning">${this.t('viewer.encodingWarning')}</p>` : nothing}
      <details class="remarks">
        <summary>${this.t('viewer.remarks', { count })}</summary>
        <ul>
          ${s.remarks[lang].map((text) => html`<li>${text}</li>`)}
        </ul>
      </details>`;
  }
}

define('pv-data-viewer', PvDataViewer);

declare global {
  interface HTMLElementTagNameMap {
    'pv-data-viewer': PvDataViewer;
  }
}
