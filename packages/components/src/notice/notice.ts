import { html, nothing, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { announce, define, PvElement } from '@parvis/core';
import { localizeComponents } from '../i18n/index.js';
import { noticeStyles } from './notice.styles.js';

export type NoticeType = 'info' | 'success' | 'warning' | 'error';

const ICONS = {
  info: svg`<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2"/><path fill="currentColor" d="M11 10h2v7h-2zM11 6.5h2v2h-2z"/>`,
  success: svg`<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2"/><path fill="none" stroke="currentColor" stroke-width="2.2" d="m7 12.5 3.2 3.2L17 9"/>`,
  warning: svg`<path fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" d="M12 3 2 21h20z"/><path fill="currentColor" d="M11 9.5h2v6h-2zM11 17h2v2h-2z"/>`,
  error: svg`<path fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" d="M8 2.5h8l5.5 5.5v8L16 21.5H8L2.5 16V8z"/><path fill="none" stroke="currentColor" stroke-width="2.2" d="m8.5 8.5 7 7m0-7-7 7"/>`,
};

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * A message in the page: information, success, warning or error. Each type has its own icon and
 * a visually hidden prefix ("Succès :") so that colour is never the only cue.
 * Static by default (no live role: it is read where it stands). With `live`, its text is said
 * through the shared live region when it appears or changes (assertive for errors).
 *
 * @summary Message d’information, de succès, d’alerte ou d’erreur.
 * @status stable
 * @since 0.1.0
 * @slot - the text of the message (links allowed)
 * @csspart base - the box
 * @csspart icon - the icon (decorative)
 * @csspart heading - the heading
 * @csspart close - the close button
 * @cssproperty --pv-notice-border-width - width of the coloured start border
 * @fires pv-dismiss - when the close button is pressed; cancel it to keep the message shown
 */
export class PvNotice extends PvElement {
  static override styles = [...(PvElement.styles as []), noticeStyles];

  /** `info`, `success`, `warning` or `error`. */
  @property({ reflect: true }) accessor type: NoticeType = 'info';
  /** Short heading in bold. */
  @property() accessor heading = '';
  /** Heading level (2 to 6) when the heading should appear in the page outline; 0 for bold text only. */
  @property({ type: Number }) accessor level = 0;
  /** Shows a "Masquer ce message" button. */
  @property({ type: Boolean, reflect: true }) accessor dismissible = false;
  /** Says the message through the shared live region when it appears or changes. */
  @property({ type: Boolean, reflect: true }) accessor live = false;

  private readonly msg = localizeComponents(this);
  #observer?: MutationObserver;
  #pending?: number;

  private get kind(): NoticeType {
    return this.type in ICONS ? this.type : 'info';
  }

  /** The full text as read: prefix, heading, content. */
  get spokenText(): string {
    const parts = [this.msg.t(`notice.${this.kind}`), this.heading, this.textContent ?? ''];
    return parts.join(' ').replace(/[ \t\r\n]+/g, ' ').trim();
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'hidden'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'hidden' && old !== null && value === null) this.#announceSoon();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer = new MutationObserver(() => this.#announceSoon());
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    clearTimeout(this.#pending);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // First render of a live notice (it just appeared), or its wording changed.
    if (changed.has('live') || changed.has('heading') || changed.has('type')) this.#announceSoon();
  }

  /** Several changes in a row give one announcement. */
  #announceSoon(): void {
    if (!this.live) return;
    clearTimeout(this.#pending);
    this.#pending = window.setTimeout(() => {
      if (this.live && this.isConnected && !this.hidden) announce(this.spokenText, this.kind === 'error' ? 'assertive' : 'polite');
    }, 50);
  }

  /** Hides the message (unless `pv-dismiss` is cancelled) and moves focus to what follows it. */
  dismiss(): void {
    const event = new CustomEvent('pv-dismiss', { bubbles: true, composed: true, cancelable: true });
    if (!this.dispatchEvent(event)) return;
    const hadFocus = this.matches(':focus-within');
    const next = hadFocus ? this.#nextFocusable() : undefined;
    this.hidden = true;
    if (!hadFocus) return;
    if (next) {
      next.focus();
      return;
    }
    const container = this.parentElement;
    if (!container) return;
    if (!container.hasAttribute('tabindex')) {
      container.setAttribute('tabindex', '-1');
      container.addEventListener('blur', () => container.removeAttribute('tabindex'), { once: true });
    }
    container.focus();
  }

  /** The first focusable element after the notice (a Parvis control counts through its host). */
  #nextFocusable(): HTMLElement | undefined {
    const all = this.ownerDocument.body.querySelectorAll<HTMLElement>('*');
    return Array.from(all).find(
      (el) =>
        this.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING &&
        !this.contains(el) &&
        (el.matches(FOCUSABLE) || (el.shadowRoot?.delegatesFocus && !el.matches(':disabled'))) &&
        el.getClientRects().length > 0,
    );
  }

  private renderHeading() {
    if (!this.heading) return nothing;
    const content = html`<span class="visually-hidden">${this.msg.t(`notice.${this.kind}`)} </span>${this.heading}`;
    const level = Math.trunc(this.level);
    return level >= 2 && level <= 6
      ? html`<div class="heading" part="heading" role="heading" aria-level=${level}>${content}</div>`
      : html`<p class="heading" part="heading">${content}</p>`;
  }

  override render() {
    const kind = this.kind;
    return html`
      <div class="notice" part="base">
        <svg class="icon" part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${ICONS[kind]}</svg>
        <div class="body">
          ${this.renderHeading()}
          <div class="content">${this.heading ? nothing : html`<span class="visually-hidden">${this.msg.t(`notice.${kind}`)} </span>`}<slot></slot></div>
        </div>
        ${this.dismissible
          ? html`<button class="close" part="close" type="button" @click=${this.dismiss}>
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="none" stroke="currentColor" stroke-width="2.5" d="m6 6 12 12M18 6 6 18"/></svg>
              <span class="visually-hidden">${this.msg.t('notice.close')}</span>
            </button>`
          : nothing}
      </div>
    `;
  }
}

define('pv-notice', PvNotice);

declare global {
  interface HTMLElementTagNameMap {
    'pv-notice': PvNotice;
  }
}
