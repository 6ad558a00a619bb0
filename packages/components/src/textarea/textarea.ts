import { html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { announce, define, idRefs, PvFormControl, type FormValue, type Validator } from '@parvis/core';
import { characterCount, maxLength, minLength, required } from '@parvis/core/validators';
import { localizeComponents } from '../i18n/index.js';
import { textareaStyles } from './textarea.styles.js';

/** Quiet time after the last keystroke before the count is announced. */
const ANNOUNCE_DELAY = 500;

/**
 * A multi-line text field, with an optional character count (GOV.UK character count).
 *
 * With `maxlength`, a count under the field says how many characters remain; it is part of the
 * field's description. Screen readers hear it only near the limit and once typing pauses. A longer
 * text is kept, never cut: the count turns red and the form reports the error.
 *
 * @summary Zone de texte sur plusieurs lignes, avec compteur de caractères.
 * @status stable
 * @since 0.1.0
 * @csspart label - the label
 * @csspart hint - the hint text
 * @csspart feedback - the error, warning or information message
 * @csspart control - the native textarea
 * @csspart count - the character count
 * @cssproperty --pv-control-border - border colour of the textarea
 * @cssstate user-invalid - an error message is shown
 * @fires input - on each keystroke (native, composed)
 * @fires change - when the value is committed
 */
export class PvTextarea extends PvFormControl<string> {
  static override styles = [...PvFormControl.styles, textareaStyles];

  /** Current value. */
  @property() accessor value = '';
  /** Visible number of lines. */
  @property({ type: Number }) accessor rows = 5;
  /** Minimum number of characters. */
  @property({ type: Number }) accessor minlength: number | undefined = undefined;
  /** Maximum number of characters: shows the count; longer texts are reported, never cut. */
  @property({ type: Number }) accessor maxlength: number | undefined = undefined;
  /** Autofill token (RGAA 11.13), rarely useful for free text. */
  @property() accessor autocomplete: string | undefined = undefined;
  /** Read-only: submitted but not editable. */
  @property({ type: Boolean, reflect: true }) accessor readonly = false;
  /** Spell checking; on by default for free text. */
  @property({ type: Boolean }) override accessor spellcheck = true;

  @query('#control') private accessor textarea!: HTMLTextAreaElement | null;
  private readonly msg = localizeComponents(this);
  #timer?: number;

  protected get control(): HTMLElement | null {
    return this.textarea;
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
    if (this.max !== undefined) rules.push(maxLength(this.max));
    return rules;
  }

  protected override validationDependsOn(changed: PropertyValues<this>): boolean {
    return changed.has('minlength') || changed.has('maxlength');
  }

  /** The limit, when it is a usable number. */
  private get max(): number | undefined {
    const max = this.maxlength;
    return max !== undefined && max !== null && Number.isFinite(max) && max >= 0 ? max : undefined;
  }

  /** "Il vous reste 12 caractères." / "Vous avez 3 caractères en trop." */
  private countMessage(max: number): string {
    const remaining = max - characterCount(this.value);
    return remaining < 0
      ? this.msg.t('textarea.over', { count: -remaining })
      : this.msg.t('textarea.remaining', { count: remaining, max });
  }

  private onInput(event: Event): void {
    this.commitInput((event.target as HTMLTextAreaElement).value);
    if (this.max === undefined) return;
    // Debounced so a screen reader is not flooded while the person types.
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => this.announceCount(), ANNOUNCE_DELAY);
  }

  /** Announced politely only near the limit (last 10 %, or last 20 characters) and when over it. */
  private announceCount(): void {
    const max = this.max;
    if (max === undefined || !this.isConnected) return;
    const remaining = max - characterCount(this.value);
    if (remaining <= Math.max(max / 10, 20)) announce(this.countMessage(max), 'polite');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  override render() {
    const max = this.max;
    const over = max !== undefined && characterCount(this.value) > max;
    return html`
      ${this.renderLabel()} ${this.renderHint()} ${this.renderFeedback()}
      <textarea
        id="control"
        class="control"
        part="control"
        name=${this.name || nothing}
        rows=${this.rows > 0 ? this.rows : 5}
        .value=${this.value}
        ?disabled=${this.isDisabled}
        ?readonly=${this.readonly}
        aria-required=${this.required ? 'true' : nothing}
        aria-invalid=${this.ariaInvalidValue}
        aria-describedby=${idRefs(this.describedBy, max !== undefined && 'count') ?? nothing}
        autocomplete=${(this.autocomplete as AutoFill | undefined) ?? nothing}
        spellcheck=${this.spellcheck ? 'true' : 'false'}
        @input=${this.onInput}
        @change=${this.emitChange}
      ></textarea>
      ${max === undefined ? nothing : html`<div id="count" class="count ${over ? 'over' : ''}" part="count">${this.countMessage(max)}</div>`}
    `;
  }
}

define('pv-textarea', PvTextarea);

declare global {
  interface HTMLElementTagNameMap {
    'pv-textarea': PvTextarea;
  }
}
