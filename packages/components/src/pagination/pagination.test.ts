import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { pageItems, type PageChangeDetail, type PvPagination } from './pagination.js';
import { examples } from './pagination.examples.js';
import { describeExamplesAccessible } from '../../../../test/helpers/examples.js';
import { installCanary, naughtyStrings } from '../../../../test/helpers/naughty.js';

const $ = (el: PvPagination, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: PvPagination, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(selector));
const labels = (el: PvPagination) => $$(el, 'li').map((li) => (li.classList.contains('gap') ? '…' : li.querySelector('[aria-hidden="true"]:not(svg)')!.textContent));
const focused = (el: PvPagination) => el.shadowRoot!.activeElement as HTMLElement | null;
const politeRegion = async () => {
  await new Promise((r) => setTimeout(r, 120));
  return document.querySelector('[data-pv-announcer="polite"]')?.textContent;
};

describe('pv-pagination', () => {
  describeExamplesAccessible(examples);

  describe('pageItems', () => {
    it('shows the first, the last, the current page and its neighbours, with gaps', () => {
      expect(pageItems(1, 1)).to.deep.equal([1]);
      expect(pageItems(1, 12)).to.deep.equal([1, 2, 'gap', 12]);
      expect(pageItems(5, 12)).to.deep.equal([1, 'gap', 4, 5, 6, 'gap', 12]);
      expect(pageItems(12, 12)).to.deep.equal([1, 'gap', 11, 12]);
      expect(pageItems(2, 3)).to.deep.equal([1, 2, 3]);
    });
    it('shows a single missing page instead of an ellipsis', () => {
      expect(pageItems(4, 12)).to.deep.equal([1, 2, 3, 4, 5, 'gap', 12]);
      expect(pageItems(9, 12)).to.deep.equal([1, 'gap', 8, 9, 10, 11, 12]);
    });
  });

  it('renders a localised navigation landmark with previous, numbers and next', async () => {
    const el = await fixture<PvPagination>(html`<pv-pagination page="5" total-pages="12"></pv-pagination>`);
    const nav = $(el, 'nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Pagination');
    expect(labels(el)).to.deep.equal(['Précédente', '1', '…', '4', '5', '6', '…', '12', 'Suivante']);
    expect($(el, '[data-control="previous"] .visually-hidden')!.textContent).to.equal('Page précédente');
    expect($(el, '[data-control="next"] .visually-hidden')!.textContent).to.equal('Page suivante');
    const current = $(el, '[aria-current="page"]')!;
    expect(current.querySelector('.visually-hidden')!.textContent).to.equal('Page 5');
    expect($$(el, '[aria-current]').length).to.equal(1);
    el.lang = 'en';
    await el.updateComplete;
    expect(labels(el)[0]).to.equal('Previous');
    expect($(el, '[data-control="next"] .visually-hidden')!.textContent).to.equal('Next page');
    el.label = 'Pages des résultats';
    await el.updateComplete;
    expect(nav.getAttribute('aria-label')).to.equal('Pages des résultats');
  });

  it('leaves out Previous on the first page and Next on the last', async () => {
    const el = await fixture<PvPagination>(html`<pv-pagination page="1" total-pages="3"></pv-pagination>`);
    expect($(el, '.previous')).to.equal(null);
    expect(labels(el)).to.deep.equal(['1', '2', '3', 'Suivante']);
    el.page = 3;
    await el.updateComplete;
    expect($(el, '.next')).to.equal(null);
  });

  it('computes the pages from total-items and page-size, and renders nothing for one page', async () => {
    const el = await fixture<PvPagination>(html`<pv-pagination total-items="243" page-size="20"></pv-pagination>`);
    expect(el.pageCount).to.equal(13);
    el.totalItems = 20;
    await el.updateComplete;
    expect(el.pageCount).to.equal(1);
    expect($(el, 'nav')).to.equal(null);
    el.totalItems = 0;
    await el.updateComplete;
    expect(el.pageCount).to.equal(1);
    el.totalItems = 100;
    el.pageSize = 0;
    await el.updateComplete;
    expect(el.pageCount).to.equal(1);
  });

  it('keeps an out-of-range or broken page between 1 and the last page', async () => {
    const el = await fixture<PvPagination>(html`<pv-pagination page="40" total-pages="12"></pv-pagination>`);
    expect(el.currentPage).to.equal(12);
    el.page = -3;
    expect(el.currentPage).to.equal(1);
    el.page = Number.NaN;
    expect(el.currentPage).to.equal(1);
    el.totalPages = Number.POSITIVE_INFINITY;
    expect(el.pageCount).to.equal(1);
  });

  it('copes with a huge number of pages', async () => {
    const el = await fixture<PvPagination>(html`<pv-pagination page="500000" total-pages="1000000"></pv-pagination>`);
    expect($$(el, 'li').length).to.equal(9);
    expect($(el, '[aria-current="page"] .visually-hidden')!.textContent).to.equal('Page 500\u202f000');
  });

  describe('link mode (href-template)', () => {
    it('renders links built from the template, with rel and aria-current', async () => {
      const el = await fixture<PvPagination>(html`<pv-pagination page="2" total-pages="4" href-template="/lieux?page={page}&amp;tri={page}"></pv-pagination>`);
      const links = $$(el, 'a');
      expect(links.length).to.equal(6);
      expect($$(el, 'button').length).to.equal(0);
      expect(links[0]!.getAttribute('href')).to.equal(new URL('/lieux?page=1&tri=1', location.href).href);
      expect(links[0]!.getAttribute('rel')).to.equal('prev');
      expect(links.at(-1)!.getAttribute('rel')).to.equal('next');
      expect($(el, 'a[aria-current="page"]')!.getAttribute('href')).to.contain('page=2');
    });

    it('never renders an unsafe URL as a link', async () => {
      const el = await fixture<PvPagination>(html`<pv-pagination page="2" total-pages="4" href-template="javascript:alert({page})"></pv-pagination>`);
      expect($$(el, 'a').length).to.equal(0);
      expect($$(el, 'button').length).to.equal(6);
    });

    it('fires a cancelable pv-page-change so that a single-page app can take over', async () => {
      const el = await fixture<PvPagination>(html`<pv-pagination page="2" total-pages="4" href-template="#page-{page}"></pv-pagination>`);
      el.addEventListener('pv-page-change', (e) => e.preventDefault(), { once: true });
      setTimeout(() => $(el, 'a[rel="next"]')!.click());
      const event = (await oneEvent(el, 'pv-page-change')) as CustomEvent<PageChangeDetail>;
      expect(event.detail).to.deep.equal({ page: 3, previousPage: 2 });
      expect(location.hash).to.not.equal('#page-3');
      // Not cancelled: the browser follows the link (Firefox updates the hash a moment later).
      const followed = new Promise((r) => window.addEventListener('hashchange', r, { once: true }));
      $(el, 'a[rel="prev"]')!.click();
      await followed;
      expect(location.hash).to.equal('#page-1');
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('lets modified clicks (new tab) through without an event', async () => {
      const el = await fixture<PvPagination>(html`<pv-pagination page="2" total-pages="4" href-template="#p{page}"></pv-pagination>`);
      let fired = 0;
      el.addEventListener('pv-page-change', () => (fired += 1));
      const link = $(el, 'a[rel="next"]')!;
      link.addEventListener('click', (e) => e.preventDefault());
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
      expect(fired).to.equal(0);
    });
  });

  describe('button mode', () => {
    it('moves to the next page: fires pv-page-change, keeps focus on Next, announces "Page 3 sur 12"', async () => {
      const el = await fixture<PvPagination>(html`<pv-pagination page="2" total-pages="12"></pv-pagination>`);
      const next = $(el, '[data-control="next"]')!;
      next.focus();
      setTimeout(() => next.click());
      const event = (await oneEvent(el, 'pv-page-change')) as CustomEvent<PageChangeDetail>;
      expect(event.detail).to.deep.equal({ page: 3, previousPage: 2 });
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(el.page).to.equal(3);
      expect(el.getAttribute('page')).to.equal('3');
      expect(focused(el)).to.equal($(el, '[data-control="next"]'));
      expect(await politeRegion()).to.equal('Page 3 sur 12');
    });

    it('focuses the new current page when the control used disappears', async () => {
      const el = await fixture<PvPagination>(html`<pv-pagination page="2" total-pages="3"></pv-pagination>`);
      $(el, '[data-control="previous"]')!.click();
      await el.updateComplete;
      expect($(el, '[data-control="previous"]')).to.equal(null);
      expect(focused(el)).to.equal($(el, '[aria-current="page"]'));
      expect(focused(el)!.textContent).to.contain('1');
    });

    it('focuses the chosen page number', async () => {
      const el = await fixture<PvPagination>(html`<pv-pagination page="1" total-pages="12"></pv-pagination>`);
      $$(el, '[data-control="page"]').find((b) => b.textContent!.includes('12'))!.click();
      await el.updateComplete;
      expect(el.page).to.equal(12);
      expect(focused(el)).to.equal($(el, '[aria-current="page"]'));
      expect(focused(el)!.textContent).to.contain('12');
    });

    it('stays put when the event is cancelled or the current page is chosen again', async () => {
      const el = await fixture<PvPagination>(html`<pv-pagination page="2" total-pages="12"></pv-pagination>`);
      let fired = 0;
      el.addEventListener('pv-page-change', (e) => {
        fired += 1;
        e.preventDefault();
      });
      $(el, '[data-control="next"]')!.click();
      $(el, '[aria-current="page"]')!.click();
      await el.updateComplete;
      expect(el.page).to.equal(2);
      expect(fired).to.equal(1);
      expect(el.goTo(Number.NaN)).to.equal(false);
    });

    it('keyboard: Tab goes through the controls in order, Enter and Space activate', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button>avant</button><pv-pagination page="2" total-pages="5"></pv-pagination></div>`);
      const el = wrapper.querySelector('pv-pagination')!;
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();
      const order: string[] = [];
      for (let i = 0; i < 7; i += 1) {
        await sendKeys({ press: 'Tab' });
        order.push(focused(el)!.querySelector('.visually-hidden')!.textContent!);
      }
      expect(order).to.deep.equal(['Page précédente', 'Page 1', 'Page 2', 'Page 3', 'Page 4', 'Page 5', 'Page suivante']);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.page).to.equal(3);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.page).to.equal(4);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.page).to.equal(5);
      expect(focused(el)).to.equal($(el, '[aria-current="page"]'));
    });
  });

  it('reflows at 320 px: only the current page stays between Previous and Next', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px"><pv-pagination page="5" total-pages="12"></pv-pagination></div>`);
    const el = wrapper.querySelector('pv-pagination')!;
    await el.updateComplete;
    const visible = $$(el, 'li').filter((li) => getComputedStyle(li).display !== 'none');
    expect(visible.map((li) => li.className)).to.deep.equal(['previous', 'number is-current', 'next']);
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it('shows hostile strings as text; unsafe templates never become links', async () => {
    const tripped = installCanary();
    const strings = await naughtyStrings();
    const el = await fixture<PvPagination>(html`<pv-pagination page="2" total-pages="4"></pv-pagination>`);
    for (const s of strings) {
      el.label = s;
      el.hrefTemplate = s;
      await el.updateComplete;
      expect($(el, 'nav')!.getAttribute('aria-label')).to.equal(s || 'Pagination');
      for (const a of $$(el, 'a')) expect(a.getAttribute('href')).to.match(/^(https?|mailto|tel):/);
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(tripped()).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('script, img, iframe').length).to.equal(0);
  });
});
