import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PvElement } from '../pv-element.js';
import { LocalizeController, coreMessages, textsRevision, type CoreMessages } from '../localize/index.js';
import { idRefs } from '../ids.js';
import { evaluateValidators, type FeedbackType, type ValidationContext, type ValidationResult, type Validator } from '../validators/types.js';
import { FORM_CONTROL, manageForm } from './form-controller.js';
import { fieldStyles } from './field.styles.js';

/** What a control hands to its form: text, a file, several entries, or nothing. */
export type FormValue = string | File | FormData | null;

/** The state a feedback rule looks at. */
export interface InteractionState {
  touched: boolean;
  dirty: boolean;
  submitted: boolean;
}

/**
 * When a message is shown (after Lion's `showsFeedbackFor`): once the person has left the field
 * after changing it, or has tried to submit the form. Never while typing the first characters.
 */
export type FeedbackRule = (state: InteractionState) => boolean;
export const defaultFeedbackRule: FeedbackRule = ({ touched, dirty, submitted }) => submitted || (touched && dirty);

/**
 * Base of every Parvis form control: a form-associated custom element (ElementInternals).
 *
 * Label, hint, message and the native control are rendered in the same shadow root so that
 * `for` and `aria-describedby` never cross a root. Validity is reported to the form with the
 * inner control as anchor; messages come from validator objects and are shown by the feedback
 * rule. Custom states: `:state(invalid)`, `:state(user-invalid)`, `:state(touched)`, `:state(dirty)`.
 *
 * @fires change - when the person commits a new value (re-dispatched from the inner control, which does not cross the shadow root)
 * @fires pv-validate - after each validation, `detail` holds the failed rules
 */
export abstract class PvFormControl<V = string> extends PvElement {
  static readonly formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [...(PvElement.styles as []), fieldStyles];

  readonly [FORM_CONTROL] = true;
  protected readonly internals: ElementInternals = this.attachInternals();
  protected readonly localize = new LocalizeController<CoreMessages>(this, coreMessages);

  /** Name of the field in the submitted form data. */
  @property({ reflect: true }) accessor name = '';
  /** Visible label. Required for accessibility: a control without a label is reported in the console. */
  @property() accessor label = '';
  /** Help text under the label (expected format, example). */
  @property() accessor hint = '';
  /** Disables the control; it is then skipped by validation and by the form data. */
  @property({ type: Boolean, reflect: true }) accessor disabled = false;
  /** The control must be filled in before the form can be sent. */
  @property({ type: Boolean, reflect: true }) accessor required = false;
  /**
   * An error from outside (for instance returned by the server), shown at once and kept until the
   * value changes. Same role as `setCustomValidity`.
   */
  @property() accessor error = '';
  /** Extra validators, set from JavaScript. */
  @property({ attribute: false }) accessor validators: Validator<V>[] = [];
  /** When to show messages; see `defaultFeedbackRule`. */
  @property({ attribute: false }) accessor feedbackRule: FeedbackRule = defaultFeedbackRule;

  @state() protected accessor touched = false;
  @state() protected accessor dirty = false;
  @state() protected accessor submitted = false;
  @state() protected accessor formDisabled = false;
  @state() protected accessor results: readonly ValidationResult[] = [];

  /** The current value. */
  abstract value: V;
  /** The value the control had when first connected; reset brings it back. */
  protected initialValue?: V;
  #validationRun = 0;
  /** Locale and texts revision of the last validation: messages are re-worded when they change. */
  #validatedTexts?: string;
  #formValueStale = true;
  #pending = false;
  #validationComplete: Promise<void> = Promise.resolve();
  #labelChecked = false;

  constructor() {
    super();
    // Parvis shows its own message; cancelling `invalid` suppresses the browser bubble.
    this.addEventListener('invalid', (event) => {
      event.preventDefault();
      this.submitted = true;
    });
    this.addEventListener('focusout', () => {
      this.touched = true;
    });
  }

  // ---- what each control provides --------------------------------------------------------

