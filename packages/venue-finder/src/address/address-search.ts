import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { announce, define, fieldStyles, LocalizeController, PvElement, type MessageKey } from '@parvis/core';
import {
  createGeocoder,
  DEFAULT_ENDPOINT,
  GeocoderError,
  isAbortedSearch,
  normalizeQuery,
  type Geocoder,
  type Suggestion,
} from '../geocoder/geocoder.js';
import { LocateError, locateMe } from '../geocoder/near-me.js';
import { addressSearchMessages } from './messages.js';
import type { AddressSearchMessages } from './address-search.fr.js';
import { addressSearchStyles } from './address-search.styles.js';

export { addressSearchMessages } from './messages.js';

/** Where a location comes from: an address chosen in the list, or the device ("Autour de moi"). */
export type LocationSource = 'address' | 'device';

/** The location chosen by the person: the `detail` of `pv-location-change` and the `value` property. */
export interface SearchLocation {
  /** WGS 84 latitude. */
  readonly lat: number;
  /** WGS 84 longitude. */
  readonly lon: number;
  /** Text to show: the geocoder's label ("8 Boulevard du Port 80000 Amiens") or "Votre position". Plain text. */
  readonly label: string;
  readonly source: LocationSource;
}

/** Characters needed before anything is sent to the geocoder (the Géoplateforme's own minimum). */
const MIN_CHARS = 3;

type Key = MessageKey<AddressSearchMessages>;
/** What the line under the field says; kept as a key so a `lang` change rewords it. */
interface Notice {
  key: Key;
  count?: number;
  error: boolean;
}

function geocoderNotice(error: unknown): Notice {
  if (!(error instanceof GeocoderError)) return { key: 'errors.unavailable', error: true };
  switch (error.kind) {
    case 'rate-limited':
      return { key: 'errors.rateLimited', count: Math.max(1, Math.ceil((error.retryAfterMs ?? 5000) / 1000)), error: true };
    case 'network':
      return { key: error.timeout ? 'errors.timeout' : 'errors.network', error: true };
    case 'bad-answer':
      return { key: 'errors.badAnswer', error: true };
    default:
      return { key: 'errors.unavailable', error: true };
  }
}

function locateNotice(error: unknown): Notice {
  const kind = error instanceof LocateError ? error.kind : 'unavailable';
  const key: Key =
    kind === 'denied' ? 'errors.denied'
    : kind === 'timeout' ? 'errors.positionTimeout'
    : kind === 'unsupported' ? 'errors.unsupported'
    : 'errors.positionUnavailable';
  return { key, error: true };
}

/**
 * An address field with suggestions (ARIA 1.2 combobox, list autocomplete) and an "Autour de moi"
 * button, for the venue finder: the person types an address or a commune and picks a suggestion
 * from the national geocoder (Géoplateforme), or gives the device position.
 *
 * Privacy: nothing is requested before the person types 3 characters; the position is asked for only
 * when the button is clicked. Suggestions are text, never HTML.
 *
 * ```html
 * <pv-address-search></pv-address-search>
 * <pv-address-search hide-near-me endpoint="/geocodage/search"></pv-address-search>
 * ```
 *
 * The location is kept while the person edits the text; it changes when a suggestion is chosen, when
 * "Autour de moi" succeeds, and becomes null when the text is emptied, Escape is pressed twice, the
 * "Effacer" button is clicked or `clear()` is called.
 *
 * @summary Recherche d’adresse avec suggestions et bouton « Autour de moi ».
 * @status experimental
 * @since 0.1.0
 * @csspart input - the text field
 * @csspart listbox - the list of suggestions
 * @csspart near-me - the "Autour de moi" button
 * @fires pv-location-change - when the location changes (bubbles, composed); `detail`: `{ lat, lon, label, source: 'address' | 'device' }`, or `null` when it is cleared
 */
export class PvAddressSearch extends PvElement {
  static override styles = [...(PvElement.styles as []), fieldStyles, addressSearchStyles];

  /**
   * Geocoder search URL (addok API, GeoCodeJSON answers), absolute or relative to the page.
   * Default: the Géoplateforme, `https://data.geopf.fr/geocodage/search`.
   */
  @property() accessor endpoint: string = DEFAULT_ENDPOINT;
  /** Visible label of the field. Default "Adresse ou commune" (in the element's language). */
  @property() accessor label = '';
  /** Hides the "Autour de moi" button (it is shown by default). */
  @property({ type: Boolean, reflect: true, attribute: 'hide-near-me' }) accessor hideNearMe = false;
  /**
   * The current location, or null. Setting it shows its label in the field and fires no event.
   */
  @property({ attribute: false }) accessor value: SearchLocation | null = null;
  /**
   * A geocoder client to use instead of the one made from `endpoint` (e.g. `createGeocoder({ near,
   * citycode })` to favour a territory).
   */
  @property({ attribute: false }) accessor geocoder: Geocoder | undefined = undefined;

