import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** One answer of a checkbox or radio group, read from a light-DOM `<option>`. */
export interface Choice {
  value: string;
  label: string;
  /** From `data-hint`: a short explanation shown under the answer. */
  hint: string;
  disabled: boolean;
  /** The `selected` attribute: ticked by default (and again after a form reset). */
  selected: boolean;
  /** From `data-exclusive` (checkbox groups): "None of these" unticks the others. */
  exclusive: boolean;
}

const WATCHED = ['value', 'label', 'selected', 'disabled', 'data-hint', 'data-exclusive'];

/**
 * Reads the `<option>` children of a group control, like `<select>` does, and follows their
 * changes (options added later by the parser or a CMS, labels edited). The options stay in the
 * light DOM, unslotted, so they are never rendered or exposed themselves.
 */
export class ChoicesController implements ReactiveController {
  choices: readonly Choice[] = [];
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #onChange: () => void;
  #observer?: MutationObserver;
  #key = '';

  constructor(host: ReactiveControllerHost & HTMLElement, onChange: () => void) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    this.#read();
    this.#observer = new MutationObserver(() => this.#read());
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: WATCHED });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /** Values of the options marked `selected`. */
  get defaults(): string[] {
    return this.choices.filter((c) => c.selected).map((c) => c.value);
  }

  #read(): void {
    const options = Array.from(this.#host.children).filter((el): el is HTMLOptionElement => el instanceof HTMLOptionElement);
    const choices = options.map((o) => ({
      value: o.value,
      label: o.label,
      hint: o.dataset.hint ?? '',
      disabled: o.disabled,
      selected: o.defaultSelected,
      exclusive: o.hasAttribute('data-exclusive'),
    }));
    const key = JSON.stringify(choices);
    if (key === this.#key) return;
    this.#key = key;
    this.choices = choices;
    this.#onChange();
  }
}
