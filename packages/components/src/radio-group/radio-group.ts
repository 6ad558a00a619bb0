import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { define, type FormValue, type Validator } from '@parvis/core';
import { required } from '@parvis/core/validators';
import { PvChoiceGroup } from '../fieldset/choice-group.js';
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
export class PvRadioGroup extends PvChoiceGroup<string> {
  static override styles = [...PvChoiceGroup.styles, radioGroupStyles];

  protected readonly inputType = 'radio';
  protected readonly idPrefix = 'r';
  protected override readonly inputName = 'choice';

  /** Value of the chosen answer; '' when none is chosen. */
  @property()
  set value(value: string) {
    this.assignedValue = value == null ? '' : String(value);
  }
  get value(): string {
    return this.assignedValue ?? this.answers.defaults.at(-1) ?? '';
  }
  /** Answers side by side, for two short answers such as Oui / Non. */
  @property({ type: Boolean, reflect: true }) accessor inline = false;

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

  protected get checkedValues(): readonly string[] {
    return this.value === '' ? [] : [this.value];
  }

  protected renderMark() {
    return html`<svg class="mark" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="4" fill="currentColor" /></svg>`;
  }

  protected onInput(event: Event): void {
    this.commitInput((event.target as HTMLInputElement).value);
  }
}

define('pv-radio-group', PvRadioGroup);

declare global {
  interface HTMLElementTagNameMap {
    'pv-radio-group': PvRadioGroup;
  }
}
