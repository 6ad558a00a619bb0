import { html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { define, PvElement } from '@parvis/core';
import { localizeComponents } from '../i18n/index.js';
import { dialogStyles } from './dialog.styles.js';

/** How the person asked to dismiss the dialog. */
export type DialogCancelSource = 'escape' | 'close-button' | 'backdrop';

/** Detail of `pv-cancel`. */
export interface DialogCancelDetail {
  source: DialogCancelSource;
}

/** Detail of `pv-close`. */
export interface DialogCloseDetail {
  /** The value given to `close(value)` or by the submit button of a `<form method="dialog">`; '' when dismissed. */
  returnValue: string;
}

/**
 * Page scroll lock shared by every open dialog and every copy of Parvis on the page. It adds a
 * constructed stylesheet to the document (allowed by a strict CSP) instead of writing a style
 * attribute on the host page's <html> or <body>.
 */
const LOCK_KEY = Symbol.for('parvis.scrollLock');
type ScrollLock = { count: number; sheet: CSSStyleSheet };
type GlobalWithLock = typeof globalThis & { [LOCK_KEY]?: ScrollLock };

function scrollLock(): ScrollLock {
  const global = globalThis as GlobalWithLock;
  if (!global[LOCK_KEY]) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('html { overflow: hidden !important; }');
    global[LOCK_KEY] = { count: 0, sheet };
  }
  return global[LOCK_KEY];
}

function lockScroll(): void {
  const lock = scrollLock();
  lock.count += 1;
  if (!document.adoptedStyleSheets.includes(lock.sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, lock.sheet];
}

function unlockScroll(): void {
  const lock = scrollLock();
  lock.count = Math.max(0, lock.count - 1);
  if (lock.count === 0) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== lock.sheet);
}

/** The focused element, looking inside shadow roots (a pv-* control's inner input). */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/**
 * A modal dialog built on the native `<dialog>` element and `showModal()`: the rest of the page
 * is inert, focus stays inside, Escape closes it; focus then returns to the element that opened it.
 *
 * Open it with the `open` attribute, `show()`, or a button `commandfor="id" command="--show"`.
 * Close it with its "Fermer" button, Escape, `close(value)`, a `<form method="dialog">` inside,
 * or a click on the backdrop when `light-dismiss` is set.
 *
 * @summary Boîte de dialogue modale.
 * @status stable
 * @since 0.1.0
 * @slot - the content
 * @slot footer - the actions (buttons)
 * @csspart dialog - the native dialog
 * @csspart header - the header with the heading and the close button
 * @csspart heading - the heading
 * @csspart close-button - the "Fermer" button
 * @csspart body - the content
 * @csspart footer - the actions
 * @cssproperty --pv-dialog-background - background of the dialog
 * @cssproperty --pv-dialog-backdrop - colour of the backdrop over the page
 * @fires pv-show - when the dialog has opened
 * @fires pv-cancel - when the person asks to dismiss it (Escape, close button, backdrop); cancelable to keep it open; `detail: { source }`
 * @fires pv-close - when the dialog has closed; `detail: { returnValue }`
 */
export class PvDialog extends PvElement {
  static override styles = [...(PvElement.styles as []), dialogStyles];

  /** Whether the dialog is open; setting it opens the dialog as a modal. */
  @property({ type: Boolean, reflect: true }) accessor open = false;
  /** The title of the dialog, also its accessible name. */
  @property() accessor heading = '';
  /** A click on the backdrop dismisses the dialog (off by default: a stray click must not lose a form). */
  @property({ type: Boolean, attribute: 'light-dismiss' }) accessor lightDismiss = false;

  @state() private accessor hasFooter = false;
  @query('dialog') private accessor dialog!: HTMLDialogElement | null;

  private readonly msg = localizeComponents(this);
  #returnFocus: HTMLElement | null = null;
  #locked = false;
  #pointerDownOnBackdrop = false;

