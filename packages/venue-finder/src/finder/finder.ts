import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { announce, define, LocalizeController, PvElement } from '@parvis/core';
import '@parvis/components/text-field';
import '@parvis/components/checkbox-group';
import '@parvis/components/button';
import '@parvis/components/notice';
import '@parvis/components/spinner';
import '@parvis/components/tag';
import type { Venue } from '../model.js';
import { inTerritory, loadVenues, loadVenuesInWorker, VenueDataError, type TerritoryFilter } from '../data/index.js';
import { createVenueIndex, frenchCollator, type FacetField, type SearchResult, type VenueIndex } from '../search/index.js';
import { loadHoursEngine, type HoursEngine } from '../hours/hours.js';
import { weekTableWith } from '../hours/week.js';
import '../card/card.js';
import { finderMessages } from './messages.js';
import { finderStyles } from './finder.styles.js';

/** What the `data` property accepts: venues, the text of a CSV/JSON file, or a promise of either. */
export type VenueFinderData = readonly Venue[] | string | Promise<readonly Venue[] | string>;

/** The vocabularies offered as filters, in this order. */
export const FINDER_FIELDS = ['services', 'publics', 'specificSupport', 'fees', 'accessModes', 'supportModes', 'nationalSchemes'] as const;
type FinderField = (typeof FINDER_FIELDS)[number];
type HoursFilter = 'now' | 'saturday';
type Status = 'idle' | 'loading' | 'ready' | 'error';

const DEBOUNCE_MS = 150;
/** Files larger than this (characters) are read in a worker, so the page stays responsive. */
const WORKER_THRESHOLD = 256 * 1024;
const codes = (value: string): string[] => value.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean);

/**
 * A list of digital-inclusion places (médiation numérique standard, France Services…) read from a
 * CSV or JSON file, with a text search, filters on the vocabularies of the standard, "open now" and
 * "open on Saturday", and a card per place. Nothing is requested before the element is on the page.
 *
 * ```html
 * <pv-venue-finder src="/donnees/lieux.csv" departments="69 42"></pv-venue-finder>
 * ```
 *
 * @summary Recherche de lieux de médiation numérique, en liste.
 * @status experimental
 * @since 0.1.0
 * @csspart search - the search field
 * @csspart filters - the filters
 * @csspart results - the list of places
 * @fires pv-venues-loaded - when the places are loaded; `detail: { count }`
 */
export class PvVenueFinder extends PvElement {
  static override styles = [...(PvElement.styles as []), finderStyles];

  /** URL of the CSV or JSON file (médiation numérique standard v1.x or v0.1, France Services, data·inclusion). */
  @property() accessor src = '';
  /** Keep only these communes: INSEE codes, space or comma separated. */
  @property() accessor insee = '';
  /** Keep only these postcodes, space or comma separated. */
  @property() accessor postcodes = '';
  /** Keep only these departments (`69 42`, `2A`, `971`), space or comma separated. */
  @property() accessor departments = '';
  /** Places shown at first, and added by "Afficher plus de lieux". */
  @property({ type: Number, attribute: 'page-size' }) accessor pageSize = 20;
  /** Text of the search field when the finder appears. */
  @property() accessor query = '';
  /** Places given by the page instead of `src`: venue records, the text of a file, or a promise of either. */
  @property({ attribute: false }) accessor data: VenueFinderData | undefined = undefined;

  @state() private accessor status: Status = 'idle';
  @state() private accessor errorKind: 'network' | 'data' = 'network';
  @state() private accessor venues: readonly Venue[] = [];
  @state() private accessor text = '';
  @state() private accessor filters: Partial<Record<FinderField, string[]>> = {};
  @state() private accessor hours: HoursFilter[] = [];
  @state() private accessor shown = 20;
  @state() private accessor engine: HoursEngine | undefined = undefined;

