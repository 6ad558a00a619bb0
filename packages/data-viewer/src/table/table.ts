import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { announce, define, LocalizeController, PvElement } from '@parvis/core';
import type { CellValue, RowSource, SortDirection, SortKey, ViewColumn } from '../model.js';
import { needTableLocale, tableMessages } from './messages.js';
import { tableStyles } from './table.styles.js';

/** Rows asked of the source at once (a sync source answers at once; a worker gets few messages). */
const CHUNK = 50;
/** Chunks kept (2,000 rows): scrolling back shows the rows without asking again. */
const KEEP = 40;
/** Rows rendered above and below the visible ones, so a fast scroll rarely shows a blank. */
const OVERSCAN = 8;
/** Elements in the shadow root at most (issue #5: ≤ 2,000, whatever the row and column counts). */
const MAX_ELEMENTS = 1950;
/** Rows of the first render, before the row height is known. */
const FIRST_ROWS = 30;
/** Row height guessed before the first measure (px). */
const GUESS_PX = 40;
/**
 * Tallest body the table gives the browser: Firefox caps a box at ~17.9 M px, Chromium at ~33.5 M px.
 * Beyond it (≈ 200,000 rows) the scroll position is scaled to a row number instead of 1 px = 1 px.
 */
const MAX_BODY_PX = 8_000_000;
/** Every digit the file wrote: Intl's default (3 decimals) would round 45.748512 to 45,749. */
const NUMBER: Intl.NumberFormatOptions = { maximumFractionDigits: 20 };
/** Years are numbers written without a thousands separator ("2017", not "2 017"). */
const YEAR: Intl.NumberFormatOptions = { maximumFractionDigits: 0, useGrouping: false };
const isYearColumn = (column: ViewColumn): boolean => column.type === 'integer' && /^(ann[ée]e|year|exercice|millésime|millesime)\b/i.test(column.name.trim());

type Chunk = readonly CellValue[][] | Error;

interface RowWindow {
  start: number;
  end: number;
  /** Spacer heights (px) above and below the rendered rows. */
  top: number;
  bottom: number;
}

/** What `pv-sort-change` says: the column (index in the source) and the order asked for. */
export interface SortChangeDetail {
  column: number;
  direction: SortDirection;
}

const isNumeric = (column: ViewColumn): boolean => column.type === 'integer' || column.type === 'number';
const clamp = (value: number, min: number, max: number): number => Math.max(min, Math.min(max, value));
const toError = (reason: unknown): Error => (reason instanceof Error ? reason : new Error(String(reason)));
const isThenable = (value: unknown): value is PromiseLike<CellValue[][]> => typeof (value as PromiseLike<unknown> | null)?.then === 'function';

/**
 * The rows of a data set as an accessible table: real table semantics (caption, header cells,
 * `aria-sort`, `aria-rowcount`/`aria-colcount`, `aria-rowindex` on each row), of which only the
 * visible rows are in the DOM, so the first paint is as fast for a million rows as for ten.
 * It shows the rows a `RowSource` gives (the viewer's query result): it neither sorts nor filters;
 * activating a header asks for an order (`pv-sort-change`) and the viewer gives a new source.
 *
 * Accessibility choices:
 * - A native `<table>` in a scrolling region (`role="region"`, named by the caption, `tabindex="0"`):
 *   arrow keys, Page Up/Down, Home/End scroll it natively, the sort buttons are in the Tab order.
 *   No APG "grid": a grid makes screen readers leave their reading mode and needs a roving focus
 *   that must survive rows being recycled; a real table is read with the screen reader's own table
 *   commands, which know the whole size from `aria-rowcount`.
 * - A screen reader's virtual cursor only reaches the rendered rows (about a screenful); the `paged`
 *   mode renders a whole page with "Page précédente / suivante" buttons for those who prefer it.
 * - Rows keep one line (no wrapping) so they all have the height measured once; wide tables scroll
 *   horizontally inside their own region, never the page (data tables are an exception to reflow).
 * - Values are always text (never HTML); numbers are formatted for the page's language (fr-FR
 *   "1 234,5") and right-aligned with tabular figures; booleans read Oui/Non; dates are localized.
 *
 * ```html
 * <pv-data-table caption="Communes du Rhône"></pv-data-table>
 * <script type="module">document.querySelector('pv-data-table').source = rowSource;</script>
 * ```
 *
 * @summary Tableau de données accessible, virtualisé ou paginé.
 * @status experimental
 * @since 0.1.0
 * @csspart scroll - the scrolling region around the table
 * @csspart table - the table
 * @csspart pager - the page buttons (paged mode)
 * @cssprop --pv-data-table-max-height - height of the scrolling region (default `min(36em, 80vh)`)
 * @fires pv-sort-change - a header was activated; `detail: { column, direction }` (the table does not sort itself)
 * @fires pv-page-change - paged mode: another page was chosen; `detail: { page, previousPage }` (as pv-pagination)
 */
