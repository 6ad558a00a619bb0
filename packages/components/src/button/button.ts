import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { define, PvElement, safeUrl } from '@parvis/core';
import { buttonStyles } from './button.styles.js';

export type ButtonType = 'submit' | 'button' | 'reset';
export type ButtonVariant = 'primary' | 'secondary' | 'tertiary' | 'danger';
export type ButtonSize = 'md' | 'sm';

/**
 * A button that sends or resets its form, or a link that looks like a button (`href`).
 *
 * It takes part in its form like a native `<button>`: `type="submit"` (the default) asks the form
 * to send itself, so Parvis validation runs first; `type="reset"` resets it. Limitation: a custom
 * element cannot be the form's submitter, so its `name` and `value` are not sent with the data and
 * `event.submitter` is null; use a hidden field when the server needs to know which button was used.
 *
 * @summary Bouton d’action ou lien présenté comme un bouton.
 * @status stable
 * @since 0.1.0
 * @slot - the text of the button (its accessible name)
 * @slot icon - an optional decorative icon, shown before the text (hidden from screen readers)
 * @csspart button - the native `<button>` (or `<a>` with `href`)
 * @cssproperty --pv-button-background - background of the primary button
 * @cssproperty --pv-button-text - text colour of the primary button
 * @cssproperty --pv-button-background-hover - background of the primary button under the pointer
 * @cssproperty --pv-button-radius - corner radius
 * @fires click - native click from the inner button (not fired while disabled or loading)
 */
export class PvButton extends PvElement {
  static readonly formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [...(PvElement.styles as []), buttonStyles];

  readonly #internals: ElementInternals = this.attachInternals();

  /** `submit` (default, like HTML) sends the form, `reset` resets it, `button` does nothing by itself. */
  @property({ reflect: true }) accessor type: ButtonType = 'submit';
  /** Look: `primary` (one per page), `secondary`, `tertiary` (looks like a link), `danger`. */
  @property({ reflect: true }) accessor variant: ButtonVariant = 'primary';
  /** `md` (44 px high) or `sm` (at least 24 px, for dense tables). */
  @property({ reflect: true }) accessor size: ButtonSize = 'md';
  /** Disables the button (also when inside a disabled `<fieldset>`). */
  @property({ type: Boolean, reflect: true }) accessor disabled = false;
  /** Shows a spinner and ignores activation while an action runs; announce the result yourself. */
  @property({ type: Boolean, reflect: true }) accessor loading = false;
  /** Renders a link styled as a button. Only http(s), mailto and tel addresses are used. */
  @property() accessor href: string | null | undefined = undefined;
  /** Accessible name when the button shows only an icon. */
  @property() accessor label = '';
  /** Kept for familiarity; NOT sent with the form (see the limitation above). */
  @property({ reflect: true }) accessor name = '';
  /** Kept for familiarity; NOT sent with the form (see the limitation above). */
  @property() accessor value = '';

  @state() private accessor formDisabled = false;

  constructor() {
    super();
    // One listener on the host sees clicks from the inner button (composed) and `host.click()`.
    this.addEventListener('click', this.#onClick);
  }

  /** The form the button belongs to. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  get #inactive(): boolean {
    return this.disabled || this.formDisabled || this.loading;
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  readonly #onClick = (event: MouseEvent): void => {
    if (this.#inactive) {
      // Like a disabled native button: nothing happens and nobody hears of it.
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    const form = this.form;
    if (this.href != null || this.type === 'button' || !form) return;
    // Like the native activation behaviour: runs after every listener, unless one cancelled the click.
    setTimeout(() => {
      if (event.defaultPrevented || this.#inactive) return;
      if (this.type === 'reset') form.reset();
      else form.requestSubmit();
    });
  };

  override render() {
    const inactive = this.#inactive;
    const content = html`${this.loading
        ? html`<svg class="spinner" viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="3" stroke-dasharray="42 100" /></svg>`
        : html`<span class="icon" aria-hidden="true"><slot name="icon"></slot></span>`}<span class="text"><slot></slot></span>`;
    if (this.href != null) {
      // A disabled link, or one with an unsafe address (javascript:…), has no href: not followed.
      const href = inactive ? undefined : safeUrl(this.href);
      return html`<a
        class="btn"
        part="button"
        href=${href ?? nothing}
        role=${href ? nothing : 'link'}
        aria-disabled=${href ? nothing : 'true'}
        aria-label=${this.label || nothing}
        >${content}</a
      >`;
    }
    return html`<button
      class="btn"
      part="button"
      type="button"
      ?disabled=${this.disabled || this.formDisabled}
      aria-disabled=${this.loading ? 'true' : nothing}
      aria-label=${this.label || nothing}
    >${content}</button>`;
  }
}

define('pv-button', PvButton);

declare global {
  interface HTMLElementTagNameMap {
    'pv-button': PvButton;
  }
}
