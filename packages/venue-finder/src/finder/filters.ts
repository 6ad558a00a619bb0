/**
 * The finder's filters as native controls: a fieldset of checkboxes per vocabulary, each inside a
 * disclosure (`<details>`) so that a dozen vocabularies stay short to scroll and to Tab through.
 * Native inputs keep the list mode light (no form-associated primitives: nothing here is submitted)
 * and are understood by every assistive technology as they are.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FacetField } from '../search/index.js';

/** The vocabularies offered as filters, in this order (typology = data·inclusion structure types). */
export const FINDER_FIELDS = ['services', 'publics', 'specificSupport', 'fees', 'accessModes', 'supportModes', 'nationalSchemes', 'labels', 'typology'] as const satisfies readonly FacetField[];
export type FinderField = (typeof FINDER_FIELDS)[number];

export interface ChoiceGroup {
  /** `hours`, `mobility` or a vocabulary field: the first part of the toggle. */
  key: string;
  legend: string;
  options: { value: string; label: string }[];
  selected: readonly string[];
  /** Always shown (no disclosure): the few choices most people want. */
  open?: boolean;
  /** The disclosure is open (the person opened it, or a value of it is selected). */
  expanded?: boolean;
}

export interface ChoiceHandlers {
  toggle(group: string, value: string, on: boolean): void;
  /** A disclosure was opened or closed (by the person or because a value was selected). */
  disclosure(group: string, open: boolean): void;
  selectedText(n: number): string;
}

export function renderChoices(group: ChoiceGroup, handlers: ChoiceHandlers): TemplateResult {
  const fieldset = html`<fieldset data-group=${group.key}>
    <legend>${group.legend}</legend>
    ${group.options.map(
      (option) => html`<label class="choice">
        <input
          type="checkbox"
          .value=${option.value}
          .checked=${group.selected.includes(option.value)}
          @change=${(e: Event) => handlers.toggle(group.key, option.value, (e.target as HTMLInputElement).checked)}
        />
        <span>${option.label}</span>
      </label>`,
    )}
  </fieldset>`;
  if (group.open) return fieldset;
  const count = group.selected.length;
  // Open when something is selected, so that a ticked box is never hidden; never closed by a render
  // (unticking the last box must not hide the box that has the focus).
  return html`<details ?open=${group.expanded === true || count > 0} @toggle=${(e: Event) => handlers.disclosure(group.key, (e.target as HTMLDetailsElement).open)}>
    <summary>${group.legend}${count > 0 ? html` <span class="selected">(${handlers.selectedText(count)})</span>` : nothing}</summary>
    ${fieldset}
  </details>`;
}

export function renderDistance(label: string, value: number, options: { value: number; label: string }[], onChange: (event: Event) => void): TemplateResult {
  return html`<div class="distance">
    <label for="distance">${label}</label>
    <select id="distance" @change=${onChange}>
      ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
    </select>
  </div>`;
}
