import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { define, PvFormControl, type FormValue, type Validator } from '@parvis/core';
import { required } from '@parvis/core/validators';
import { localizeComponents } from '../i18n/index.js';
import { selectStyles } from './select.styles.js';

interface OptionData {
  text: string;
  value: string;
  disabled: boolean;
}
interface GroupData {
  label: string;
  disabled: boolean;
  options: OptionData[];
}
type Item = OptionData | GroupData;

const readOption = (o: HTMLOptionElement): OptionData => ({ text: o.label, value: o.value, disabled: o.disabled });

/**
 * A drop-down list built from `<option>` and `<optgroup>` children, rendered as a native `<select>`
 * (the most robust list for screen readers, touch screens and keyboards).
 *
 * The children are read again whenever they change. When no option is selected and none has an
 * empty value, a first option "Choisir dans la liste" is added, so nothing is chosen by default.
 *
 * @summary Liste déroulante.
 * @status stable
 * @since 0.1.0
 * @slot - `<option>` and `<optgroup>` elements (read, not displayed in place)
 * @csspart label - the label
 * @csspart hint - the hint text
 * @csspart feedback - the error, warning or information message
 * @csspart control - the native select
 * @cssproperty --pv-control-border - border colour of the list
 * @cssstate user-invalid - an error message is shown
 * @fires input - when the person picks an option (native, composed)
 * @fires change - when the person picks an option
 */
export class PvSelect extends PvFormControl<string> {
  static override styles = [...PvFormControl.styles, selectStyles];

  /** Value of the selected option ('' when none). */
  @property() accessor value = '';
  /** Autofill token (RGAA 11.13), e.g. `country-name`. */
  @property() accessor autocomplete: string | undefined = undefined;

  @state() private accessor items: Item[] = [];
  @query('#control') private accessor select!: HTMLSelectElement | null;
  private readonly msg = localizeComponents(this);
  #observer = new MutationObserver((records) => {
    if (records.some((r) => r.target !== this || r.type === 'childList')) this.readOptions();
  });

  protected get control(): HTMLElement | null {
    return this.select;
  }

  protected formValue(): FormValue {
    return this.value;
  }

  protected restoreValue(state: string | File | FormData | null): string | undefined {
    return typeof state === 'string' ? state : undefined;
  }

  protected override builtinValidators(): Validator<string>[] {
    return this.required ? [required('choice')] : [];
  }

  override connectedCallback(): void {
    // Before super: the option marked `selected` becomes the first value, restored by reset.
    this.readOptions();
    super.connectedCallback();
    this.#observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['value', 'label', 'disabled', 'selected'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  /** Copies the light-DOM options (text, value, disabled) into plain data; untrusted text stays text. */
  private readOptions(): void {
    const items: Item[] = [];
    for (const child of Array.from(this.children)) {
      if (child instanceof HTMLOptionElement) items.push(readOption(child));
      else if (child instanceof HTMLOptGroupElement) {
        const options = Array.from(child.children).filter((o): o is HTMLOptionElement => o instanceof HTMLOptionElement);
        items.push({ label: child.label, disabled: child.disabled, options: options.map(readOption) });
      }
    }
    this.items = items;
    // Until the person chooses, an option marked `selected` gives the value (as in HTML).
    const selected = this.querySelector<HTMLOptionElement>(':scope > option[selected], :scope > optgroup > option[selected]');
    if (selected && !this.dirty && this.value === '') this.value = this.initialValue = selected.value;
  }

  /** True when one of the options has the value ''. */
  private get hasEmptyOption(): boolean {
    return this.items.some((item) => ('options' in item ? item.options : [item]).some((o) => o.value === ''));
  }

  private renderOption(o: OptionData): TemplateResult {
    return html`<option .value=${o.value} ?disabled=${o.disabled}>${o.text}</option>`;
  }

  private onInput(event: Event): void {
    this.commitInput((event.target as HTMLSelectElement).value);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Options are rendered after the select itself, so the selection is set once they exist.
    const select = this.select;
    if (select && select.value !== this.value) select.value = this.value;
  }

  override render() {
    const placeholder = this.value === '' && !this.hasEmptyOption;
    return html`
      ${this.renderLabel()} ${this.renderHint()} ${this.renderFeedback()}
      <div class="wrapper">
        <select
          id="control"
          class="control"
          part="control"
          name=${this.name || nothing}
          ?disabled=${this.isDisabled}
          aria-required=${this.required ? 'true' : nothing}
          aria-invalid=${this.ariaInvalidValue}
          aria-describedby=${this.describedBy ?? nothing}
          autocomplete=${(this.autocomplete as AutoFill | undefined) ?? nothing}
          @input=${this.onInput}
          @change=${this.emitChange}
        >
          ${placeholder ? html`<option value="">${this.msg.t('select.placeholder')}</option>` : nothing}
          ${this.items.map((item) =>
            'options' in item
              ? html`<optgroup label=${item.label} ?disabled=${item.disabled}>${item.options.map((o) => this.renderOption(o))}</optgroup>`
              : this.renderOption(item),
          )}
        </select>
        <svg class="arrow" viewBox="0 0 16 16" aria-hidden="true"><path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" /></svg>
      </div>
    `;
  }
}

define('pv-select', PvSelect);

declare global {
  interface HTMLElementTagNameMap {
    'pv-select': PvSelect;
  }
}