  @state() private accessor text = '';
  @state() private accessor suggestions: readonly Suggestion[] = [];
  @state() private accessor expanded = false;
  @state() private accessor active = -1;
  @state() private accessor notice: Notice | null = null;
  @state() private accessor locating = false;

  private readonly localize = new LocalizeController(this, addressSearchMessages);
  private own: { endpoint: string; client: Geocoder } | undefined;
  private searchId = 0;
  private locateAbort: AbortController | undefined;
  private lastAnnounced = '';
  /** The last location this element chose itself: any other `value` was set by the page. */
  private ownValue: SearchLocation | null = null;

  /** Empties the field and forgets the location (fires `pv-location-change` with null if there was one). */
  clear(): void {
    this.stopSearch();
    this.locateAbort?.abort();
    this.locating = false;
    this.text = '';
    this.notice = null;
    this.change(null);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopSearch();
    this.locateAbort?.abort();
    this.locating = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A location set by the page shows its label; one chosen here leaves the text as the person left it.
    if (changed.has('value') && this.value !== this.ownValue) {
      this.ownValue = this.value;
      this.text = this.value?.label ?? '';
      this.expanded = false;
      this.active = -1;
    }
    if (changed.has('endpoint') || changed.has('geocoder')) this.stopSearch();
  }

  protected override updated(): void {
    if (this.expanded && this.active >= 0) {
      this.renderRoot.querySelector(`#option-${this.active}`)?.scrollIntoView?.({ block: 'nearest' });
    }
  }

