import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { define, PvFormControl, type FormValue, type ValidationContext, type Validator } from '@parvis/core';
import { required } from '@parvis/core/validators';
import { componentMessages, localizeComponents } from '../i18n/index.js';
import { ChoicesController } from '../fieldset/choices.js';
import { choiceStyles, groupStyles } from '../fieldset/group.styles.js';
import { checkboxGroupStyles } from './checkbox-group.styles.js';

/** `value="a,b"` for webmasters; prefer `selected` on the options (values may contain commas). */
const listConverter = {
  fromAttribute: (text: string | null): string[] => (text ? text.split(',').map((s) => s.trim()).filter(Boolean) : []),
};

function toList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? listConverter.fromAttribute(value) : [];
}

/** A rule on the number of ticked answers; like every rule but `required`, it skips an empty answer. */
function countRule(name: 'minSelected' | 'maxSelected', limit: number): Validator<string[]> {
  const ok = (n: number) => (name === 'minSelected' ? n >= limit : n <= limit);
  return {
    name,
    flag: name === 'minSelected' ? 'rangeUnderflow' : 'rangeOverflow',
    check: (value) => value.length === 0 || ok(value.length),
    message: (value, context: ValidationContext) =>
      componentMessages.t(context.locale, `checkboxGroup.${name}`, { count: limit, chosen: value.length, label: context.label }),
  };
}

/**
 * A question with several possible answers, drawn as native checkboxes in a `<fieldset>` whose
 * `<legend>` is the question. The answers are `<option>` children, as in a `<select>`.
 *
 * ```html
 * <pv-checkbox-group label="Quels services utilisez-vous ?" name="services">
 *   <option value="caf" data-hint="Allocations familiales, aide au logement">CAF</option>
 *   <option value="impots" selected>Impôts</option>
 *   <option value="aucun" data-exclusive>Aucun de ces services</option>
 * </pv-checkbox-group>
 * ```
 *
 * @summary Cases à cocher : plusieurs réponses possibles à une question.
 * @status stable
 * @since 0.1.0
 * @slot - `<option value="…">` elements (not rendered themselves): `selected` ticks one by default,
 *   `disabled` locks it, `data-hint` adds a hint under it, `data-exclusive` makes it a "none of these" answer.
 * @csspart label - the legend (the question)
 * @csspart hint - the hint under the legend
 * @csspart feedback - the error message
 * @csspart choices - the list of answers
 * @csspart choice - one answer (box, label and hint)
 * @csspart input - a native checkbox
 * @cssproperty --pv-control-border - border colour of the boxes
 * @cssproperty --pv-control-background - background of an unticked box
 * @cssstate user-invalid - an error message is shown
 * @fires input - when a box is ticked or unticked (native, composed)
 * @fires change - when a box is ticked or unticked
 */
export class PvCheckboxGroup extends PvFormControl<string[]> {
  static override styles = [...PvFormControl.styles, groupStyles, choiceStyles, checkboxGroupStyles];

  protected readonly msg = localizeComponents(this);
  readonly #choices = new ChoicesController(this, () => this.requestUpdate('value', null));
  /** Undefined until set: the options marked `selected` give the value. */
  #value?: string[];
  #initial?: string[];
  #connected = false;

  /** Values of the ticked answers, in the order of the options. Attribute: comma-separated. */
  @property({ converter: listConverter })
  set value(value: string[]) {
    this.#value = toList(value);
  }
  get value(): string[] {
    const chosen = this.#value ?? this.#choices.defaults;
    const known = this.#choices.choices.map((c) => c.value).filter((v) => chosen.includes(v));
    return [...known, ...chosen.filter((v) => !known.includes(v))];
  }
  /** Fewest answers accepted when at least one is ticked (use `required` to forbid none). */
  @property({ type: Number, attribute: 'min-selected' }) accessor minSelected: number | undefined = undefined;
  /** Most answers accepted. */
  @property({ type: Number, attribute: 'max-selected' }) accessor maxSelected: number | undefined = undefined;
  /** Legend size: `lg` or `xl` when the question is the page's main question. */
  @property({ reflect: true }) accessor size: 'md' | 'lg' | 'xl' = 'md';

  protected get control(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLInputElement>('input:not(:disabled)') ?? null;
  }

  protected formValue(): FormValue {
    if (!this.name) return null;
    const data = new FormData();
    for (const v of this.value) data.append(this.name, v);
    return data;
  }

  protected override formState(): FormValue {
    const data = new FormData();
    for (const v of this.value) data.append('value', v);
    return data;
  }

  protected restoreValue(state: string | File | FormData | null): string[] | undefined {
    if (state instanceof FormData) return Array.from(state.values()).filter((v): v is string => typeof v === 'string');
    return typeof state === 'string' ? [state] : undefined;
  }

  protected override builtinValidators(): Validator<string[]>[] {
    const rules: Validator<string[]>[] = [];
    if (this.required) rules.push(required('choice'));
    if (this.minSelected) rules.push(countRule('minSelected', this.minSelected));
    if (this.maxSelected) rules.push(countRule('maxSelected', this.maxSelected));
    return rules;
  }

  protected override validationDependsOn(changed: PropertyValues<this>): boolean {
    return changed.has('minSelected') || changed.has('maxSelected');
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
    const input = event.target as HTMLInputElement;
    const choices = this.#choices.choices;
    const exclusive = (v: string) => choices.some((c) => c.exclusive && c.value === v);
    let next = this.value.filter((v) => v !== input.value);
    if (input.checked) {
      // "None of these" and the other answers exclude each other (GOV.UK pattern).
      const locked = (v: string) => choices.some((c) => c.disabled && c.value === v);
      next = exclusive(input.value) ? [...next.filter(locked), input.value] : [...next.filter((v) => !exclusive(v) || locked(v)), input.value];
    }
    this.commitInput(next);
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
              ${c.exclusive && i > 0 ? html`<div class="divider">${this.msg.t('checkboxGroup.or')}</div>` : nothing}
              <div class="choice ${c.disabled || this.isDisabled ? 'disabled' : ''}" part="choice">
                <span class="box">
                  <input
                    id="c${i}"
                    class="input"
                    part="input"
                    type="checkbox"
                    .value=${c.value}
                    .checked=${live(value.includes(c.value))}
                    ?disabled=${c.disabled}
                    aria-invalid=${this.ariaInvalidValue}
                    aria-describedby=${ifDefined(c.hint ? `c${i}-hint` : undefined)}
                    @input=${this.onInput}
                    @change=${this.emitChange}
                  />
                  <svg class="mark" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                    <path fill="currentColor" d="M6.4 13.3 1.6 8.5l1.7-1.7 3.1 3.1 6.3-6.3 1.7 1.7z" />
                  </svg>
                </span>
                <label class="choice-label" for="c${i}">${c.label}</label>
                ${c.hint ? html`<div id="c${i}-hint" class="choice-hint">${c.hint}</div>` : nothing}
              </div>
            `,
          )}
        </div>
      </fieldset>
    `;
  }
}

define('pv-checkbox-group', PvCheckboxGroup);

declare global {
  interface HTMLElementTagNameMap {
    'pv-checkbox-group': PvCheckboxGroup;
  }
}
