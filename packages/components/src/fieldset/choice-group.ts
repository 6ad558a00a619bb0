import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { PvFormControl } from '@parvis/core';
import { ChoicesController, type Choice } from './choices.js';
import { choiceStyles, groupStyles } from './group.styles.js';

/**
 * What pv-checkbox-group and pv-radio-group share: the answers read from `<option>` children, a
 * value given by the options marked `selected` until it is set (and again after a form reset), the
 * legend size, and the drawing: a `<fieldset>` whose `<legend>` is the question, then one native
 * input per answer with its mark, label and hint. A group keeps its value type, its rules and what
 * a person's input does to the value.
 */
export abstract class PvChoiceGroup<V> extends PvFormControl<V> {
  static override styles = [...PvFormControl.styles, groupStyles, choiceStyles];

  /** The `<option>` children, followed as they change. */
  protected readonly answers = new ChoicesController(this, () => this.requestUpdate('value', null));
  /** Undefined until set: the options marked `selected` give the value. */
  protected assignedValue?: V;
  #initial?: V;
  #connected = false;

  /** Legend size: `lg` or `xl` when the question is the page's main question. */
  @property({ reflect: true }) accessor size: 'md' | 'lg' | 'xl' = 'md';

  /** The native input drawn for each answer. */
  protected abstract readonly inputType: 'checkbox' | 'radio';
  /** The inputs' ids are this prefix and the answer's index (`c0`, `c0-hint`…). */
  protected abstract readonly idPrefix: string;
  /** A `name` shared by the inputs inside the shadow root (radios need one to form a group). */
  protected readonly inputName: string | undefined = undefined;
  /** Values of the answers drawn ticked. */
  protected abstract get checkedValues(): readonly string[];
  /** The mark drawn inside a ticked input. */
  protected abstract renderMark(): TemplateResult;
  /** A person ticked or unticked an input. */
  protected abstract onInput(event: Event): void;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#connected) {
      this.#connected = true;
      this.#initial = this.assignedValue;
    }
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this.assignedValue = this.#initial;
    this.requestUpdate('value', null);
  }

  override render() {
    const checked = this.checkedValues;
    return html`
      <fieldset class="group" aria-describedby=${ifDefined(this.describedBy)} ?disabled=${this.isDisabled}>
        <legend class="label" part="label">${this.label}${this.renderRequiredMarker()}</legend>
        ${this.renderHint()} ${this.renderFeedback()}
        <div class="choices" part="choices">${this.answers.choices.map((c, i) => this.renderChoice(c, i, checked.includes(c.value)))}</div>
      </fieldset>
    `;
  }

  /** One answer: the native input and its mark, its label, its hint. */
  protected renderChoice(c: Choice, i: number, checked: boolean): TemplateResult {
    const id = `${this.idPrefix}${i}`;
    return html`
      <div class="choice ${c.disabled || this.isDisabled ? 'disabled' : ''}" part="choice">
        <span class="box">
          <input
            id=${id}
            class="input"
            part="input"
            type=${this.inputType}
            name=${ifDefined(this.inputName)}
            .value=${c.value}
            .checked=${live(checked)}
            ?disabled=${c.disabled}
            aria-invalid=${this.ariaInvalidValue}
            aria-describedby=${ifDefined(c.hint ? `${id}-hint` : undefined)}
            @input=${this.onInput}
            @change=${this.emitChange}
          />
          ${this.renderMark()}
        </span>
        <label class="choice-label" for=${id}>${c.label}</label>
        ${c.hint ? html`<div id="${id}-hint" class="choice-hint">${c.hint}</div>` : nothing}
      </div>
    `;
  }
}
