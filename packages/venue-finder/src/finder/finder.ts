import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { announce, controlStyles, define, LocalizeController, PvElement } from '@parvis/core';
import type { Coordinates, Venue } from '../model.js';
import { inTerritory, type TerritoryFilter } from '../data/territory.js';
import { loadVenuesOffMainThread } from '../data/in-worker.js';
import { VenueDataError } from '../data/errors.js';
import { createVenueIndex, type SearchResult, type VenueIndex, type VenueQuery } from '../search/index.js';
import { loadedHoursView, loadHoursEngine, type HoursEngine } from '../hours/hours.js';
import '../card/card.js';
import { finderMessages, needFinderLocale } from './messages.js';
import { finderStyles } from './finder.styles.js';
import { FINDER_FIELDS, type FinderField } from './fields.js';
import type { MapPanel, MapStatus } from './map-panel.js';
import type { FilterPanelState } from './finder-filters.js';
import { loadVenueMap } from '../map/index.js';

export { FINDER_FIELDS, type FinderField } from './fields.js';

/** What the `data` property accepts: venues, the text of a CSV/JSON file, or a promise of either. */
export type VenueFinderData = readonly Venue[] | string | Promise<readonly Venue[] | string>;

/** A point the results are sorted from: an address chosen in the address search, or the device's position. */
export interface FinderPlace extends Coordinates {
  label: string;
  source?: 'address' | 'device';
}

type HoursFilter = 'now' | 'saturday';
type Mobility = 'fixed' | 'itinerant';
type Status = 'idle' | 'loading' | 'ready' | 'error';
/** The filters' module (finder-filters.ts), loaded once the list is shown. */
type FilterPanel = typeof import('./finder-filters.js');

const DEBOUNCE_MS = 150;
const codes = (value: string): string[] => value.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean);
const changedAny = (changed: PropertyValues, keys: string[]): boolean => keys.some((k) => changed.has(k as never));

/**
 * A list of digital-inclusion places (médiation numérique standard, France Services, data·inclusion)
 * read from a CSV or JSON file: text search, filters on every vocabulary of the standard, "open now"
 * and "open on Saturday", distance from an address or from the person's position, a card per place,
 * and a map on demand. The list is complete on its own; the map (Leaflet, loaded only when asked for)
 * mirrors it. Nothing is requested before the element is on the page, and nothing from a third party
 * before the person asks for it (address search, map tiles).
 *
 * ```html
 * <pv-venue-finder src="/donnees/lieux.csv" departments="69 42"></pv-venue-finder>
 * ```
 *
 * @summary Recherche de lieux de médiation numérique : liste, filtres, adresse, carte.
 * @status experimental
 * @since 0.1.0
 * @csspart search - the search fields
 * @csspart filters - the filters
 * @csspart results - the list of places
 * @csspart map - the map container, once shown
 * @fires pv-venues-loaded - when the places are loaded; `detail: { count }`
 */
export class PvVenueFinder extends PvElement {
  static override styles = [...(PvElement.styles as []), controlStyles, finderStyles];

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
  /** Address search endpoint (Géoplateforme geocoder API); empty = the Géoplateforme's own. */
  @property({ attribute: 'geocoder-url' }) accessor geocoderUrl = '';
  /** Hides the address search and "Autour de moi" (e.g. a territory small enough to need none). */
  @property({ type: Boolean, attribute: 'no-address' }) accessor noAddress = false;
  /** Map tile URL template (`{z}`, `{x}`, `{y}`); empty = Plan IGN of the Géoplateforme. */
  @property({ attribute: 'tile-url' }) accessor tileUrl = '';
  /** Attribution of the tiles, shown on the map (required by most tile providers). */
  @property({ attribute: 'tile-attribution' }) accessor tileAttribution = '';
  /** Hides the "Afficher la carte" button. */
  @property({ type: Boolean, attribute: 'no-map' }) accessor noMap = false;
  /**
   * Keeps the search, filters and chosen place in the page's address (`?pv-q=…`), so it can be shared
   * and survives "back". Off by default: the host page owns its URL.
   */
  @property({ type: Boolean, attribute: 'url-state' }) accessor urlState = false;
  /** Places given by the page instead of `src`: venue records, the text of a file, or a promise of either. */
  @property({ attribute: false }) accessor data: VenueFinderData | undefined = undefined;
  /**
   * The point results are sorted from (nearest first, with distances): set by the address search
   * and "Autour de moi", or by the page (`{ lat, lon, label }`); null = alphabetical order.
   */
  @property({ attribute: false }) accessor location: FinderPlace | null = null;

