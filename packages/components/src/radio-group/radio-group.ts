import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { define, PvFormControl, type FormValue, type Validator } from '@parvis/core';
import { required } from '@parvis/core/validators';
import { ChoicesController } from '../fieldset/choices.js';
import { choiceStyles, groupStyles } from '../fieldset/group.styles.js';
import { radioGroupStyles } from './radio-group.styles.js';

/**
 * A question with one answer among a few (up to about 7; use `pv-select` beyond), drawn as
 * native radio buttons in a `<fieldset>` whose `<legend>` is the question. The answers are
 * `<option>` children, as in a `<select>`. The radios share one `name` inside the shadow root,
 * so the browser's own radio group behaviour applies: Tab enters and leaves the group, arrow
 * keys move and select.
 *
 * ```html
 * <pv-radio-group label="Avez-vous déjà un compte ?" name="compte" inline required>
 *   <option value="oui">Oui</option>
 *   <option value="non">Non</option>
 * </pv-radio-group>
 * ```
 *
 * @summary Boutons radio : une seule réponse possible à une question.
 * @status stable
 * @since 0.1.0
 * @slot - `<option value="…">` elements (not rendered themselves): `selected` chooses one by default,
 *   `disabled` locks it, `data-hint` adds a hint under it.
 * @csspart label - the legend (the question)
 * @csspart hint - the hint under the legend
 * @csspart feedback - the error message
 * @csspart choices - the list of answers
 * @csspart choice - one answer (button, label and hint)
 * @csspart input - a native radio button
 * @cssproperty --pv-control-border - border colour of the buttons
 * @cssproperty --pv-control-background - background of an unselected button
 * @cssstate user-invalid - an error message is shown
 * @fires input - when an answer is chosen (native, composed)
 * @fires change - when an answer is chosen
 */
export class PvRadioGroup extends PvFormControl<string> {
  static override styles = [...PvFormControl.styles, groupStyles, choiceStyles, radioGroupStyles];

  readonly #choices = new ChoicesController(this, () => this.requestUpdate('value', null));
  /** Undefined until set: the option marked `selected` gives the value. */
  #value?: string;
  #initial?: string;
  #connected = false;

  /** Value of the chosen answer; '' when none is chosen. */
  @property()
  set value(value: string) {
    this.#value = value == null ? '' : String(value);
  }
  get value(): string {
    return this.#value ?? this.#choices.defaults.at(-1) ?? '';
  }
  /** Answers side by side, for two short answers such as Oui / Non. */
  @property({ type: Boolean, reflect: true }) accessor inline = false;
  /** Legend size: `lg` or `xl` when the question is the page's main question. */
  @property({ reflect: true }) accessor size: 'md' | 'lg' | 'xl' = 'md';

  /** The chosen radio, else the first enabled one: where Tab would land. */
  protected get control(): HTMLElement | null {
    const root = this.renderRoot;
    return root?.querySelector<HTMLInputElement>('input:checked:not(:disabled)') ?? root?.querySelector<HTMLInputElement>('input:not(:disabled)') ?? null;
  }

  /** delegatesFocus would pick the first radio even when another one is chosen. */
  override focus(options?: FocusOptions): void {
    const control = this.control;
    if (control) control.focus(options);
    else super.focus(options);
  }

  protected formValue(): FormValue {
    return this.value || null;
  }

  protected restoreValue(state: string | File | FormData | null): string | undefined {
    return typeof state === 'string' ? state : undefined;
  }

  protected override builtinValidators(): Validator<string>[] {
    return this.required ? [required('choice')] : [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#connected) {
      this.#connected = true;
      this.#initial = this.#value;
    }
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this.#value = this.#initial;
    this.requestUpdate('value', null);
  }

  private onInput(event: Event): void {
    this.commitInput((event.target as HTMLInputElement).value);
  }

  override render() {
    const value = this.value;
    return html`
      <fieldset class="group" aria-describedby=${ifDefined(this.describedBy)} ?disabled=${this.isDisabled}>
        <legend class="label" part="label">${this.label}${this.renderRequiredMarker()}</legend>
        ${this.renderHint()} ${this.renderFeedback()}
        <div class="choices" part="choices">
          ${this.#choices.choices.map(
            (c, i) => html`
              <div class="choice ${c.disabled || this.isDisabled ? 'disabled' : ''}" part="choice">
                <span class="box">
                  <input
                    id="r${i}"
                    class="input"
                    part="input"
                    type="radio"
                    name="choice"
                    .value=${c.value}
                    .checked=${live(value !== '' && value === c.value)}
                    ?disabled=${c.disabled}
                    aria-invalid=${this.ariaInvalidValue}
                    aria-describedby=${ifDefined(c.hint ? `r${i}-hint` : undefined)}
                    @input=${this.onInput}
                    @change=${this.emitChange}
                  />
                  <svg class="mark" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="4" fill="currentColor" /></svg>
                </span>
                <label class="choice-label" for="r${i}">${c.label}</label>
                ${c.hint ? html`<div id="r${i}-hint" class="choice-hint">${c.hint}</div>` : nothing}
              </div>
            `,
          )}
        </div>
      </fieldset>
    `;
  }
}

define('pv-radio-group', PvRadioGroup);

declare global {
  interface HTMLElementTagNameMap {
    'pv-radio-group': PvRadioGroup;
  }
}