  private readonly localize = new LocalizeController(this, finderMessages);
  private index: VenueIndex | undefined;
  private result: SearchResult | undefined;
  private now = new Date();
  private masks: Partial<Record<HoursFilter, Uint8Array>> = {};
  private loadId = 0;
  private abort: AbortController | undefined;
  private debounce: number | undefined;
  private lastCount = '';
  private enginePromise: Promise<HoursEngine | undefined> | undefined;
  private focusAfterUpdate: (() => void) | undefined;

  /** The places loaded (after the territory filter). */
  get allVenues(): readonly Venue[] {
    return this.venues;
  }

  /** The places matching the search and filters, in display order. */
  get results(): Venue[] {
    return this.result ? Array.from(this.result.indices, (i) => this.venues[i]!) : [];
  }

  /** Loads the places again (after an error, or when the file changed). */
  reload(): void {
    void this.load();
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
    clearTimeout(this.debounce);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (['src', 'data', 'insee', 'postcodes', 'departments'].some((k) => (changed as Map<PropertyKey, unknown>).has(k))) void this.load();
    if (changed.has('query')) this.text = this.query;
    if (changed.has('pageSize')) this.shown = this.page;
    const has = (keys: string[]) => keys.some((k) => (changed as Map<PropertyKey, unknown>).has(k));
    if (this.index && has(['venues', 'text', 'filters', 'hours', 'engine'])) {
      this.result = this.index.search({ text: this.text, filters: this.filters, masks: this.hourMasks(), facets: true });
    }
  }