  @state() private accessor status: Status = 'idle';
  @state() private accessor errorKind: 'network' | 'data' = 'network';
  @state() private accessor venues: readonly Venue[] = [];
  @state() private accessor text = '';
  @state() private accessor filters: Partial<Record<FinderField, string[]>> = {};
  @state() private accessor hours: HoursFilter[] = [];
  @state() private accessor mobility: Mobility[] = [];
  @state() private accessor place: FinderPlace | null = null;
  @state() private accessor maxKm = 0;
  @state() private accessor shown = 20;
  @state() private accessor engine: HoursEngine | undefined = undefined;
  @state() private accessor selectedId: string | null = null;
  @state() private accessor mapStatus: MapStatus = 'closed';
  @state() private accessor addressReady = false;
  @state() private accessor openGroups: ReadonlySet<string> = new Set();
  /** The filters' code (finder-filters.ts), loaded once the list is shown; 'failed' when offline. */
  @state() private accessor filterPanel: FilterPanel | 'failed' | undefined = undefined;

  private readonly localize = new LocalizeController(this, finderMessages);
  /** The map's glue (map-panel.ts), loaded with the map at the first "Afficher la carte". */
  private mapPanel: MapPanel | undefined;
  private mapOpening = 0;
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
  private urlStateModule: Promise<typeof import('./url-state.js')> | undefined;

  /** The places loaded (after the territory filter). */
  get allVenues(): readonly Venue[] {
    return this.venues;
  }

  /** The places matching the search and filters, in display order (all of them, not only those shown). */
  get results(): Venue[] {
    if (!this.index || !this.result) return [];
    const all = this.result.indices.length === this.matchCount ? this.result : this.index.search({ ...this.currentQuery(), limit: undefined, facets: false });
    return Array.from(all.indices, (i) => this.venues[i]!);
  }

