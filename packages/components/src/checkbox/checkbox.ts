import { html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { define, PvFormControl, type FormValue, type Validator } from '@parvis/core';
import { required } from '@parvis/core/validators';
import { checkboxStyles } from './checkbox.styles.js';

/**
 * A single checkbox with its label on the right, for a yes/no question or a consent.
 * Like a native checkbox, `value` (default "on") is sent only when the box is ticked.
 * For several related choices, use `pv-checkbox-group`.
 *
 * @summary Case à cocher seule.
 * @status stable
 * @since 0.1.0
 * @csspart label - the label, next to the box
 * @csspart hint - the hint text, under the label
 * @csspart feedback - the error message, above the box
 * @csspart control - the native checkbox
 * @cssproperty --pv-control-border - border colour of the box
 * @cssstate user-invalid - an error message is shown
 * @fires input - when the person ticks or unticks the box (native, composed)
 * @fires change - when the person ticks or unticks the box
 */
export class PvCheckbox extends PvFormControl<string> {
  static override styles = [...PvFormControl.styles, checkboxStyles];

  /** Ticked or not. The attribute sets the first state, the one a form reset brings back. */
  @property({ type: Boolean }) accessor checked = false;
  /** Sent with the form when the box is ticked. */
  @property() accessor value = 'on';
  /** Neither ticked nor unticked (a "select all" box over a partial selection); cleared by a click. */
  @property({ type: Boolean }) accessor indeterminate = false;

  @query('#control') private accessor input!: HTMLInputElement | null;
  #defaultChecked = false;

  protected get control(): HTMLElement | null {
    return this.input;
  }

  protected formValue(): FormValue {
    return this.checked ? this.value : null;
  }

  protected restoreValue(state: string | File | FormData | null): string | undefined {
    // The saved state is the submitted value: present means ticked.
    this.checked = typeof state === 'string';
    return undefined;
  }

  /** Required means "must be ticked": the rule looks at `checked`, not at the text of `value`. */
  protected override builtinValidators(): Validator<string>[] {
    return this.required ? [{ ...required<string>('check'), check: () => this.checked }] : [];
  }

  protected override validationDependsOn(changed: PropertyValues<this>): boolean {
    return changed.has('checked');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) this.#defaultChecked = this.checked;
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this.checked = this.#defaultChecked;
    this.indeterminate = false;
  }

  /** `input` comes first: `checked` is already right for listeners of `input` and `change`. */
  private onInput(event: Event): void {
    this.checked = (event.target as HTMLInputElement).checked;
    this.indeterminate = false;
    this.commitInput(this.value);
  }

  override render() {
    return html`
      ${this.renderFeedback()}
      <div class="row">
        <span class="box">
          <input
            id="control"
            class="check"
            part="control"
            type="checkbox"
            name=${this.name || nothing}
            .value=${this.value}
            .checked=${this.checked}
            .indeterminate=${this.indeterminate}
            ?disabled=${this.isDisabled}
            aria-required=${this.required ? 'true' : nothing}
            aria-invalid=${this.ariaInvalidValue}
            aria-describedby=${this.describedBy ?? nothing}
            @input=${this.onInput}
            @change=${this.emitChange}
          />
          <svg class="mark" viewBox="0 0 24 24" aria-hidden="true">
            <path class="tick" d="M5 12.5l4.5 4.5L19 7.5" />
            <path class="dash" d="M6 12h12" />
          </svg>
        </span>
        <span class="text">${this.renderLabel()} ${this.renderHint()}</span>
      </div>
    `;
  }
}

define('pv-checkbox', PvCheckbox);

declare global {
  interface HTMLElementTagNameMap {
    'pv-checkbox': PvCheckbox;
  }
}
