import { html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { define, PvFormControl, type FormValue, type Validator } from '@parvis/core';
import { email, lazyValidator, maxLength, minLength, pattern, required, url, validatorsFromAttribute } from '@parvis/core/validators';
import { textFieldStyles } from './text-field.styles.js';

export type TextFieldType = 'text' | 'email' | 'tel' | 'url' | 'number' | 'password' | 'search';
/** Width of the input in characters, so its size hints at the expected answer (GOV.UK). */
export type TextFieldWidth = 'full' | '30' | '20' | '10' | '5' | '4' | '3' | '2';

/**
 * A single-line text field with its label, hint and error message.
 *
 * @summary Champ de saisie sur une ligne.
 * @status stable
 * @since 0.1.0
 * @csspart label - the label
 * @csspart hint - the hint text
 * @csspart feedback - the error, warning or information message
 * @csspart control - the native input
 * @cssproperty --pv-control-border - border colour of the input
 * @cssstate user-invalid - an error message is shown
 * @fires input - on each keystroke (native, composed)
 * @fires change - when the value is committed
 */
export class PvTextField extends PvFormControl<string> {
  static override styles = [...PvFormControl.styles, textFieldStyles];

  /** Current value. */
  @property() accessor value = '';
  /** Input type; prefer `text` with `inputmode="numeric"` for codes and numbers (GOV.UK). */
  @property() accessor type: TextFieldType = 'text';
  /** Autofill token (RGAA 11.13): `name`, `given-name`, `email`, `tel`, `postal-code`… */
  @property() accessor autocomplete: string | undefined = undefined;
  /** Virtual keyboard hint: `numeric`, `decimal`, `tel`, `email`, `url`. */
  @property() override accessor inputMode = '';
  /** Minimum number of characters. */
  @property({ type: Number }) accessor minlength: number | undefined = undefined;
  /** Maximum number of characters; longer values are accepted and reported, never cut. */
  @property({ type: Number }) accessor maxlength: number | undefined = undefined;
  /** Regular expression the whole value must match (like HTML `pattern`). */
  @property() accessor pattern: string | undefined = undefined;
  /** An example of a value that matches `pattern`, quoted in the error message. */
  @property({ attribute: 'pattern-example' }) accessor patternExample = '';
  /** Smallest number accepted (French number format). */
  @property({ type: Number }) accessor min: number | undefined = undefined;
  /** Largest number accepted (French number format). */
  @property({ type: Number }) accessor max: number | undefined = undefined;
  /** Named French validators, space separated: `postcode phone siren siret rna iban amount email url number`. */
  @property() accessor validate = '';
  /** Width in characters. */
  @property({ reflect: true }) accessor width: TextFieldWidth = 'full';
  /** Text shown before the input (e.g. a currency), also read by screen readers. */
  @property({ attribute: 'prefix' }) accessor prefixText = '';
  /** Text shown after the input (e.g. "€", "km"). */
  @property({ attribute: 'suffix' }) accessor suffixText = '';
  /** Read-only: submitted but not editable. */
  @property({ type: Boolean, reflect: true }) accessor readonly = false;
  /** Spell checking; off by default for codes and names. */
  @property({ type: Boolean }) override accessor spellcheck = false;

  @query('#control') private accessor input!: HTMLInputElement | null;

  protected get control(): HTMLElement | null {
    return this.input;
  }

  protected formValue(): FormValue {
    return this.value;
  }

  protected restoreValue(state: string | File | FormData | null): string | undefined {
    return typeof state === 'string' ? state : undefined;
  }

  protected override builtinValidators(): Validator<string>[] {
    const rules: Validator<string>[] = [];
    if (this.required) rules.push(required('text'));
    if (this.minlength !== undefined) rules.push(minLength(this.minlength));
    if (this.maxlength !== undefined) rules.push(maxLength(this.maxlength));
    if (this.type === 'email') rules.push(email());
    if (this.type === 'url') rules.push(url());
    if (this.pattern) rules.push(pattern(this.pattern, this.patternExample));
    // French number parsing is loaded with the first field that needs it.
    if (this.min !== undefined) rules.push(lazyValidator('min', this.min));
    if (this.max !== undefined) rules.push(lazyValidator('max', this.max));
    if (this.validate) rules.push(...validatorsFromAttribute(this.validate));
    return rules;
  }

  protected override validationDependsOn(changed: PropertyValues<this>): boolean {
    const keys = changed as Map<PropertyKey, unknown>;
    return ['type', 'minlength', 'maxlength', 'pattern', 'min', 'max', 'validate'].some((key) => keys.has(key));
  }

  private onInput(event: Event): void {
    this.commitInput((event.target as HTMLInputElement).value);
  }

  private onKeydown(event: KeyboardEvent): void {
    // Implicit submission: the inner input is not in the form, so Enter must ask the form itself.
    if (event.key === 'Enter' && !event.isComposing && this.form) {
      event.preventDefault();
      this.form.requestSubmit();
    }
  }

  override render() {
    // `type=number` is rendered as text + numeric keyboard: native number inputs mangle
    // "1 234,5" and change value on scroll (GOV.UK guidance).
    const nativeType = this.type === 'number' ? 'text' : this.type;
    const inputMode = this.inputMode || (this.type === 'number' ? 'decimal' : '');
    return html`
      ${this.renderLabel()} ${this.renderHint()} ${this.renderFeedback()}
      <div class="wrapper">
        ${this.prefixText ? html`<span class="affix" part="prefix" aria-hidden="true">${this.prefixText}</span>` : nothing}
        <input
          id="control"
          class="control"
          part="control"
          type=${nativeType}
          name=${ifDefined(this.name || undefined)}
          .value=${this.value}
          ?disabled=${this.isDisabled}
          ?readonly=${this.readonly}
          aria-required=${this.required ? 'true' : nothing}
          aria-invalid=${this.ariaInvalidValue}
          aria-describedby=${ifDefined(this.describedByWithAffixes)}
          autocomplete=${ifDefined(this.autocomplete as AutoFill | undefined)}
          inputmode=${ifDefined(inputMode || undefined)}
          spellcheck=${this.spellcheck ? 'true' : 'false'}
          @input=${this.onInput}
          @change=${this.emitChange}
          @keydown=${this.onKeydown}
        />
        ${this.suffixText ? html`<span class="affix" part="suffix" aria-hidden="true">${this.suffixText}</span>` : nothing}
      </div>
      ${this.prefixText || this.suffixText ? html`<span id="affixes" class="visually-hidden">${[this.prefixText, this.suffixText].filter(Boolean).join(' ')}</span>` : nothing}
    `;
  }

  /** Prefix and suffix are decorative visually but meaningful ("€"): read after the hint. */
  private get describedByWithAffixes(): string | undefined {
    const ids = [this.describedBy, this.prefixText || this.suffixText ? 'affixes' : ''].filter(Boolean).join(' ');
    return ids || undefined;
  }
}

define('pv-text-field', PvTextField);

declare global {
  interface HTMLElementTagNameMap {
    'pv-text-field': PvTextField;
  }
}
