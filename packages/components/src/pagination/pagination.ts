import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { announce, define, PvElement, safeUrl } from '@parvis/core';
import { localizeComponents } from '../i18n/index.js';
import { paginationStyles } from './pagination.styles.js';

/** Detail of `pv-page-change`. */
export interface PageChangeDetail {
  /** The page asked for (1-based). */
  page: number;
  /** The page shown before. */
  previousPage: number;
}

/** An item of the page list: a page number, or a gap shown as an ellipsis. */
export type PageItem = number | 'gap';

/**
 * The page numbers to show: the first, the last, the current one and its neighbours; a gap of
 * exactly one page shows that page rather than an ellipsis (GOV.UK pagination).
 */
export function pageItems(current: number, total: number): PageItem[] {
  const shown = [...new Set([1, current - 1, current, current + 1, total])].filter((p) => p >= 1 && p <= total).sort((a, b) => a - b);
  const items: PageItem[] = [];
  let last = 0;
  for (const page of shown) {
    if (page - last === 2) items.push(last + 1);
    else if (page - last > 2) items.push('gap');
    items.push(page);
    last = page;
  }
  return items;
}

/**
 * Links or buttons to move between the pages of a list.
 *
 * With `href-template` ("?page={page}") every page is a real link, for lists paged by the server.
 * Without it, buttons fire `pv-page-change` and the element moves to the page itself, keeps focus
 * on the control used (or on the new current page) and says "Page 3 sur 12" politely.
 * Nothing is rendered when there is only one page.
 *
 * @summary Navigation entre les pages d’une liste.
 * @status stable
 * @since 0.1.0
 * @csspart nav - the navigation landmark
 * @csspart list - the list of controls
 * @csspart link - each link or button
 * @csspart current - the current page
 * @fires pv-page-change - before the page changes (cancelable); `detail: { page, previousPage }`. In link mode, cancelling it also cancels the navigation (for single-page apps).
 */
export class PvPagination extends PvElement {
  static override styles = [...(PvElement.styles as []), paginationStyles];

  /** The current page, from 1. */
  @property({ type: Number, reflect: true }) accessor page = 1;
  /** The number of pages. */
  @property({ type: Number, attribute: 'total-pages' }) accessor totalPages: number | undefined = undefined;
  /** The number of items, used with `page-size` when `total-pages` is not given. */
  @property({ type: Number, attribute: 'total-items' }) accessor totalItems: number | undefined = undefined;
  /** Items per page, with `total-items`. */
  @property({ type: Number, attribute: 'page-size' }) accessor pageSize = 20;
  /** URL of a page, `{page}` standing for its number ("?page={page}"): renders links. */
  @property({ attribute: 'href-template' }) accessor hrefTemplate = '';
  /** Accessible name of the navigation, when a page has several (default "Pagination"). */
  @property() accessor label = '';

  private readonly msg = localizeComponents(this);
  /** Which control to focus after an update in button mode. */
  #focusAfterUpdate: 'previous' | 'next' | 'current' | undefined;

  /** The number of pages, from `total-pages` or from `total-items` / `page-size` (at least 1). */
  get pageCount(): number {
    const total = this.totalPages ?? (this.totalItems !== undefined && this.pageSize > 0 ? Math.ceil(this.totalItems / this.pageSize) : 1);
    return Number.isFinite(total) ? Math.max(1, Math.floor(total)) : 1;
  }

  /** The current page, kept between 1 and the number of pages. */
  get currentPage(): number {
    const page = Math.floor(Number.isFinite(this.page) ? this.page : 1);
    return Math.min(Math.max(page, 1), this.pageCount);
  }

  /** Moves to `page` as if the person had chosen it: fires `pv-page-change`; returns false when cancelled. */
  goTo(page: number): boolean {
    const target = Math.min(Math.max(Math.floor(page), 1), this.pageCount);
    const previousPage = this.currentPage;
    if (!Number.isFinite(target) || target === previousPage) return false;
    if (!this.emit(target, previousPage)) return false;
    this.page = target;
    announce(this.msg.t('pagination.status', { page: target, total: this.pageCount }), 'polite');
    return true;
  }

