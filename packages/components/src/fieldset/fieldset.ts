import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { define, fieldStyles, PvElement } from '@parvis/core';
import { groupStyles } from './group.styles.js';
import { fieldsetStyles } from './fieldset.styles.js';

/**
 * Native form controls, form-associated custom elements (Parvis controls and others), and custom
 * elements not defined yet (their `disabled` attribute is read when they upgrade).
 */
function isDisableable(el: Element): boolean {
  if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement || el instanceof HTMLButtonElement) return true;
  if (!el.localName.includes('-')) return false;
  const ctor = customElements.get(el.localName) as { formAssociated?: boolean } | undefined;
  return !ctor || ctor.formAssociated === true;
}

/**
 * Groups related fields under a legend, such as the parts of an address. It is a presentation
 * element, not a form control: the fields inside take part in the form themselves.
 *
 * The `<fieldset>` and its `<legend>` are in the shadow root and the fields are slotted into it:
 * the accessibility tree follows the flattened tree, so the fields are announced inside a group
 * named by the legend (checked in the tests against Chromium's accessibility tree).
 *
 * A native fieldset in a shadow root does not disable the light-DOM fields slotted into it, so
 * `disabled` is carried to them: each field that was enabled is disabled, and enabled again when
 * `disabled` is removed; fields disabled by the page stay disabled.
 *
 * ```html
 * <pv-fieldset legend="Adresse du siège">
 *   <pv-text-field label="Rue" name="rue" autocomplete="address-line1"></pv-text-field>
 *   <pv-text-field label="Code postal" name="cp" autocomplete="postal-code" width="5"></pv-text-field>
 * </pv-fieldset>
 * ```
 *
 * @summary Regroupe des champs liés sous une légende.
 * @status stable
 * @since 0.1.0
 * @slot - the grouped fields
 * @csspart fieldset - the native fieldset
 * @csspart legend - the legend
 * @csspart hint - the hint under the legend
 */
export class PvFieldset extends PvElement {
  static override styles = [...(PvElement.styles as []), fieldStyles, groupStyles, fieldsetStyles];

  /** The legend: the question or the theme shared by the fields. */
  @property() accessor legend = '';
  /** Help text under the legend, read when the group is entered. */
  @property() accessor hint = '';
  /** Legend size: `lg` or `xl` when the legend is the page's main question. */
  @property({ reflect: true }) accessor size: 'md' | 'lg' | 'xl' = 'md';
  /** Level (1–6) when the legend is also a heading, e.g. 1 for a one-question page. */
  @property({ type: Number, attribute: 'heading-level' }) accessor headingLevel: number | undefined = undefined;
  /** Disables every field of the group (and enables them again when removed). */
  @property({ type: Boolean, reflect: true }) accessor disabled = false;

  /** Fields this element disabled, to enable them again (and only them). */
  readonly #disabledByUs = new Set<Element>();

  /** Every form field inside the slotted content, nested ones included. */
  get elements(): Element[] {
    const slot = this.renderRoot?.querySelector('slot');
    const roots = slot ? slot.assignedElements({ flatten: true }) : Array.from(this.children);
    return roots.flatMap((root) => [root, ...Array.from(root.querySelectorAll('*'))].filter(isDisableable));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('disabled')) this.#applyDisabled();
    if (!this.legend && !this.hasAttribute('aria-label')) console.warn('[parvis] <pv-fieldset> sans légende : ajoutez l’attribut legend.');
  }

  #applyDisabled(): void {
    if (this.disabled) {
      for (const el of this.elements) {
        if (el.hasAttribute('disabled')) continue;
        el.toggleAttribute('disabled', true);
        this.#disabledByUs.add(el);
      }
    } else {
      for (const el of this.#disabledByUs) el.removeAttribute('disabled');
      this.#disabledByUs.clear();
    }
  }

  private onSlotChange(): void {
    if (this.disabled) this.#applyDisabled();
  }

  override render() {
    const level = this.headingLevel && this.headingLevel >= 1 && this.headingLevel <= 6 ? this.headingLevel : undefined;
    return html`
      <fieldset part="fieldset" aria-describedby=${ifDefined(this.hint ? 'hint' : undefined)}>
        <legend class="label" part="legend">
          ${level ? html`<span class="heading" role="heading" aria-level=${level}>${this.legend}</span>` : this.legend}
        </legend>
        ${this.hint ? html`<div id="hint" class="hint" part="hint">${this.hint}</div>` : nothing}
        <div class="content"><slot @slotchange=${this.onSlotChange}></slot></div>
      </fieldset>
    `;
  }
}

define('pv-fieldset', PvFieldset);

declare global {
  interface HTMLElementTagNameMap {
    'pv-fieldset': PvFieldset;
  }
}
