import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { define, PvElement, safeUrl, uniqueId, validationMessageOf, type InvalidSubmitDetail } from '@parvis/core';
import { localizeComponents } from '../i18n/index.js';
import { errorSummaryStyles } from './error-summary.styles.js';

/** One line of the summary: the message, the link, and the field when known. */
export interface ErrorSummaryItem {
  href: string;
  text: string;
}

interface Row extends ErrorSummaryItem {
  field?: HTMLElement;
}

type Focusable = HTMLElement & { focusControl?: () => void; labels?: NodeListOf<HTMLLabelElement> | null };

/**
 * The error summary (GOV.UK pattern), placed by the webmaster at the top of a form. When a submit
 * is blocked, it lists every invalid field with a link to it and takes the focus, so its heading
 * and list are read at once. A link moves the focus to its field, with the question in view.
 * It hides itself when there is nothing to report, and empties on reset or on a submit that goes
 * through. Errors found by the server are given through `errors`, or as links inside the element
 * (shown as plain links until the script loads).
 *
 * @summary Récapitulatif des erreurs d’un formulaire.
 * @status stable
 * @since 0.1.0
 * @csspart base - the region
 * @csspart heading - the heading
 * @csspart list - the list of links
 * @cssproperty --pv-error-summary-border - colour of the border
 */
export class PvErrorSummary extends PvElement {
  static override styles = [...(PvElement.styles as []), errorSummaryStyles];

  /** Heading; defaults to "Il y a un problème". */
  @property() accessor heading = '';
  /** Heading level, 1 to 6. */
  @property({ type: Number }) accessor level = 2;
  /** Errors from the server: `[{ href: '#nom', text: 'Renseignez votre nom.' }]`. */
  @property({ attribute: false }) accessor errors: ErrorSummaryItem[] = [];

  @state() private accessor rows: Row[] = [];
  @query('.summary') private accessor region!: HTMLElement | null;

  private readonly msg = localizeComponents(this);
  #target?: EventTarget;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#target = this.closest('form') ?? this.ownerDocument;
    this.#target.addEventListener('pv-invalid-submit', this.#onInvalid);
    this.#target.addEventListener('submit', this.clear);
    this.#target.addEventListener('reset', this.clear);
    if (!this.errors.length) {
      const links = Array.from(this.querySelectorAll('a[href]'), (a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent?.trim() ?? '' }));
      if (links.length) this.errors = links;
    }
    this.#sync();
    if (this.rows.length && this.hasAttribute('autofocus')) void this.show();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#target?.removeEventListener('pv-invalid-submit', this.#onInvalid);
    this.#target?.removeEventListener('submit', this.clear);
    this.#target?.removeEventListener('reset', this.clear);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('errors') && this.hasUpdated) this.#sync();
  }

  #sync(): void {
    this.rows = this.errors.filter((e) => e && e.text).map((e) => ({ href: String(e.href ?? ''), text: String(e.text) }));
    this.hidden = this.rows.length === 0;
  }

  /** Empties and hides the summary. */
  clear = (): void => {
    this.rows = [];
    this.hidden = true;
  };

  /** Takes charge of a blocked submit: lists the invalid fields and takes the focus. */
  #onInvalid = (event: Event): void => {
    // A summary inside the form has taken charge already (one listening on the document comes after).
    if (event.defaultPrevented) return;
    const { elements } = (event as CustomEvent<InvalidSubmitDetail>).detail;
    event.preventDefault();
    this.rows = elements.map((field) => {
      if (!field.id) field.id = uniqueId('pv-field');
      const message = validationMessageOf(field) || field.getAttribute('label') || field.getAttribute('name') || field.id;
      return { href: `#${field.id}`, text: message, field };
    });
    this.hidden = false;
    void this.show();
  };

  /** Shows the summary and moves the focus to it (its heading and links are then read). */
  async show(): Promise<void> {
    this.hidden = this.rows.length === 0;
    await this.updateComplete;
    this.region?.focus();
  }

  #onLinkClick(event: MouseEvent, row: Row): void {
    const field = row.field ?? fieldOf(row.href, this.ownerDocument);
    if (!field) return;
    event.preventDefault();
    focusField(field as Focusable);
  }

  override render() {
    if (!this.rows.length) return nothing;
    const title = this.heading || this.msg.t('errorSummary.title');
    const level = Math.min(Math.max(Math.trunc(this.level) || 2, 1), 6);
    return html`
      <section class="summary" part="base" tabindex="-1" aria-labelledby="title">
        <div id="title" class="heading" part="heading" role="heading" aria-level=${level}>${title}</div>
        <ul class="list" part="list">
          ${this.rows.map(
            (row) => html`<li><a href=${row.field ? row.href : (safeLink(row.href) ?? '#')} @click=${(e: MouseEvent) => this.#onLinkClick(e, row)}>${row.text}</a></li>`,
          )}
        </ul>
      </section>
    `;
  }
}

/** Same-page fragments stay as they are; anything else must pass `safeUrl`. */
function safeLink(href: string): string | undefined {
  return /^#[^\s]*$/.test(href) ? href : safeUrl(href);
}

/** The element a same-page link points at (by id), if any. */
function fieldOf(href: string, doc: Document): HTMLElement | undefined {
  const url = safeUrl(href, doc.location?.href);
  if (!url) return undefined;
  const parsed = new URL(url);
  const here = new URL(doc.location.href);
  if (parsed.origin + parsed.pathname + parsed.search !== here.origin + here.pathname + here.search || !parsed.hash) return undefined;
  return doc.getElementById(decodeURIComponent(parsed.hash.slice(1))) ?? undefined;
}

/** Parvis controls know how (question in view, then focus); native fields: label in view, then focus. */
function focusField(field: Focusable): void {
  if (typeof field.focusControl === 'function') {
    field.focusControl();
    return;
  }
  const label = field.labels?.[0] ?? (field.closest('fieldset')?.querySelector('legend') as HTMLElement | null);
  label?.scrollIntoView({ block: 'start' });
  field.focus({ preventScroll: Boolean(label) });
}

define('pv-error-summary', PvErrorSummary);

declare global {
  interface HTMLElementTagNameMap {
    'pv-error-summary': PvErrorSummary;
  }
}