  private emit(page: number, previousPage: number): boolean {
    return this.dispatchEvent(
      new CustomEvent<PageChangeDetail>('pv-page-change', { bubbles: true, composed: true, cancelable: true, detail: { page, previousPage } }),
    );
  }

  private href(page: number): string | undefined {
    return safeUrl(this.hrefTemplate.replaceAll('{page}', String(page)));
  }

  private onLinkClick(event: MouseEvent, page: number): void {
    // Let new-tab and download gestures go through untouched.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (!this.emit(page, this.currentPage)) event.preventDefault();
  }

  private onButtonClick(page: number, control: 'previous' | 'next' | 'current'): void {
    if (this.goTo(page)) this.#focusAfterUpdate = control;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const wanted = this.#focusAfterUpdate;
    this.#focusAfterUpdate = undefined;
    if (!wanted) return;
    const root = this.shadowRoot!;
    const control = (wanted !== 'current' && root.querySelector<HTMLElement>(`[data-control="${wanted}"]`)) || root.querySelector<HTMLElement>('[aria-current="page"]');
    control?.focus();
  }

  /** One control: a link when `href-template` gives a safe URL, else a button. */
  private control(page: number, kind: 'previous' | 'next' | 'page', content: unknown) {
    const current = kind === 'page' && page === this.currentPage;
    const href = this.hrefTemplate ? this.href(page) : undefined;
    const part = current ? 'link current' : 'link';
    const rel = kind === 'previous' ? 'prev' : kind === 'next' ? 'next' : undefined;
    if (href !== undefined) {
      return html`<a class="control" part=${part} href=${href} rel=${rel ?? nothing} data-control=${kind} aria-current=${current ? 'page' : nothing} @click=${(e: MouseEvent) => this.onLinkClick(e, page)}>${content}</a>`;
    }
    return html`<button class="control" part=${part} type="button" data-control=${kind} aria-current=${current ? 'page' : nothing} @click=${() => this.onButtonClick(page, kind === 'page' ? 'current' : kind)}>${content}</button>`;
  }

  override render() {
    const total = this.pageCount;
    if (total <= 1) return nothing;
    const page = this.currentPage;
    const t = this.msg;
    const arrow = (d: string) => html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path fill="currentColor" d=${d} /></svg>`;
    return html`<nav part="nav" aria-label=${this.label || t.t('pagination.label')}>
      <ul class="list" part="list">
        ${page > 1
          ? html`<li class="previous">${this.control(page - 1, 'previous', html`${arrow('M10.6 2.6 11.7 3.7 7.4 8l4.3 4.3-1.1 1.1L5.2 8z')}<span aria-hidden="true">${t.t('pagination.previous')}</span><span class="visually-hidden">${t.t('pagination.previousPage')}</span>`)}</li>`
          : nothing}
        ${pageItems(page, total).map((item) =>
          item === 'gap'
            ? html`<li class="gap" aria-hidden="true">…</li>`
            : html`<li class=${item === page ? 'number is-current' : 'number'}>${this.control(item, 'page', html`<span aria-hidden="true">${t.number(item)}</span><span class="visually-hidden">${t.t('pagination.page', { page: item })}</span>`)}</li>`,
        )}
        ${page < total
          ? html`<li class="next">${this.control(page + 1, 'next', html`<span aria-hidden="true">${t.t('pagination.next')}</span><span class="visually-hidden">${t.t('pagination.nextPage')}</span>${arrow('M5.4 2.6 4.3 3.7 8.6 8l-4.3 4.3 1.1 1.1L10.8 8z')}`)}</li>`
          : nothing}
      </ul>
    </nav>`;
  }
}

define('pv-pagination', PvPagination);

declare global {
  interface HTMLElementTagNameMap {
    'pv-pagination': PvPagination;
  }
}
