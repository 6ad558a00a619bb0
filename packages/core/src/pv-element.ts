import { LitElement, type CSSResultGroup } from 'lit';
import { focusRing, hostStyles, visuallyHidden } from './styles/host.js';

/**
 * Base of every Parvis element: the shared host reset, visually-hidden helper and focus ring.
 * The native `lang` attribute is observed, so `<pv-… lang="en">` switches one instance to
 * English (and back) without reloading.
 */
export class PvElement extends LitElement {
  static override styles: CSSResultGroup = [hostStyles, visuallyHidden, focusRing];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }
}
