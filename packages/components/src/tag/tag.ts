import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { announce, define, PvElement } from '@parvis/core';
import { localizeComponents } from '../i18n/index.js';
import { tagStyles } from './tag.styles.js';

/** Detail of `pv-remove`. */
export interface TagRemoveDetail {
  /** The tag's text, as read in the remove button's name. */
  label: string;
  /** The tag's `value` (e.g. the filter it stands for). */
  value: string;
}

/**
 * A tag, e.g. an active filter of a list. Removable tags carry a "×" button whose name says what
 * it removes ("Retirer le filtre : Ouvert le samedi"). Non-removable tags are plain text.
 *
 * When the person removes a tag, `pv-remove` is fired (cancelable). Unless it is cancelled, the
 * tag removes itself (and its `<li>` when it is alone in one), says "Filtre retiré : …" politely,
 * and moves focus to the next removable tag of the same list, else the previous one, else the
 * element matched by `focus-after-remove`.
 *
 * @summary Étiquette, éventuellement supprimable (filtre actif).
 * @status stable
 * @since 0.1.0
 * @slot - the tag's text (or use the `label` attribute)
 * @csspart base - the tag's box
 * @csspart label - the text
 * @csspart remove-button - the "×" button of a removable tag
 * @cssproperty --pv-tag-background - background colour
 * @cssproperty --pv-tag-text - text colour
 * @cssproperty --pv-tag-border - border colour
 * @fires pv-remove - before a removable tag is removed; cancelable; `detail: { label, value }`
 */
export class PvTag extends PvElement {
  static override shadowRootOptions: ShadowRootInit = { ...PvElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [...(PvElement.styles as []), tagStyles];

  /** The tag's text, when the default slot is empty. */
  @property() accessor label = '';
  /** A value handed back in `pv-remove` (e.g. the filter's key). */
  @property() accessor value = '';
  /** Adds the "×" button that removes the tag. */
  @property({ type: Boolean, reflect: true }) accessor removable = false;
  /** Shows the tag as selected (stronger colours, a check mark, "sélectionné" for screen readers). */
  @property({ type: Boolean, reflect: true }) accessor selected = false;
  /** Disables the remove button. */
  @property({ type: Boolean, reflect: true }) accessor disabled = false;
  /** CSS selector of the element focused when the last tag of a list is removed (e.g. the search field). */
  @property({ attribute: 'focus-after-remove' }) accessor focusAfterRemove = '';

  private readonly msg = localizeComponents(this);

  /** The text read in the button's name: the slotted text, else `label`. */
  get text(): string {
    return (this.textContent ?? '').replace(/\s+/g, ' ').trim() || this.label;
  }

  override render() {
    const text = this.text;
    return html`<span class="tag" part="base"
      ><span class="label" part="label"><slot @slotchange=${this.onSlotChange}>${this.label}</slot></span
      >${this.selected ? html`<span class="visually-hidden"> (${this.msg.t('tag.selected')})</span>` : nothing}${this.selected
        ? html`<svg class="check" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path fill="currentColor" d="M6.2 11.4 2.8 8l-1.1 1.1 4.5 4.5 8-8-1.1-1.1z" /></svg>`
        : nothing}${this.removable
        ? html`<button class="remove" part="remove-button" type="button" ?disabled=${this.disabled} @click=${this.onClick} @keydown=${this.onKeydown}>
            <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path fill="currentColor" d="m4.1 3 3.9 3.9L11.9 3 13 4.1 9.1 8l3.9 3.9-1.1 1.1L8 9.1 4.1 13 3 11.9 6.9 8 3 4.1z" /></svg>
            <span class="visually-hidden">${this.msg.t('tag.remove', { label: text })}</span>
          </button>`
        : nothing}</span
    >`;
  }

  private onSlotChange(): void {
    this.requestUpdate();
  }

  private onClick(): void {
    this.requestRemove();
  }

  private onKeydown(event: KeyboardEvent): void {
    // Enter and Space already click the native button; Delete and Backspace remove too.
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      this.requestRemove();
    }
  }

  /**
   * Removes the tag as if the person had pressed its button: fires `pv-remove`, then (unless it was
   * cancelled) removes the tag and moves focus. Returns false when cancelled or not removable.
   */
  requestRemove(): boolean {
    if (!this.removable || this.disabled || !this.isConnected) return false;
    const detail: TagRemoveDetail = { label: this.text, value: this.value };
    const proceed = this.dispatchEvent(new CustomEvent<TagRemoveDetail>('pv-remove', { bubbles: true, composed: true, cancelable: true, detail }));
    if (!proceed || !this.isConnected) return false;
    const hadFocus = this.matches(':focus-within');
    const target = this.focusTarget();
    const item = this.parentElement;
    const removed = this.msg.t('tag.removed', { label: detail.label });
    this.remove();
    // An <li> holding only this tag would stay in the list as an empty item: remove it too.
    if (item?.localName === 'li' && item.children.length === 0 && !item.textContent?.trim()) item.remove();
    if (hadFocus || !document.activeElement || document.activeElement === document.body) this.moveFocus(target);
    announce(removed, 'polite');
    return true;
  }

  /** The next removable tag of the same list, else the previous one, else `focus-after-remove`. */
  private focusTarget(): HTMLElement | null {
    const group = this.parentElement?.closest('ul, ol, [role="list"]') ?? this.parentElement;
    if (group) {
      const tags = Array.from(group.querySelectorAll<PvTag>('pv-tag')).filter((tag) => tag.removable && !tag.disabled);
      const index = tags.indexOf(this);
      const neighbour = tags[index + 1] ?? tags[index - 1];
      if (neighbour) return neighbour;
    }
    if (!this.focusAfterRemove) return null;
    try {
      return (this.getRootNode() as Document | ShadowRoot).querySelector<HTMLElement>(this.focusAfterRemove);
    } catch {
      return null; // an invalid selector must not break removal
    }
  }

  private moveFocus(target: HTMLElement | null): void {
    if (!target?.isConnected) return;
    target.focus();
    if (target instanceof PvTag || target.matches(':focus-within')) return;
    // A heading or container is not focusable: make it focusable by script only (like GOV.UK's error summary).
    target.setAttribute('tabindex', '-1');
    target.focus();
  }
}

define('pv-tag', PvTag);

declare global {
  interface HTMLElementTagNameMap {
    'pv-tag': PvTag;
  }
}
