import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { announce, define, PvElement } from '@parvis/core';
import { localizeComponents } from '../i18n/index.js';
import { spinnerStyles } from './spinner.styles.js';

/**
 * A loading status: a turning ring and a short text. The text is said once, politely, through
 * the shared live region, and only if loading lasts more than `delay` ms, so quick loads stay
 * silent. No `role="status"` here: the shared region already speaks, a second one would repeat.
 *
 * @summary Indicateur de chargement annoncé.
 * @status stable
 * @since 0.1.0
 * @csspart indicator - the ring (decorative)
 * @csspart label - the text
 * @cssproperty --pv-color-action-default - colour of the turning arc
 */
export class PvSpinner extends PvElement {
  static override styles = [...(PvElement.styles as []), spinnerStyles];

  /** Text shown and announced; defaults to "Chargement en cours…". */
  @property() accessor label = '';
  /** Hides the text visually; it is still read and announced. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-label' }) accessor hideLabel = false;
  /** Milliseconds to wait before announcing (a load shorter than this is not announced). */
  @property({ type: Number }) accessor delay = 400;

  private readonly msg = localizeComponents(this);
  #timer?: number;

  /** The text in use (own label or the localised default). */
  get text(): string {
    return this.label || this.msg.t('spinner.loading');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // Shown again after being hidden: a new wait, a new announcement.
    if (name === 'hidden' && old !== null && value === null) this.#schedule();
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'hidden'];
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => {
      if (this.isConnected && !this.hidden) announce(this.text, 'polite');
    }, this.delay);
  }

  override render() {
    return html`<span class="indicator" part="indicator" aria-hidden="true"></span><span class="label ${this.hideLabel ? 'visually-hidden' : ''}" part="label">${this.text}</span>`;
  }
}

define('pv-spinner', PvSpinner);

declare global {
  interface HTMLElementTagNameMap {
    'pv-spinner': PvSpinner;
  }
}