export class PvDataTable extends PvElement {
  static override styles = [...(PvElement.styles as []), tableStyles];

  /** The rows to show (the viewer's query result). Null: "Aucune donnée à afficher". */
  @property({ attribute: false }) accessor source: RowSource | null = null;
  /** Title of the table (its caption, also the name of its scrolling region). Text only. */
  @property() accessor caption = '';
  /** The order the rows are in, shown by `aria-sort` and an arrow on the first key's header. */
  @property({ attribute: false }) accessor sort: SortKey | readonly SortKey[] | null = null;
  /** Indices of the columns shown, in order (the viewer's column chooser); null = every column. */
  @property({ attribute: false }) accessor visibleColumns: readonly number[] | null = null;
  /** Names of columns to hide, comma separated (ignored when `visibleColumns` is set). */
  @property({ attribute: 'hidden-columns' }) accessor hiddenColumns = '';
  /** One page at a time with "Page précédente / suivante" buttons, instead of a scrolling window. */
  @property({ type: Boolean, reflect: true }) accessor paged = false;
  /** Rows per page in paged mode. */
  @property({ type: Number, attribute: 'page-size' }) accessor pageSize = 50;
  /** The page shown in paged mode (from 1). */
  @property({ type: Number }) accessor page = 1;

  /** Bumped when rows arrive, so the table renders them. */
  @state() private accessor arrived = 0;