  /** Checks the point given (a page or a saved URL may give anything): out of range = no point. */
  private applyLocation(place: FinderPlace | null): void {
    const valid = place && Number.isFinite(place.lat) && Number.isFinite(place.lon) && Math.abs(place.lat) <= 90 && Math.abs(place.lon) <= 180;
    this.place = valid ? { lat: place.lat, lon: place.lon, label: String(place.label ?? ''), ...(place.source ? { source: place.source } : {}) } : null;
    if (!this.place) this.maxKm = 0;
    this.shown = this.page;
    this.lastCount = ''; // a new place is a new list: say the count again
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
    this.closeMap();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    needFinderLocale(this.localize.locale);
    if (changedAny(changed, ['src', 'data', 'insee', 'postcodes', 'departments'])) void this.load();
    if (changed.has('query')) this.text = this.query;
    if (changed.has('pageSize')) this.shown = this.page;
    if (changed.has('location')) this.applyLocation(this.location);
    if (this.index && changedAny(changed, ['venues', 'text', 'filters', 'hours', 'engine', 'mobility', 'place', 'maxKm', 'shown', 'mapStatus'])) {
      this.result = this.index.search(this.currentQuery());
      if (this.mapStatus === 'open') this.mapPanel?.update(this.results);
      if (this.urlState && this.status === 'ready') void this.writeUrlState();
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

  private currentQuery(): VenueQuery {
    const query: VenueQuery = { text: this.text, filters: this.filters, masks: this.hourMasks(), facets: true };
    // Only the places shown are put in order (20,000 sorted by distance cost more than a keystroke
    // may); the map shows every result, so it asks for them all.
    if (this.mapStatus !== 'open') query.limit = this.shown;
    if (this.mobility.length === 1) query.itinerant = this.mobility[0] === 'itinerant';
    if (this.place) {
      query.origin = { lat: this.place.lat, lon: this.place.lon };
      if (this.maxKm > 0) query.maxDistanceKm = this.maxKm;
    }
    return query;
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
    this.closeMap();
    try {
      const territory = this.territory();
      let venues: readonly Venue[];
      if (this.data !== undefined) {
        const input = await this.data;
        if (id !== this.loadId) return;
        venues =
          typeof input === 'string'
            ? (await loadVenuesOffMainThread(input, territory ? { territory } : {})).venues
            : (Array.isArray(input) ? input : []).filter((v: Venue) => v !== null && typeof v === 'object' && (!territory || inTerritory(v, territory)));
      } else {
        // The file is fetched (and read) by the worker: the page never holds its text.
        const controller = new AbortController();
        this.abort = controller;
        venues = (await loadVenuesOffMainThread(new URL(this.src, document.baseURI), { ...(territory ? { territory } : {}), signal: controller.signal })).venues;
      }
      if (id !== this.loadId) return;
      this.index = createVenueIndex(venues);
      this.masks = {};
      this.shown = this.page;
      this.selectedId = null;
      this.venues = venues;
      this.status = 'ready';
      this.dispatchEvent(new CustomEvent('pv-venues-loaded', { bubbles: true, composed: true, detail: { count: venues.length } }));
      void this.loadFilterPanel();
      void this.loadEngine();
      // The address search comes once the list is there and the page is idle: the list never waits for it.
      if (!this.noAddress) whenIdle(() => void this.loadAddressSearch());
      if (this.urlState) void this.readUrlState();
    } catch (error) {
      if (id !== this.loadId) return;
      this.errorKind = error instanceof VenueDataError && error.code !== 'download' ? 'data' : 'network';
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

  /** The filters come right after the list: the first screen (search, count, places) does not wait for them. */
  private async loadFilterPanel(): Promise<void> {
    if (this.filterPanel && this.filterPanel !== 'failed') return;
    try {
      this.filterPanel = await import('./finder-filters.js');
    } catch {
      this.filterPanel = 'failed'; // offline: the search and the list still work
    }
  }

  /** The address combobox is an enhancement: the list works before (and without) it. */
  private async loadAddressSearch(): Promise<void> {
    try {
      await import('../address/address-search.js');
      this.addressReady = true;
    } catch {
      this.addressReady = false; // offline: text search and filters still work
    }
  }

  /** 1 for the places open now / on Saturday; a value that cannot be read never counts as open. */
  private hourMasks(): Uint8Array[] {
    const engine = this.engine;
    if (this.hours.length === 0) return [];
    const view = loadedHoursView(); // loaded with the engine
    if (!engine || !view) return [new Uint8Array(this.venues.length)];
    return this.hours.map((which) => (this.masks[which] ??= view.openMask(engine, this.venues, which, this.now)));
  }

  /** Every place matching (the result holds only the first `shown` when the map is closed). */
  private get matchCount(): number {
    return this.result?.total ?? this.result?.indices.length ?? 0;
  }

  private countText(): string {
    const count = this.matchCount;
    return this.localize.t('finder.count', { count, total: this.venues.length });
  }

  // ── URL state (opt-in) ────────────────────────────────────────────────────────────────────────

  private async readUrlState(): Promise<void> {
    this.urlStateModule ??= import('./url-state.js');
    const { readFinderState } = await this.urlStateModule;
    const saved = readFinderState(location.search);
    if (saved.text !== undefined) this.text = saved.text;
    if (saved.filters) this.filters = this.offeredOnly(saved.filters);
    if (saved.hours) this.hours = saved.hours;
    if (saved.place) this.location = { ...saved.place, source: 'address' };
  }

  /** Keeps only the fields and values the finder offers (a shared address may hold anything). */
  private offeredOnly(filters: Partial<Record<string, readonly string[]>>): Partial<Record<FinderField, string[]>> {
    const picked: Partial<Record<FinderField, string[]>> = {};
    for (const field of FINDER_FIELDS) {
      const offered = this.index?.vocabulary(field);
      const values = (filters[field] ?? []).filter((v) => typeof v === 'string' && offered?.includes(v) === true);
      if (values.length > 0) picked[field] = values;
    }
    return picked;
  }

  private async writeUrlState(): Promise<void> {
    this.urlStateModule ??= import('./url-state.js');
    const { writeFinderState } = await this.urlStateModule;
    const next = writeFinderState(
      { text: this.text, filters: this.filters, hours: this.hours, ...(this.place ? { place: this.place } : {}) },
      new URL(location.href),
    );
    if (next !== location.href) history.replaceState(history.state, '', next);
  }

  // ── Events ────────────────────────────────────────────────────────────────────────────────────

  private onSearchInput(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.debounce);
    this.debounce = window.setTimeout(() => {
      this.text = value;
      this.shown = this.page;
    }, DEBOUNCE_MS);
  }

  private onLocationChange(event: CustomEvent<FinderPlace | null>): void {
    this.location = event.detail;
  }

  private toggle(group: string, value: string, on: boolean): void {
    const update = (list: readonly string[]) => (on ? [...new Set([...list, value])] : list.filter((v) => v !== value));
    if (group === 'hours') {
      const next = update(this.hours) as HoursFilter[];
      if (next.length > 0) void this.loadEngine().then(() => (this.hours = next));
      else this.hours = next;
    } else if (group === 'mobility') this.mobility = update(this.mobility) as Mobility[];
    else this.filters = { ...this.filters, [group]: update(this.filters[group as FinderField] ?? []) };
    // A group with a ticked box is open (see filters.ts); remember it now, the toggle event comes later.
    if (on && !this.openGroups.has(group)) this.openGroups = new Set([...this.openGroups, group]);
    this.shown = this.page;
  }

  private setDistance(km: number): void {
    this.maxKm = km;
    this.shown = this.page;
  }

  private removeChip(key: string, position: number): void {
    const [group, ...rest] = key.split(':');
    this.toggle(group!, rest.join(':'), false);
    this.lastCount = ''; // the count is said again even when it did not change: the removal was heard
    this.focusAfterUpdate = () => {
      const chips = this.renderRoot.querySelectorAll<HTMLElement>('.active pv-tag');
      const next = chips[Math.min(position, chips.length - 1)];
      if (next) next.focus();
      else this.focusSearch();
    };
  }

  private resetFilters(): void {
    this.filters = {};
    this.hours = [];
    this.mobility = [];
    this.maxKm = 0;
    this.shown = this.page;
    this.lastCount = '';
    this.focusAfterUpdate = () => this.focusSearch();
  }

  private focusSearch(): void {
    this.renderRoot.querySelector<HTMLElement>('#search')?.focus();
  }

  private skipToResults(): void {
    this.renderRoot.querySelector<HTMLElement>('#results-heading')?.focus();
  }

  private showMore(): void {
    const first = this.shown;
    this.shown += this.page;
    this.focusAfterUpdate = () => this.renderRoot.querySelectorAll<HTMLElement>('.results > li')[first]?.focus();
  }

  private async exportCsv(): Promise<void> {
    const [{ venuesCsv }, { downloadText }] = await Promise.all([import('./export.js'), import('@parvis/core/csv')]);
    // Every result, in the order shown (the list's result may hold only the first page).
    const all = this.index!.search({ ...this.currentQuery(), limit: undefined, facets: false });
    const venues = Array.from(all.indices, (i) => this.venues[i]!);
    const csv = venuesCsv(venues, { locale: this.localize.locale === 'en' ? 'en' : 'fr', ...(all.distances ? { distances: all.distances } : {}) });
    downloadText(this.localize.locale === 'en' ? 'places.csv' : 'lieux.csv', csv, 'text/csv;charset=utf-8');
    announce(this.localize.t('finder.downloaded', { count: venues.length }), 'polite');
  }

  // ── Map ───────────────────────────────────────────────────────────────────────────────────────

  private toggleMap(): void {
    if (this.mapStatus === 'open' || this.mapStatus === 'loading') {
      this.closeMap();
      return;
    }
    const opening = ++this.mapOpening;
    this.mapStatus = 'loading';
    // The panel's code and the map's (Leaflet) at once: no waterfall.
    loadVenueMap().catch(() => undefined);
    import('./map-panel.js').then(
      ({ MapPanel }) => {
        if (opening !== this.mapOpening) return; // closed meanwhile
        const panel = (this.mapPanel ??= new MapPanel());
        void panel.open(
          () => this.renderRoot.querySelector<HTMLElement>('.map'),
          this.results,
          { tileUrl: this.tileUrl, attribution: this.tileAttribution, locale: this.localize.locale, onSelect: (id) => this.selectFromMap(id) },
          () => {
            this.mapStatus = panel.status;
            return this.updateComplete;
          },
        );
      },
      () => {
        if (opening === this.mapOpening) this.mapStatus = 'error'; // offline: the list stays complete
      },
    );
  }

  private closeMap(): void {
    this.mapOpening += 1;
    this.mapPanel?.close();
    this.mapStatus = 'closed';
  }

  /** A marker was activated: its place is shown (and focused) in the list. */
  private selectFromMap(id: string): void {
    const indices = this.result?.indices;
    if (!indices) return;
    const position = indices.findIndex((i) => this.venues[i]!.id === id);
    if (position < 0) return;
    if (position >= this.shown) this.shown = Math.ceil((position + 1) / this.page) * this.page;
    this.selectedId = id;
    this.mapPanel?.highlight(id);
    this.focusAfterUpdate = () => {
      const item = this.renderRoot.querySelector<HTMLElement>(`.results > li:nth-child(${position + 1})`);
      item?.focus();
      item?.scrollIntoView({ block: 'nearest' });
    };
  }

  /** From the list to the map. */
  private showOnMap(id: string): void {
    this.selectedId = id;
    this.mapPanel?.highlight(id);
    this.mapPanel?.focusVenue(id);
  }

  // ── Rendering ─────────────────────────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    const t = this.localize;
    switch (this.status) {
      case 'loading':
        return html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${t.t('finder.loading')}</p>`;
      case 'error':
        return html`<div class="error" role="alert">
          <h2>${t.t('finder.errorHeading')}</h2>
          <p>${t.t(this.errorKind === 'data' ? 'finder.errorData' : 'finder.error')}</p>
          <button type="button" class="btn secondary" @click=${() => this.reload()}>${t.t('finder.retry')}</button>
        </div>`;
      case 'ready':
        return this.renderFinder();
      default:
        return html``;
    }
  }

  private renderFinder(): TemplateResult {
    const t = this.localize;
    // The filters' code and the state it draws, built once for the panel and the active filters.
    const panel = this.filterPanel !== 'failed' && this.index ? this.filterPanel : undefined;
    const filters = panel && { panel, state: this.filterPanelState() };
    return html`<div class="finder">
      <div class="search" part="search" role="search">
        <label for="search">${t.t('finder.searchLabel')}</label>
        <input id="search" type="search" autocomplete="off" spellcheck="false" .value=${this.text} @input=${this.onSearchInput} />
        ${this.noAddress
          ? nothing
          : html`<pv-address-search
              ?hidden=${!this.addressReady}
              endpoint=${this.geocoderUrl || nothing}
              @pv-location-change=${this.onLocationChange}
            ></pv-address-search>`}
        <button type="button" class="skip" @click=${this.skipToResults}>${t.t('finder.skipToResults')}</button>
      </div>
      <div class="layout">
        <section class="filters" part="filters" aria-labelledby="filters-heading">
          <h2 id="filters-heading">${t.t('finder.filtersHeading')}</h2>
          ${this.renderFilters(filters)}
        </section>
        <section class="list" aria-labelledby="results-heading">
          <h2 id="results-heading" tabindex="-1">${t.t('finder.resultsHeading')}</h2>
          ${filters ? filters.panel.renderActiveFilters(filters.state) : nothing}
          <p class="count">${this.countText()}</p>
          ${this.place ? html`<p class="sorted">${t.t('finder.sortedByDistance', { label: this.place.label })}</p>` : nothing}
          ${this.renderTools()} ${this.renderMap()} ${this.renderResults()}
        </section>
      </div>
    </div>`;
  }

  /** What the filter panel (finder-filters.ts) needs to draw itself. */
  private filterPanelState(): FilterPanelState {
    return {
      t: this.localize,
      index: this.index!,
      facets: this.result?.facets,
      venues: this.venues,
      filters: this.filters,
      hours: this.hours,
      mobility: this.mobility,
      hasPlace: this.place !== null,
      maxKm: this.maxKm,
      openGroups: this.openGroups,
      handlers: {
        toggle: (group, value, on) => this.toggle(group, value, on),
        disclosure: (group, open) => this.setDisclosure(group, open),
        distance: (km) => this.setDistance(km),
        remove: (key, position) => (key === 'distance:' ? this.removeDistance(position) : this.removeChip(key, position)),
        reset: () => this.resetFilters(),
      },
    };
  }

  private setDisclosure(group: string, open: boolean): void {
    if (open === this.openGroups.has(group)) return;
    const next = new Set(this.openGroups);
    if (open) next.add(group);
    else next.delete(group);
    this.openGroups = next;
  }

  private renderFilters(filters: { panel: FilterPanel; state: FilterPanelState } | undefined): TemplateResult | TemplateResult[] {
    if (filters) return filters.panel.renderFilterPanel(filters.state);
    return html`<p class="meta">${this.localize.t(this.filterPanel === 'failed' ? 'finder.filtersError' : 'finder.filtersLoading')}</p>`;
  }

  private removeDistance(position: number): void {
    this.maxKm = 0;
    this.removeChip('distance:', position);
  }

  private renderTools(): TemplateResult {
    const t = this.localize;
    const mapOpen = this.mapStatus === 'open' || this.mapStatus === 'loading';
    const count = this.matchCount;
    return html`<div class="tools">
      ${this.noMap
        ? nothing
        : html`<button type="button" class="btn secondary" aria-expanded=${mapOpen ? 'true' : 'false'} aria-controls="map" @click=${this.toggleMap}>
            ${t.t(mapOpen ? 'finder.hideMap' : 'finder.showMap')}
          </button>`}
      <button type="button" class="btn tertiary" ?disabled=${count === 0} @click=${this.exportCsv}>${t.t('finder.download')}</button>
    </div>`;
  }

  private renderMap(): TemplateResult {
    const t = this.localize;
    const status = this.mapStatus;
    return html`<div id="map" class="map-slot">
      ${status === 'loading' ? html`<p role="status">${t.t('finder.mapLoading')}</p>` : nothing}
      ${status === 'error' ? html`<p class="map-error" role="alert">${t.t('finder.mapError')}</p>` : nothing}
      ${status === 'open' ? html`<div class="map" part="map"></div>` : nothing}
    </div>`;
  }

  private renderResults(): TemplateResult {
    const t = this.localize;
    const indices = this.result?.indices ?? new Uint32Array(0);
    const distances = this.result?.distances;
    const mapOpen = this.mapStatus === 'open';
    const visible = Array.from(indices.subarray(0, this.shown), (index, k) => ({ venue: this.venues[index]!, distance: distances?.[k] }));
    return html`${visible.length === 0
        ? html`<p class="empty">${t.t('finder.noResult')}</p>`
        : html`<ol class="results" part="results">
            ${visible.map(
              ({ venue, distance }) => html`<li tabindex="-1" class=${venue.id === this.selectedId ? 'selected' : ''}>
                <pv-venue-card .venue=${venue} .engine=${this.engine} .now=${this.now} .distance=${distance}></pv-venue-card>
                ${mapOpen
                  ? venue.position
                    ? html`<button type="button" class="btn tertiary on-map" @click=${() => this.showOnMap(venue.id)}>
                        ${t.t('finder.onMap')}<span class="visually-hidden">${t.t('finder.onMapOf', { name: venue.name })}</span>
                      </button>`
                    : html`<p class="meta">${t.t('finder.noPosition')}</p>`
                  : nothing}
              </li>`,
            )}
          </ol>`}
      ${this.matchCount > this.shown ? html`<button type="button" class="btn secondary" @click=${this.showMore}>${t.t('finder.more')}</button>` : nothing}`;
  }
}

function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 1500 });
  else setTimeout(task, 100);
}


define('pv-venue-finder', PvVenueFinder);

declare global {
  interface HTMLElementTagNameMap {
    'pv-venue-finder': PvVenueFinder;
  }
}