  /** The element that receives focus and anchors the validity bubble position. */
  protected abstract get control(): HTMLElement | null;
  /** The entry (or entries) submitted with the form. */
  protected abstract formValue(): FormValue;
  /** The validators implied by attributes (required, maxlength, pattern, type…). */
  protected builtinValidators(): Validator<V>[] {
    return [];
  }
  /** Turns a saved form state back into a value (history navigation, autofill). */
  protected abstract restoreValue(state: string | File | FormData | null): V | undefined;
  /** The state saved with the form (defaults to the submitted value). */
  protected formState(): FormValue {
    return this.formValue();
  }

  // ---- native-like API ------------------------------------------------------------------

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  /** True when disabled directly or through a disabled fieldset. */
  get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  /** Checks validity and, when invalid, shows the message and moves focus to the control. */
  reportValidity(): boolean {
    const valid = this.internals.checkValidity();
    if (!valid) this.focusControl();
    return valid;
  }
  /** Like the native method: a non-empty message makes the control invalid. */
  setCustomValidity(message: string): void {
    this.error = message;
  }
  /** Feedback currently shown (rule passed), most severe first. */
  get shownFeedback(): ValidationResult | undefined {
    if (!this.feedbackRule({ touched: this.touched, dirty: this.dirty, submitted: this.submitted }) && !this.error) return undefined;
    return this.results[0];
  }
  /** True while an error message is displayed (drives aria-invalid and :state(user-invalid)). */
  get showsError(): boolean {
    return this.shownFeedback?.type === 'error';
  }

  /**
   * Scrolls the label into view, then focuses the control without scrolling again: links from the
   * error summary land with the question visible above the field (GOV.UK pattern).
   */
  focusControl(): void {
    const label = this.renderRoot.querySelector('.label, legend');
    label?.scrollIntoView({ block: 'start' });
    (this.control ?? this).focus({ preventScroll: Boolean(label) });
  }

  // ---- form lifecycle callbacks -----------------------------------------------------------