  private readonly localize = new LocalizeController(this, tableMessages);
  private cache = new Map<number, Chunk>();
  private pending = new Set<number>();
  /** Per chunk of rows: why some of its cells are invalid, by `row:column` (see `RowSource.notes`). */
  private noteChunks = new Map<number, Map<string, string>>();
  /** Answers asked for an older source are dropped (`settle`). */
  private generation = 0;
  private win: RowWindow = { start: 0, end: 0, top: 0, bottom: 0 };
  /** Measured once rows are shown (and again when the region is resized: text zoom). */
  private rowPx = 0;
  /** From the top of the scrolled content to the first row (caption + header). */
  private headPx = 0;
  /** Height of the sticky header row, which covers the top of the region. */
  private theadPx = 0;
  private scrollY = 0;
  private viewPx = 0;
  private resetScroll = false;
  private resizeObserver: ResizeObserver | undefined;
  private observed: HTMLElement | null = null;
  /** Widest each column has been (px), by column name: columns grow, never shrink (see holdWidths). */
  private widths = new Map<string, number>();
  private regionWidth = -1;
  private frame = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observed = null;
    cancelAnimationFrame(this.frame);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate(); // observe the region again (updated)
  }

  /**
   * Measures again when the region is resized (text zoom, narrower page); the first measure is made
   * in `updated`, so the first paint already shows a window fitted to the region.
   * The region is created again when the table appears after "Aucune donnée": observe the new one.
   */
  private observe(scroller: HTMLElement | null): void {
    if (scroller === this.observed || typeof ResizeObserver === 'undefined') return;
    // Only reads in the callback; the new window and widths come at the next frame: changing the
    // layout from the callback (or its microtasks) makes Firefox report a ResizeObserver loop.
    this.resizeObserver ??= new ResizeObserver(() => {
      this.measure();
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(this.resized);
    });
    if (this.observed) this.resizeObserver.unobserve(this.observed);
    if (scroller) this.resizeObserver.observe(scroller);
    this.observed = scroller;
  }

  private resized = (): void => {
    const width = this.observed?.clientWidth ?? 0;
    if (width !== this.regionWidth) {
      // a narrower or wider region: the widths kept for the old one no longer fit, start again
      if (this.regionWidth >= 0) {
        this.widths.clear();
        this.renderRoot.querySelectorAll<HTMLElement>('thead th').forEach((th) => th.style.removeProperty('width'));
        this.requestUpdate();
      }
      this.regionWidth = width;
    }
    this.onScroll();
  };

  private get scroller(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.scroll');
  }

  private measure(): void {
    const scroller = this.scroller;
    const spacer = scroller?.querySelector('.spacer');
    const row = scroller?.querySelector('tr.row') ?? scroller?.querySelector('tr.pending');
    if (!scroller) return;
    const height = row?.getBoundingClientRect().height;
    if (height) this.rowPx = height;
    this.theadPx = scroller.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    if (spacer) this.headPx = spacer.getBoundingClientRect().top - scroller.getBoundingClientRect().top - scroller.clientTop + scroller.scrollTop;
  }

  /** Scroll events and resizes: renders again only when the window of rows moves. */
  private onScroll = (): void => {
    const scroller = this.scroller;
    if (!scroller || this.paged) return;
    this.scrollY = scroller.scrollTop;
    this.viewPx = scroller.clientHeight;
    const next = this.windowFor();
    const current = this.win;
    if (next.start !== current.start || next.end !== current.end || next.top !== current.top) this.requestUpdate();
  };

  private get columns(): readonly ViewColumn[] {
    return this.source?.columns ?? [];
  }

  /** Indices of the columns shown. */
  private shownColumns(): number[] {
    const count = this.columns.length;
    if (this.visibleColumns) return this.visibleColumns.filter((i) => Number.isInteger(i) && i >= 0 && i < count);
    const hidden = new Set(this.hiddenColumns.split(',').map((name) => name.trim()).filter(Boolean));
    return this.columns.flatMap((column, i) => (hidden.has(column.name) ? [] : [i]));
  }

  private get pageRows(): number {
    return Number.isFinite(this.pageSize) && this.pageSize >= 1 ? Math.floor(this.pageSize) : 50;
  }

  private get pageCount(): number {
    return Math.max(1, Math.ceil((this.source?.rowCount ?? 0) / this.pageRows));
  }

  private get currentPage(): number {
    return clamp(Number.isFinite(this.page) ? Math.floor(this.page) : 1, 1, this.pageCount);
  }

  /**
   * The rows to render for the scroll position: those visible under the sticky header, plus an
   * overscan, within the element budget. Up to MAX_BODY_PX the body is as tall as its rows;
   * beyond, the scroll position picks a row number and the rows are placed where the region shows.
   */
  private windowFor(): RowWindow {
    const n = this.source?.rowCount ?? 0;
    // a header cell is 2 elements (th, button), a row 1 + a cell per column; at least a few rows
    const columns = this.shownColumns().length;
    const maxRows = Math.max(3, Math.floor((MAX_ELEMENTS - 12 - 2 * columns) / (columns + 1)));
    const rh = this.rowPx || GUESS_PX;
    if (!this.rowPx || !this.viewPx) {
      const end = Math.min(n, FIRST_ROWS, maxRows);
      return { start: 0, end, top: 0, bottom: Math.min(n * rh, MAX_BODY_PX) - end * rh };
    }
    const view = Math.max(rh, this.viewPx - this.theadPx);
    const visible = Math.ceil(view / rh) + 1;
    const y = Math.max(0, this.scrollY + this.theadPx - this.headPx);
    const full = n * rh;
    const body = Math.min(full, MAX_BODY_PX);
    const scaled = full > body;
    const range = Math.max(1, body - view);
    const first = clamp(scaled ? Math.round((Math.min(y, range) / range) * (n - visible)) : Math.floor(y / rh), 0, n);
    const start = clamp(first - OVERSCAN, 0, n);
    const end = Math.min(n, start + Math.min(maxRows, visible + 2 * OVERSCAN));
    const rows = (end - start) * rh;
    const top = scaled ? clamp(Math.round(y - (first - start) * rh), 0, Math.max(0, body - rows)) : start * rh;
    return { start, end, top, bottom: Math.max(0, body - top - rows) };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    needTableLocale(this.localize.locale);
    if (changed.has('source')) {
      // A new result (new sort, new filters): forget the rows of the old one, start from the top.
      this.generation += 1;
      this.cache.clear();
      this.noteChunks.clear();
      this.pending.clear();
      this.scrollY = 0;
      this.resetScroll = this.hasUpdated;
      if (this.hasUpdated && !changed.has('page')) this.page = 1;
    }
    if (this.paged) {
      const start = (this.currentPage - 1) * this.pageRows;
      this.win = { start, end: Math.min(this.source?.rowCount ?? 0, start + this.pageRows), top: 0, bottom: 0 };
    } else {
      this.win = this.windowFor();
    }
    this.request(this.win.start, this.win.end);
  }

  protected override updated(): void {
    const scroller = this.scroller;
    this.observe(scroller);
    if (this.resetScroll && scroller) scroller.scrollTop = 0;
    this.resetScroll = false;
    // Spacer heights through the CSSOM: a strict CSP (style-src without 'unsafe-inline') blocks
    // style attributes written in markup, not `element.style` set from script, and Trusted Types
    // (`require-trusted-types-for 'script'`) only guard HTML/script sinks. A constructable sheet
    // (`replaceSync`) would work too, but costs a sheet per table.
    const [top, bottom] = this.renderRoot.querySelectorAll<HTMLElement>('.spacer > td');
    top?.style.setProperty('height', `${this.win.top}px`);
    bottom?.style.setProperty('height', `${this.win.bottom}px`);
    this.holdWidths();
    if (!this.rowPx && !this.paged && scroller) {
      // The first measure (or the first rows of an async source): fit the window in a microtask,
      // still before paint (an update asked from updated() itself would be wasteful).
      this.measure();
      if (this.rowPx) queueMicrotask(this.onScroll);
    }
  }

  /**
   * An auto-layout table sizes its columns from the rows in the DOM, so columns would jump wider and
   * narrower as the window moves. Each header cell keeps the widest width its column has had (a
   * `width` on a cell is a minimum in auto layout), set through the CSSOM as the spacers are.
   */
  private holdWidths(): void {
    const shown = this.shownColumns();
    const cells = [...this.renderRoot.querySelectorAll<HTMLElement>('thead th')];
    // Every width read before any is written: reading after a write would lay the table out again,
    // once per column.
    const measured = cells.map((th) => Math.ceil(th.getBoundingClientRect().width));
    cells.forEach((th, i) => {
      const name = this.columns[shown[i]!]?.name ?? '';
      const width = Math.max(measured[i]!, this.widths.get(name) ?? 0);
      this.widths.set(name, width);
      if (th.style.getPropertyValue('width') !== `${width}px`) th.style.setProperty('width', `${width}px`);
    });
  }

  /** Asks the source for the chunks of rows `from`–`to` it has not given yet. */
  private request(from: number, to: number): void {
    const source = this.source;
    if (!source || to <= from) return;
    for (let c = Math.floor(from / CHUNK); c * CHUNK < to; c += 1) {
      const kept = this.cache.get(c);
      if (kept) {
        this.cache.delete(c); // most recently used last: the oldest go first
        this.cache.set(c, kept);
        continue;
      }
      if (this.pending.has(c)) continue;
      if (source.notes) this.requestNotes(source.notes.bind(source), c, Math.min(source.rowCount, (c + 1) * CHUNK));
      let answer: ReturnType<RowSource['rows']>;
      try {
        answer = source.rows(c * CHUNK, Math.min(source.rowCount, (c + 1) * CHUNK));
      } catch (error) {
        this.store(c, toError(error));
        continue;
      }
      if (isThenable(answer)) {
        const generation = this.generation;
        this.pending.add(c);
        answer.then(
          (rows) => this.settle(generation, c, rows),
          (error: unknown) => this.settle(generation, c, toError(error)),
        );
      } else {
        this.store(c, answer);
      }
    }
  }

  /** The notes of a chunk: asked with its rows; a failure only leaves the cells unmarked. */
  private requestNotes(notes: NonNullable<RowSource['notes']>, chunk: number, end: number): void {
    const generation = this.generation;
    notes(chunk * CHUNK, end).then(
      (list) => {
        if (generation !== this.generation || list.length === 0) return;
        this.noteChunks.set(chunk, new Map(list.map((n) => [`${n.row}:${n.column}`, n.text])));
        this.arrived += 1;
      },
      () => {},
    );
  }

  private settle(generation: number, chunk: number, rows: Chunk): void {
    if (generation !== this.generation) return; // the answer of an older source: stale
    this.pending.delete(chunk);
    this.store(chunk, rows);
    this.arrived += 1;
  }

  private store(chunk: number, rows: Chunk): void {
    this.cache.set(chunk, rows);
    if (this.cache.size > KEEP) {
      const oldest = this.cache.keys().next().value as number;
      this.cache.delete(oldest);
      this.noteChunks.delete(oldest);
    }
  }

  /** The values of row `index`; undefined while its chunk is on its way. */
  private rowAt(index: number): readonly CellValue[] | Error | undefined {
    const chunk = this.cache.get(Math.floor(index / CHUNK));
    if (!chunk || chunk instanceof Error) return chunk;
    return chunk[index % CHUNK] ?? [];
  }

  /** A value as text for the page's language (never HTML). */
  private text(value: CellValue | undefined, column: ViewColumn): string {
    if (value === null || value === undefined || value === '') return '';
    if (isNumeric(column) && typeof value === 'number') return Number.isFinite(value) ? this.localize.number(value, isYearColumn(column) ? YEAR : NUMBER) : '';
    if (column.type === 'boolean' && (typeof value === 'boolean' || value === 0 || value === 1)) {
      return this.localize.t(value ? 'table.yes' : 'table.no');
    }
    if (column.type === 'date') {
      const time = typeof value === 'number' ? value : Date.parse(String(value));
      if (!Number.isNaN(time)) {
        const withTime = typeof value === 'string' ? value.includes('T') || value.includes(' ') : time % 86_400_000 !== 0;
        return this.localize.date(time, withTime ? { dateStyle: 'short', timeStyle: 'short' } : { dateStyle: 'short' });
      }
    }
    return String(value);
  }

  /** The first sort key, whichever form `sort` was given in. */
  private get sortKey(): SortKey | undefined {
    const sort = this.sort;
    if (!sort) return undefined;
    return 'column' in sort ? sort : sort[0];
  }

  private sortBy(column: number): void {
    const key = this.sortKey;
    const direction: SortDirection = key?.column === column && key.direction === 'ascending' ? 'descending' : 'ascending';
    const detail: SortChangeDetail = { column, direction };
    this.dispatchEvent(new CustomEvent('pv-sort-change', { detail, bubbles: true, composed: true }));
  }

  private goTo(page: number): void {
    if (page < 1 || page > this.pageCount || page === this.currentPage) return;
    const previousPage = this.currentPage;
    this.page = page;
    this.dispatchEvent(new CustomEvent('pv-page-change', { detail: { page, previousPage }, bubbles: true, composed: true }));
    announce(this.localize.t('table.status', { page, total: this.pageCount }), 'polite');
  }

  private header(index: number, key: SortKey | undefined): TemplateResult {
    const column = this.columns[index]!;
    const sorted = key?.column === index ? key.direction : undefined;
    return html`<th scope="col" class=${isNumeric(column) ? 'num' : ''} aria-sort=${sorted ?? nothing}>
      <button type="button" @click=${() => this.sortBy(index)}>${column.title || column.name}</button>
    </th>`;
  }

  private row(index: number, shown: readonly number[]): TemplateResult {
    const values = this.rowAt(index);
    const rowIndex = index + 2; // the header row is row 1
    if (!values || values instanceof Error) {
      const message = this.localize.t(values ? 'table.rowsError' : 'table.loading');
      return html`<tr aria-rowindex=${rowIndex} class="pending"><td colspan=${shown.length}>${message}</td></tr>`;
    }
    const columns = this.columns;
    const notes = this.noteChunks.get(Math.floor(index / CHUNK));
    const offset = index % CHUNK;
    return html`<tr aria-rowindex=${rowIndex} class=${index % 2 ? 'row odd' : 'row'}>
      ${shown.map((c) => {
        const note = notes?.get(`${offset}:${c}`);
        const text = this.text(values[c], columns[c]!);
        if (note === undefined) return html`<td class=${isNumeric(columns[c]!) ? 'num' : ''}>${text}</td>`;
        // The mark is seen; the reason is read after the value (and shown on hover).
        return html`<td class=${isNumeric(columns[c]!) ? 'num invalid' : 'invalid'} title=${note}
          >${text}<span class="mark" aria-hidden="true">!</span><span class="visually-hidden">${this.localize.t('table.invalid', { message: note })}</span></td
        >`;
      })}
    </tr>`;
  }

  private renderPager(): TemplateResult {
    const page = this.currentPage;
    const total = this.pageCount;
    return html`<nav class="pager" part="pager" aria-label=${this.localize.t('table.pages')}>
      <button type="button" class="btn" aria-disabled=${page <= 1 ? 'true' : nothing} @click=${() => this.goTo(page - 1)}>
        ${this.localize.t('table.previous')}
      </button>
      <p class="status">${this.localize.t('table.status', { page, total })}</p>
      <button type="button" class="btn" aria-disabled=${page >= total ? 'true' : nothing} @click=${() => this.goTo(page + 1)}>
        ${this.localize.t('table.next')}
      </button>
    </nav>`;
  }

  protected override render(): TemplateResult {
    const t = this.localize;
    const source = this.source;
    if (!source) return html`<p class="empty">${t.t('table.noData')}</p>`;
    const shown = this.shownColumns();
    if (shown.length === 0) return html`<p class="empty">${t.t('table.noColumns')}</p>`;
    const key = this.sortKey;
    const { start, end } = this.win;
    const rows: TemplateResult[] = [];
    for (let i = start; i < end; i += 1) rows.push(this.row(i, shown));
    const spacer = html`<tr class="spacer" aria-hidden="true"><td colspan=${shown.length}></td></tr>`;
    return html`<div class="scroll" part="scroll" role="region" tabindex="0" aria-labelledby="caption" @scroll=${this.onScroll}>
        <table part="table" aria-rowcount=${source.rowCount + 1} aria-colcount=${shown.length}>
          <caption id="caption">${this.caption || t.t('table.untitled')}</caption>
          <thead>
            <tr aria-rowindex="1">${shown.map((i) => this.header(i, key))}</tr>
          </thead>
          <tbody>
            ${this.paged ? nothing : spacer}${rows}${this.paged ? nothing : spacer}
          </tbody>
        </table>
      </div>
      ${source.rowCount === 0 ? html`<p class="empty">${t.t('table.noRows')}</p>` : nothing}
      ${this.paged && source.rowCount > 0 ? this.renderPager() : nothing}`;
  }
}

define('pv-data-table', PvDataTable);

declare global {
  interface HTMLElementTagNameMap {
    'pv-data-table': PvDataTable;
  }
}