  protected override updated(): void {
    if (this.status === 'ready' && this.result) {
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

  private get page(): number {
    return Number.isFinite(this.pageSize) && this.pageSize > 0 ? Math.floor(this.pageSize) : 20;
  }

  private territory(): TerritoryFilter | undefined {
    const filter: TerritoryFilter = { insee: codes(this.insee), postcodes: codes(this.postcodes), departments: codes(this.departments) };
    return filter.insee!.length + filter.postcodes!.length + filter.departments!.length > 0 ? filter : undefined;
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
    this.lastCount = '';
    try {
      let input: readonly Venue[] | string;
      if (this.data !== undefined) {
        input = await this.data;
      } else {
        const controller = new AbortController();
        this.abort = controller;
        const response = await fetch(new URL(this.src, document.baseURI), { signal: controller.signal, credentials: 'same-origin' });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        input = await response.text();
      }
      if (id !== this.loadId) return;
      const territory = this.territory();
      const options = territory ? { territory } : {};
      let venues: readonly Venue[];
      if (typeof input !== 'string') {
        venues = (Array.isArray(input) ? input : []).filter((v: Venue) => v !== null && typeof v === 'object' && (!territory || inTerritory(v, territory)));
      } else if (input.length > WORKER_THRESHOLD) {
        venues = (await loadVenuesInWorker(input, { ...options, signal: this.abort?.signal })).venues;
        if (id !== this.loadId) return;
      } else {
        venues = loadVenues(input, options).venues;
      }
      this.index = createVenueIndex(venues);
      this.masks = {};
      this.shown = this.page;
      this.venues = venues;
      this.status = 'ready';
      this.dispatchEvent(new CustomEvent('pv-venues-loaded', { bubbles: true, composed: true, detail: { count: venues.length } }));
      void this.loadEngine();
    } catch (error) {
      if (id !== this.loadId) return;
      this.errorKind = error instanceof VenueDataError ? 'data' : 'network';
      this.status = 'error';
    }
  }

  /** The opening-hours parser, loaded once the list is there (a lazy chunk). */
  private loadEngine(): Promise<HoursEngine | undefined> {
    this.enginePromise ??= loadHoursEngine().then(
      (engine) => {
        this.now = new Date();
        this.engine = engine;
        return engine;
      },
      () => undefined,
    );
    return this.enginePromise;
  }

  /** 1 for the places open now / on Saturday; a value that cannot be read never counts as open. */
  private hourMasks(): Uint8Array[] {
    const engine = this.engine;
    if (this.hours.length === 0) return [];
    if (!engine) return [new Uint8Array(this.venues.length)];
    return this.hours.map((which) => (this.masks[which] ??= this.computeMask(engine, which)));
  }

  private computeMask(engine: HoursEngine, which: HoursFilter): Uint8Array {
    const mask = new Uint8Array(this.venues.length);
    const now = this.now;
    this.venues.forEach((v, i) => {
      const value = typeof v.openingHours === 'string' ? v.openingHours.trim() : '';
      if (!value) return;
      const options = { postcode: typeof v.postcode === 'string' ? v.postcode : '' };
      try {
        if (which === 'now') {
          mask[i] = engine.evaluate(value, now, options).kind === 'open' ? 1 : 0;
        } else {
          const saturday = weekTableWith(engine, value, now, options)?.find((row) => row.weekday === 6);
          mask[i] = saturday?.intervals.some((interval) => !interval.unknown) ? 1 : 0;
        }
      } catch {
        mask[i] = 0;
      }
    });
    return mask;
  }

  private countText(): string {
    const count = this.result?.indices.length ?? 0;
    return this.localize.t('finder.count', { count, total: this.venues.length });
  }

  private onSearchInput(event: Event): void {
    const value = (event.target as HTMLInputElement & { value: string }).value ?? '';
    clearTimeout(this.debounce);
    this.debounce = window.setTimeout(() => {
      this.text = value;
      this.shown = this.page;
    }, DEBOUNCE_MS);
  }

  private onFieldChange(field: FinderField, event: Event): void {
    const value = (event.target as HTMLElement & { value: string[] }).value;
    this.filters = { ...this.filters, [field]: [...value] };
    this.shown = this.page;
  }

  private async onHoursChange(event: Event): Promise<void> {
    const value = [...(event.target as HTMLElement & { value: string[] }).value] as HoursFilter[];
    if (value.length > 0) await this.loadEngine();
    this.hours = value;
    this.shown = this.page;
  }

  private onTagRemove(event: CustomEvent<{ value: string }>): void {
    // The finder owns its state: the tag does not remove itself, the next render does.
    event.preventDefault();
    const [field, ...rest] = event.detail.value.split(':');
    const value = rest.join(':');
    if (field === 'hours') this.hours = this.hours.filter((h) => h !== value);
    else this.filters = { ...this.filters, [field as FinderField]: (this.filters[field as FinderField] ?? []).filter((v) => v !== value) };
    this.shown = this.page;
    this.lastCount = ''; // the count is said again even when it did not change: the removal was heard
    const position = Array.from(this.renderRoot.querySelectorAll('pv-tag')).indexOf(event.target as never);
    this.focusAfterUpdate = () => {
      const tags = this.renderRoot.querySelectorAll<HTMLElement>('pv-tag');
      const next = tags[Math.min(position, tags.length - 1)];
      if (next) next.focus();
      else this.focusSearch();
    };
  }

  private resetFilters(): void {
    this.filters = {};
    this.hours = [];
    this.shown = this.page;
    this.lastCount = '';
    this.focusAfterUpdate = () => this.focusSearch();
  }

  private focusSearch(): void {
    this.renderRoot.querySelector<HTMLElement>('pv-text-field')?.focus();
  }

  private showMore(): void {
    const first = this.shown;
    this.shown += this.page;
    this.focusAfterUpdate = () => this.renderRoot.querySelectorAll<HTMLElement>('.results > li')[first]?.focus();
  }

  protected override render(): TemplateResult {
    const t = this.localize;
    switch (this.status) {
      case 'loading':
        return html`<pv-spinner label=${t.t('finder.loading')}></pv-spinner>`;
      case 'error':
        return html`<pv-notice type="error" live heading=${t.t('finder.errorHeading')}>
          <p>${t.t(this.errorKind === 'data' ? 'finder.errorData' : 'finder.error')}</p>
          <pv-button type="button" variant="secondary" @click=${() => this.reload()}>${t.t('finder.retry')}</pv-button>
        </pv-notice>`;
      case 'ready':
        return this.renderFinder();
      default:
        return html``;
    }
  }

  private renderFinder(): TemplateResult {
    const t = this.localize;
    const indices = this.result?.indices ?? new Uint32Array(0);
    const visible = Array.from(indices.subarray(0, this.shown), (i) => this.venues[i]!);
    return html`<div class="finder">
      <div class="search" part="search">
        <pv-text-field type="search" label=${t.t('finder.searchLabel')} .value=${this.text} @input=${this.onSearchInput}></pv-text-field>
      </div>
      <div class="layout">
        <section class="filters" part="filters" aria-labelledby="filters-heading">
          <h2 id="filters-heading">${t.t('finder.filtersHeading')}</h2>
          <pv-checkbox-group label=${t.t('finder.hoursLegend')} .value=${this.hours} @change=${this.onHoursChange}>
            <option value="now">${t.t('finder.openNow')}</option>
            <option value="saturday">${t.t('finder.openSaturday')}</option>
          </pv-checkbox-group>
          ${FINDER_FIELDS.map((field) => this.renderField(field))}
        </section>
        <section class="list" aria-labelledby="results-heading">
          <h2 id="results-heading">${t.t('finder.resultsHeading')}</h2>
          ${this.renderActive()}
          <p class="count">${this.countText()}</p>
          ${visible.length === 0
            ? html`<p class="empty">${t.t('finder.noResult')}</p>`
            : html`<ol class="results" part="results">
                ${visible.map(
                  (venue) => html`<li tabindex="-1"><pv-venue-card .venue=${venue} .engine=${this.engine} .now=${this.now}></pv-venue-card></li>`,
                )}
              </ol>`}
          ${indices.length > this.shown
            ? html`<pv-button type="button" variant="secondary" @click=${this.showMore}>${t.t('finder.more')}</pv-button>`
            : nothing}
        </section>
      </div>
    </div>`;
  }

  private renderField(field: FinderField): TemplateResult | typeof nothing {
    const index = this.index;
    if (!index) return nothing;
    const values = [...index.vocabulary(field as FacetField)].sort((a, b) => frenchCollator.compare(a, b));
    if (values.length === 0) return nothing;
    const counts = this.result?.facets?.fields[field as FacetField] ?? {};
    const t = this.localize;
    return html`<pv-checkbox-group label=${t.t(`finder.fields.${field}`)} .value=${this.filters[field] ?? []} @change=${(e: Event) => this.onFieldChange(field, e)}>
      ${values.map((value) => html`<option value=${value}>${t.t('finder.option', { value, count: counts[value] ?? 0 })}</option>`)}
    </pv-checkbox-group>`;
  }

  private renderActive(): TemplateResult | typeof nothing {
    const t = this.localize;
    const active: { key: string; label: string }[] = [];
    for (const h of this.hours) active.push({ key: `hours:${h}`, label: t.t(h === 'now' ? 'finder.openNow' : 'finder.openSaturday') });
    for (const field of FINDER_FIELDS) {
      for (const value of this.filters[field] ?? []) active.push({ key: `${field}:${value}`, label: `${t.t(`finder.fields.${field}`)} : ${value}` });
    }
    if (active.length === 0) return nothing;
    return html`<div class="active">
      <p class="label" id="active-label">${t.t('finder.activeFilters')}</p>
      <ul aria-labelledby="active-label" @pv-remove=${this.onTagRemove}>
        ${active.map((a) => html`<li><pv-tag removable value=${a.key} label=${a.label}></pv-tag></li>`)}
      </ul>
      <pv-button type="button" variant="tertiary" @click=${this.resetFilters}>${t.t('finder.reset')}</pv-button>
    </div>`;
  }
}

define('pv-venue-finder', PvVenueFinder);

declare global {
  interface HTMLElementTagNameMap {
    'pv-venue-finder': PvVenueFinder;
  }
}