  private get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input');
  }

  private client(): Geocoder {
    if (this.geocoder) return this.geocoder;
    const endpoint = this.endpoint || DEFAULT_ENDPOINT;
    if (this.own?.endpoint !== endpoint) this.own = { endpoint, client: createGeocoder({ endpoint }) };
    return this.own.client;
  }

  /** Cancels the pending request and closes the list. */
  private stopSearch(): void {
    this.searchId += 1;
    this.own?.client.cancel();
    this.geocoder?.cancel();
    this.suggestions = [];
    this.expanded = false;
    this.active = -1;
    this.lastAnnounced = '';
  }

  private change(location: SearchLocation | null): void {
    if (location === null && this.value === null) return;
    this.ownValue = location;
    this.value = location;
    this.dispatchEvent(new CustomEvent<SearchLocation | null>('pv-location-change', { bubbles: true, composed: true, detail: location }));
  }

  private say(notice: Notice | null): void {
    this.notice = notice;
    if (notice) announce(this.localize.t(notice.key, { count: notice.count ?? 0 }), 'polite');
  }

  private onInput(event: Event): void {
    this.text = (event.target as HTMLInputElement).value;
    this.notice = null;
    if (this.text.trim() === '') this.change(null);
    if (Array.from(normalizeQuery(this.text)).length < MIN_CHARS) {
      this.stopSearch();
      return;
    }
    this.active = -1;
    void this.search(this.text);
  }

  private async search(query: string): Promise<void> {
    const id = ++this.searchId;
    try {
      const suggestions = await this.client().search(query);
      if (id !== this.searchId) return;
      this.suggestions = suggestions;
      this.active = -1;
      // Opens only for someone still in the field: a late answer must not pop over the page.
      const focused = this.shadowRoot?.activeElement === this.input;
      this.expanded = suggestions.length > 0 && focused;
      const labels = suggestions.map((s) => s.label).join('\n');
      if (suggestions.length === 0) this.say({ key: 'suggestions', count: 0, error: false });
      else if (focused && labels !== this.lastAnnounced) announce(this.localize.t('suggestions', { count: suggestions.length }), 'polite');
      this.lastAnnounced = labels;
    } catch (error) {
      if (id !== this.searchId || isAbortedSearch(error)) return;
      this.suggestions = [];
      this.expanded = false;
      this.active = -1;
      this.lastAnnounced = '';
      this.say(geocoderNotice(error));
    }
  }

  private select(index: number): void {
    const suggestion = this.suggestions[index];
    if (!suggestion) return;
    const { lat, lon } = suggestion.position;
    this.expanded = false;
    this.active = -1;
    this.notice = null;
    this.change(Object.freeze({ lat, lon, label: suggestion.label, source: 'address' as const }));
    this.text = suggestion.label;
  }

  private move(step: 1 | -1): void {
    const count = this.suggestions.length;
    if (count === 0) return;
    if (!this.expanded) {
      this.expanded = true;
      this.active = step === 1 ? 0 : count - 1;
      return;
    }
    this.active = this.active < 0 ? (step === 1 ? 0 : count - 1) : (this.active + step + count) % count;
  }

  private onKeydown(event: KeyboardEvent): void {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        if (event.altKey) this.expanded = this.suggestions.length > 0;
        else this.move(event.key === 'ArrowDown' ? 1 : -1);
        break;
      case 'Enter':
        if (this.expanded && this.active >= 0) {
          event.preventDefault();
          this.select(this.active);
        }
        break;
      case 'Escape':
        // Consumed here, so a dialog around the field does not close as well.
        if (this.expanded) {
          event.preventDefault();
          event.stopPropagation();
          this.expanded = false;
          this.active = -1;
        } else if (this.text !== '') {
          event.preventDefault();
          event.stopPropagation();
          this.clear();
        }
        break;
      case 'Tab':
        this.expanded = false;
        this.active = -1;
        break;
      case 'Home':
      case 'End':
      case 'ArrowLeft':
      case 'ArrowRight':
        this.active = -1; // back to editing the text (APG)
        break;
      default:
    }
  }

  /** Focus leaving the field closes the list (a click on an option keeps the focus in the field). */
  private onFocusOut(): void {
    this.expanded = false;
    this.active = -1;
  }

  private onClear(): void {
    this.clear();
    this.input?.focus();
  }

  private async onNearMe(): Promise<void> {
    if (this.locating) return;
    this.stopSearch();
    this.locateAbort?.abort();
    const controller = new AbortController();
    this.locateAbort = controller;
    this.locating = true;
    this.say({ key: 'locating', error: false });
    try {
      const position = await locateMe({ signal: controller.signal });
      if (controller.signal.aborted) return;
      const label = this.localize.t('devicePosition');
      this.change(Object.freeze({ lat: position.lat, lon: position.lon, label, source: 'device' as const }));
      this.text = label;
      this.say({ key: 'located', error: false });
    } catch (error) {
      if (controller.signal.aborted) return;
      this.say(locateNotice(error));
    } finally {
      if (this.locateAbort === controller) {
        this.locating = false;
        this.locateAbort = undefined;
      }
    }
  }

  override render() {
    const t = this.localize;
    const notice = this.notice;
    const describedBy = notice ? 'hint notice' : 'hint';
    const activeId = this.expanded && this.active >= 0 ? `option-${this.active}` : undefined;
    return html`
      <label class="label" id="label" for="input">${this.label || t.t('label')}</label>
      <span class="hint" id="hint">${t.t(this.hideNearMe ? 'hintNoNearMe' : 'hint')}</span>
      <div class="row" @focusout=${this.onFocusOut}>
        <div class="combo">
          <input
            id="input"
            part="input"
            class="control"
            type="text"
            role="combobox"
            aria-labelledby="label"
            autocomplete="off"
            autocapitalize="off"
            spellcheck="false"
            enterkeyhint="search"
            aria-autocomplete="list"
            aria-controls="listbox"
            aria-expanded=${this.expanded ? 'true' : 'false'}
            aria-activedescendant=${ifDefined(activeId)}
            aria-describedby=${describedBy}
            .value=${this.text}
            @input=${this.onInput}
            @keydown=${this.onKeydown}
          />
          <ul id="listbox" part="listbox" class="listbox" role="listbox" aria-labelledby="label" ?hidden=${!this.expanded}>
            ${this.suggestions.map(
              // Keys are handled on the input (aria-activedescendant): options never take the focus.
              // eslint-disable-next-line lit-a11y/click-events-have-key-events
              (s, i) => html`<li
                id="option-${i}"
                class="option"
                role="option"
                aria-selected=${i === this.active ? 'true' : 'false'}
                @mousedown=${(e: Event) => e.preventDefault()}
                @click=${() => this.select(i)}
              >
                <span class="name">${s.label}</span>${s.context ? html`<span class="context">${s.context}</span>` : nothing}
              </li>`,
            )}
          </ul>
        </div>
        ${this.text !== ''
          ? html`<button type="button" class="button" aria-label=${t.t('clearLabel')} @click=${this.onClear}>${t.t('clear')}</button>`
          : nothing}
        ${this.hideNearMe
          ? nothing
          : html`<button type="button" part="near-me" class="button" aria-disabled=${this.locating ? 'true' : 'false'} @click=${this.onNearMe}>
              <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <circle cx="12" cy="12" r="4" fill="currentColor"></circle>
                <path d="M12 2v4M12 18v4M2 12h4M18 12h4" stroke="currentColor" stroke-width="2" fill="none"></path>
                <circle cx="12" cy="12" r="7.5" stroke="currentColor" stroke-width="2" fill="none"></circle>
              </svg>${t.t('nearMe')}
            </button>`}
      </div>
      ${notice
        ? html`<p id="notice" class=${notice.error ? 'feedback error' : 'status'}>${t.t(notice.key, { count: notice.count ?? 0 })}</p>`
        : nothing}
    `;
  }
}

define('pv-address-search', PvAddressSearch);

declare global {
  interface HTMLElementTagNameMap {
    'pv-address-search': PvAddressSearch;
  }
  interface HTMLElementEventMap {
    'pv-location-change': CustomEvent<SearchLocation | null>;
  }
}