  constructor() {
    super();
    this.addEventListener('submit', this.#onSubmit);
    this.addEventListener('command', this.#onCommand as EventListener);
  }

  /** The value the dialog was last closed with. */
  get returnValue(): string {
    return this.dialog?.returnValue ?? '';
  }

  /** Opens the dialog as a modal. */
  show(): void {
    this.open = true;
  }

  /** Closes the dialog; `returnValue` is handed to `pv-close`. */
  close(returnValue?: string): void {
    if (this.dialog?.open) this.dialog.close(returnValue);
    else this.open = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Removed while open: the browser took it out of the top layer; close it for good (pv-close, focus back).
    if (this.dialog?.open) this.dialog.close();
    this.#unlock();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('open')) this.#sync();
  }

  #sync(): void {
    const dialog = this.dialog;
    if (!dialog || !this.isConnected) return;
    if (this.open && !dialog.open) {
      const active = deepActiveElement();
      if (active && !this.contains(active) && !this.shadowRoot!.contains(active)) this.#returnFocus = active;
      dialog.returnValue = '';
      try {
        dialog.showModal();
      } catch {
        this.open = false; // e.g. hidden by a `hidden` ancestor's popover rules: nothing to show
        return;
      }
      // Chromium follows `autofocus` into slotted content, Firefox does not: do it here for both.
      this.querySelector<HTMLElement>('[autofocus]')?.focus();
      if (!this.#locked) lockScroll();
      this.#locked = true;
      this.dispatchEvent(new CustomEvent('pv-show', { bubbles: true, composed: true }));
    } else if (!this.open && dialog.open) {
      dialog.close();
    }
  }

  #unlock(): void {
    if (this.#locked) unlockScroll();
    this.#locked = false;
  }

  /** Asks to dismiss: `pv-cancel` can keep the dialog open. Returns true when it may close. */
  #requestDismiss(source: DialogCancelSource, cancelable = true): boolean {
    return this.dispatchEvent(new CustomEvent<DialogCancelDetail>('pv-cancel', { bubbles: true, composed: true, cancelable, detail: { source } }));
  }

  #onCancel = (event: Event): void => {
    // Escape (or the browser's back gesture). The browser may forbid cancelling a repeated request.
    if (!this.#requestDismiss('escape', event.cancelable)) event.preventDefault();
  };

  #onNativeClose = (): void => {
    this.open = false;
    this.#unlock();
    const target = this.#returnFocus;
    this.#returnFocus = null;
    const focus = deepActiveElement();
    if (target?.isConnected && (!focus || this.contains(focus) || this.shadowRoot!.contains(focus))) target.focus();
    this.dispatchEvent(
      new CustomEvent<DialogCloseDetail>('pv-close', { bubbles: true, composed: true, detail: { returnValue: this.returnValue } }),
    );
  };

  #onCloseButton = (): void => {
    if (this.#requestDismiss('close-button')) this.close('');
  };

  #isOnBackdrop(event: MouseEvent): boolean {
    const dialog = this.dialog!;
    if (event.target !== dialog) return false;
    const box = dialog.getBoundingClientRect();
    return event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom;
  }

  #onPointerDown = (event: PointerEvent): void => {
    this.#pointerDownOnBackdrop = this.#isOnBackdrop(event);
  };

  #onClick = (event: MouseEvent): void => {
    // Both ends of the click on the backdrop: selecting text and releasing outside does not close.
    const onBackdrop = this.#pointerDownOnBackdrop && this.#isOnBackdrop(event);
    this.#pointerDownOnBackdrop = false;
    if (onBackdrop && this.lightDismiss && this.#requestDismiss('backdrop')) this.close('');
  };

  /** `<form method="dialog">` in the content: the light-DOM form has no dialog ancestor, so do it here. */
  #onSubmit = (event: Event): void => {
    const form = event.target as HTMLFormElement;
    if (event.defaultPrevented || form.method !== 'dialog') return;
    event.preventDefault();
    const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
    this.close(submitter?.value ?? '');
  };

  /** Invoker commands: `<button commandfor="my-dialog" command="--show">`. */
  #onCommand = (event: Event & { command?: string }): void => {
    const command = event.command;
    if (command === '--show' || command === 'show-modal') this.show();
    else if (command === '--close' || command === 'close') this.close();
    else if (command === 'request-close' && this.#requestDismiss('close-button')) this.close('');
  };

  #onFooterChange = (event: Event): void => {
    this.hasFooter = (event.target as HTMLSlotElement).assignedNodes({ flatten: true }).length > 0;
  };

  override render() {
    // The click listener only detects clicks on the backdrop (a pointer gesture); the keyboard has Escape
    // and the "Fermer" button for the same thing.
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<dialog
      part="dialog"
      aria-labelledby="heading"
      @cancel=${this.#onCancel}
      @close=${this.#onNativeClose}
      @pointerdown=${this.#onPointerDown}
      @click=${this.#onClick}
    >
      <div class="panel">
        <div class="header" part="header">
          <h2 id="heading" class="heading" part="heading">${this.heading}</h2>
          <button class="close" part="close-button" type="button" @click=${this.#onCloseButton}>
            <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path fill="currentColor" d="m4.1 3 3.9 3.9L11.9 3 13 4.1 9.1 8l3.9 3.9-1.1 1.1L8 9.1 4.1 13 3 11.9 6.9 8 3 4.1z" /></svg>
            <span>${this.msg.t('dialog.close')}</span>
          </button>
        </div>
        <div class="body" part="body"><slot></slot></div>
        <div class="footer" part="footer" ?hidden=${!this.hasFooter}><slot name="footer" @slotchange=${this.#onFooterChange}></slot></div>
      </div>
    </dialog>`;
  }
}

define('pv-dialog', PvDialog);

declare global {
  interface HTMLElementTagNameMap {
    'pv-dialog': PvDialog;
  }
}