  formAssociatedCallback(form: HTMLFormElement | null): void {
    manageForm(form);
  }
  formResetCallback(): void {
    if (this.initialValue !== undefined) this.value = this.initialValue;
    this.touched = this.dirty = this.submitted = false;
    this.error = '';
  }
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }
  formStateRestoreCallback(state: string | File | FormData | null): void {
    const value = this.restoreValue(state);
    if (value !== undefined) this.value = value;
  }

  // ---- for subclasses ---------------------------------------------------------------------

  /** Call from the inner control's `input` handler: records a change made by the person. */
  protected commitInput(value: V): void {
    this.value = value;
    this.dirty = true;
    if (this.error) this.error = '';
  }
  /** Call from the inner control's `change` handler: `change` is not composed, so re-dispatch it. */
  protected emitChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Label with the "(obligatoire)" marker; `forId` is the inner control's id. */
  protected renderLabel(forId = 'control'): TemplateResult {
    return html`<label id="label" class="label" part="label" for=${forId}>${this.label}${this.renderRequiredMarker()}</label>`;
  }
  protected renderRequiredMarker(): TemplateResult | typeof nothing {
    return this.required ? html` <span class="required-marker">(${this.localize.t('form.required')})</span>` : nothing;
  }
  protected renderHint(): TemplateResult | typeof nothing {
    return this.hint ? html`<div id="hint" class="hint" part="hint">${this.hint}</div>` : nothing;
  }
  /** The message with its visually hidden "Erreur :" prefix (or warning / information). */
  protected renderFeedback(): TemplateResult | typeof nothing {
    const feedback = this.shownFeedback;
    if (!feedback) return nothing;
    const prefix = this.localize.t(PREFIX_KEYS[feedback.type]);
    return html`<p id="feedback" class="feedback ${feedback.type}" part="feedback" data-validator=${feedback.validator}>
      <span><span class="visually-hidden">${prefix} </span>${feedback.message}</span>
    </p>`;
  }
  /** Ids for the control's `aria-describedby`: hint, then the message when shown. */
  protected get describedBy(): string | undefined {
    return idRefs(this.hint && 'hint', this.shownFeedback && 'feedback');
  }
  /** `aria-invalid` value: only while an error is displayed. */
  protected get ariaInvalidValue(): 'true' | typeof nothing {
    return this.showsError ? 'true' : nothing;
  }

  // ---- lifecycle --------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.initialValue === undefined) this.initialValue = this.value;
  }

  /**
   * Validation runs before render, so the message and aria-invalid appear in the same frame as the
   * value; validity is then re-anchored on the freshly rendered inner control.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const relevant: PropertyKey[] = ['value', 'required', 'validators', 'error', 'disabled', 'formDisabled'];
    const keys = changed as Map<PropertyKey, unknown>;
    // Messages are worded again when the language or a catalogue changes (English loaded later).
    const texts = `${this.localize.locale}:${textsRevision()}`;
    if (texts !== this.#validatedTexts || relevant.some((key) => keys.has(key)) || this.validationDependsOn(changed)) {
      this.#validatedTexts = texts;
      this.#formValueStale = true;
      void this.revalidate();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#formValueStale) {
      this.#formValueStale = false;
      this.internals.setFormValue(this.isDisabled ? null : this.formValue(), this.formState());
    }
    this.applyValidity();
    this.syncStates();
    if (!this.#labelChecked && !this.label && !this.hasAttribute('aria-label')) {
      this.#labelChecked = true;
      console.warn(`[parvis] <${this.localName}> sans label : ajoutez l’attribut label.`);
    }
  }

  /** Subclasses return true when one of their own attributes changes the rules (maxlength…). */
  protected validationDependsOn(_changed: PropertyValues<this>): boolean {
    return false;
  }

  protected get validationContext(): ValidationContext {
    return { label: this.label, locale: this.localize.locale };
  }

  /**
   * Runs the rules: synchronous ones at once (so `checkValidity()` is right immediately after a
   * change), then the async ones; a late async answer for an older value is dropped.
   */
  async revalidate(): Promise<readonly ValidationResult[]> {
    const run = ++this.#validationRun;
    const rules = [...this.builtinValidators(), ...this.validators];
    const context = this.validationContext;
    const external: ValidationResult[] = this.error ? [{ validator: 'external', type: 'error', flag: 'customError', message: this.error }] : [];
    const { sync, pending } = evaluateValidators(rules, this.value, context);
    this.#pending = Boolean(pending);
    this.applyResults([...external, ...sync]);
    if (pending) {
      const done = pending.then((all) => {
        if (run !== this.#validationRun) return;
        this.#pending = false;
        this.applyResults([...external, ...all]);
      });
      this.#validationComplete = done;
      await done;
    } else {
      this.#validationComplete = Promise.resolve();
    }
    return this.results;
  }

  /** Resolves when the latest validation, async rules included, has answered. */
  get validationComplete(): Promise<void> {
    return this.#validationComplete;
  }

  private applyResults(found: ValidationResult[]): void {
    const order: Record<FeedbackType, number> = { error: 0, warning: 1, info: 2 };
    const sorted = [...found].sort((a, b) => order[a.type] - order[b.type]);
    const changed = sorted.length !== this.results.length || sorted.some((r, i) => r.message !== this.results[i]?.message);
    if (changed) this.results = sorted;
    this.applyValidity();
    if (changed) this.dispatchEvent(new CustomEvent('pv-validate', { bubbles: true, composed: true, detail: { results: sorted } }));
  }

  /** Reports the first error to the form, anchored on the inner control once it is rendered. */
  private applyValidity(): void {
    const error = this.isDisabled ? undefined : this.results.find((r) => r.type === 'error');
    if (error) this.internals.setValidity({ [error.flag]: true }, error.message, this.control ?? undefined);
    // An async rule has not answered yet: the form must not be sent unchecked. Nothing is shown.
    else if (this.#pending && !this.isDisabled) this.internals.setValidity({ customError: true }, this.localize.t('form.pending'), this.control ?? undefined);
    else this.internals.setValidity({});
  }

  private syncStates(): void {
    const states = this.internals.states as CustomStateSet | undefined;
    if (!states) return;
    const set = (name: string, on: boolean) => {
      try {
        if (on) states.add(name);
        else states.delete(name);
      } catch {
        // Old engines only accept "--name" states; the attribute fallback below still works.
      }
    };
    const invalid = this.results.some((r) => r.type === 'error') && !this.isDisabled;
    set('invalid', invalid);
    set('user-invalid', this.showsError);
    set('touched', this.touched);
    set('dirty', this.dirty);
    this.toggleAttribute('data-user-invalid', this.showsError);
  }
}

const PREFIX_KEYS = { error: 'form.errorPrefix', warning: 'form.warningPrefix', info: 'form.infoPrefix' } as const;
