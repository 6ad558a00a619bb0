import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { define, type FormValue, type ValidationContext, type Validator } from '@parvis/core';
import { required } from '@parvis/core/validators';
import { componentMessages, localizeComponents } from '../i18n/index.js';
import { PvChoiceGroup } from '../fieldset/choice-group.js';
import type { Choice } from '../fieldset/choices.js';
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
export class PvCheckboxGroup extends PvChoiceGroup<string[]> {
  static override styles = [...PvChoiceGroup.styles, checkboxGroupStyles];

  protected readonly msg = localizeComponents(this);
  protected readonly inputType = 'checkbox';
  protected readonly idPrefix = 'c';

  /** Values of the ticked answers, in the order of the options. Attribute: comma-separated. */
  @property({ converter: listConverter })
  set value(value: string[]) {
    this.assignedValue = toList(value);
  }
  get value(): string[] {
    const chosen = this.assignedValue ?? this.answers.defaults;
    const known = this.answers.choices.map((c) => c.value).filter((v) => chosen.includes(v));
    return [...known, ...chosen.filter((v) => !known.includes(v))];
  }
  /** Fewest answers accepted when at least one is ticked (use `required` to forbid none). */
  @property({ type: Number, attribute: 'min-selected' }) accessor minSelected: number | undefined = undefined;
  /** Most answers accepted. */
  @property({ type: Number, attribute: 'max-selected' }) accessor maxSelected: number | undefined = undefined;

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

  protected get checkedValues(): readonly string[] {
    return this.value;
  }

  protected onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const choices = this.answers.choices;
    const exclusive = (v: string) => choices.some((c) => c.exclusive && c.value === v);
    let next = this.value.filter((v) => v !== input.value);
    if (input.checked) {
      // "None of these" and the other answers exclude each other (GOV.UK pattern).
      const locked = (v: string) => choices.some((c) => c.disabled && c.value === v);
      next = exclusive(input.value) ? [...next.filter(locked), input.value] : [...next.filter((v) => !exclusive(v) || locked(v)), input.value];
    }
    this.commitInput(next);
  }

  protected renderMark() {
    return html`
      <svg class="mark" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path fill="currentColor" d="M6.4 13.3 1.6 8.5l1.7-1.7 3.1 3.1 6.3-6.3 1.7 1.7z" />
      </svg>
    `;
  }

  /** A "none of these" answer comes after a divider ("ou"). */
  protected override renderChoice(c: Choice, i: number, checked: boolean): TemplateResult {
    return html`${c.exclusive && i > 0 ? html`<div class="divider">${this.msg.t('checkboxGroup.or')}</div>` : nothing}${super.renderChoice(c, i, checked)}`;
  }
}

define('pv-checkbox-group', PvCheckboxGroup);

declare global {
  interface HTMLElementTagNameMap {
    'pv-checkbox-group': PvCheckboxGroup;
  }
}
