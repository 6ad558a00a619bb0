import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { DialogCancelDetail, DialogCloseDetail, PvDialog } from './dialog.js';
import { examples } from './dialog.examples.js';
import { describeExamplesAccessible } from '../../../../test/helpers/examples.js';
import { installCanary, naughtyStrings } from '../../../../test/helpers/naughty.js';

const native = (el: PvDialog) => el.shadowRoot!.querySelector('dialog')!;
const closeButton = (el: PvDialog) => el.shadowRoot!.querySelector<HTMLButtonElement>('.close')!;
const deepActive = () => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};
const pageLocked = () => getComputedStyle(document.documentElement).overflow === 'hidden';

async function page() {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <button class="opener">Ouvrir</button>
    <pv-dialog heading="Supprimer le brouillon\u00a0?">
      <p>Les réponses seront perdues.</p>
      <input aria-label="Motif" class="motif" />
      <div slot="footer"><button class="annuler">Annuler</button><button class="supprimer">Supprimer</button></div>
    </pv-dialog>
    <button class="after">Après</button>
  </div>`);
  const el = wrapper.querySelector('pv-dialog')!;
  await el.updateComplete;
  const opener = wrapper.querySelector<HTMLButtonElement>('.opener')!;
  return { wrapper, el, opener };
}

async function openFrom(el: PvDialog, opener: HTMLElement) {
  opener.focus();
  const shown = oneEvent(el, 'pv-show');
  el.show();
  await shown;
}

describe('pv-dialog', () => {
  describeExamplesAccessible(examples);

  it('is a native modal dialog named by its heading, closed by default', async () => {
    const { el } = await page();
    const dialog = native(el);
    expect(dialog.open).to.equal(false);
    expect(dialog.getAttribute('aria-labelledby')).to.equal('heading');
    expect(el.shadowRoot!.getElementById('heading')!.textContent).to.equal('Supprimer le brouillon\u00a0?');
    expect(closeButton(el).textContent!.trim()).to.equal('Fermer');
    el.lang = 'en';
    await el.updateComplete;
    expect(closeButton(el).textContent!.trim()).to.equal('Close');
  });

  it('opens as a modal with show(), reflects open, fires pv-show, focuses inside and makes the page inert', async () => {
    const { el, opener, wrapper } = await page();
    await openFrom(el, opener);
    const dialog = native(el);
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    expect(el.shadowRoot!.contains(deepActive()) || el.contains(deepActive())).to.equal(true);
    // The rest of the page is inert: a click does not focus it.
    wrapper.querySelector<HTMLButtonElement>('.after')!.focus();
    expect(document.activeElement).to.not.equal(wrapper.querySelector('.after'));
  });

  it('opens from the open attribute, and closes when it is removed', async () => {
    const { el } = await page();
    el.setAttribute('open', '');
    await el.updateComplete;
    expect(native(el).open).to.equal(true);
    const closed = oneEvent(el, 'pv-close');
    el.removeAttribute('open');
    await el.updateComplete;
    await closed;
    expect(native(el).open).to.equal(false);
  });

  it('keyboard: Tab and Shift+Tab stay inside the dialog', async function () {
    // Known difference, still open: in Firefox (WebDriver BiDi keyboard), Tab inside the modal
    // dialog never reaches the close button of its shadow root. Escape closes it there.
    if (navigator.userAgent.includes('Firefox')) this.skip();
    const { el, opener, wrapper } = await page();
    await openFrom(el, opener);
    const inside = (node: Element | null) => !!node && (el.shadowRoot!.contains(node) || el.contains(node));
    const seen = new Set<Element>();
    for (let i = 0; i < 10; i += 1) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive();
      if (active && active !== document.body) {
        expect(inside(active), `Tab ${i} went to ${active.outerHTML}`).to.equal(true);
        seen.add(active);
      }
    }
    expect(seen.has(closeButton(el))).to.equal(true);
    expect(seen.has(wrapper.querySelector('.motif')!)).to.equal(true);
    expect(seen.has(wrapper.querySelector('.supprimer')!)).to.equal(true);
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 6; i += 1) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive();
      if (active && active !== document.body) expect(inside(active)).to.equal(true);
    }
    await sendKeys({ up: 'Shift' });
  });

  it('keyboard: Escape fires pv-cancel, closes, returns focus to the opener; pv-close has an empty returnValue', async () => {
    const { el, opener } = await page();
    await openFrom(el, opener);
    let cancel: CustomEvent<DialogCancelDetail> | undefined;
    el.addEventListener('pv-cancel', (e) => (cancel = e as CustomEvent<DialogCancelDetail>));
    const closed = oneEvent(el, 'pv-close');
    await sendKeys({ press: 'Escape' });
    const event = (await closed) as CustomEvent<DialogCloseDetail>;
    expect(cancel?.detail.source).to.equal('escape');
    expect(event.detail.returnValue).to.equal('');
    expect(el.open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('stays open when pv-cancel is cancelled (e.g. unsaved answers)', async () => {
    const { el, opener } = await page();
    await openFrom(el, opener);
    el.addEventListener('pv-cancel', (e) => e.preventDefault());
    await sendKeys({ press: 'Tab' }); // a user activation, so the browser lets the page cancel Escape
    await sendKeys({ press: 'Escape' });
    await new Promise((r) => setTimeout(r, 50));
    expect(native(el).open).to.equal(true);
    closeButton(el).click();
    await new Promise((r) => setTimeout(r, 50));
    expect(native(el).open).to.equal(true);
    el.close('forcé');
    const event = (await oneEvent(el, 'pv-close')) as CustomEvent<DialogCloseDetail>;
    expect(event.detail.returnValue).to.equal('forcé');
  });

  it('closes with the "Fermer" button (keyboard Enter) and restores focus', async function () {
    // Known difference, still open: in Firefox the focused close button does not receive the
    // Enter key sent through WebDriver BiDi (closing by Escape and by close() pass there).
    if (navigator.userAgent.includes('Firefox')) this.skip();
    const { el, opener } = await page();
    await openFrom(el, opener);
    closeButton(el).focus();
    const cancel = oneEvent(el, 'pv-cancel');
    const closed = oneEvent(el, 'pv-close');
    await sendKeys({ press: 'Enter' });
    expect(((await cancel) as CustomEvent<DialogCancelDetail>).detail.source).to.equal('close-button');
    await closed;
    expect(document.activeElement).to.equal(opener);
  });

  it('restores focus into a shadow root (a pv-* control opened it)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('button');
    inner.textContent = 'Ouvrir';
    root.append(inner);
    const { el } = await page();
    await openFrom(el, inner);
    el.close();
    await oneEvent(el, 'pv-close');
    expect(root.activeElement).to.equal(inner);
  });

  it('close(value) gives the value to pv-close and returnValue', async () => {
    const { el, opener } = await page();
    await openFrom(el, opener);
    setTimeout(() => el.close('supprimer'));
    const event = (await oneEvent(el, 'pv-close')) as CustomEvent<DialogCloseDetail>;
    expect(event.detail.returnValue).to.equal('supprimer');
    expect(el.returnValue).to.equal('supprimer');
    // Reopening starts again from an empty value.
    await openFrom(el, opener);
    expect(el.returnValue).to.equal('');
    el.close();
    await oneEvent(el, 'pv-close');
  });

  it('closes from a <form method="dialog"> in the content with the submit button value', async () => {
    const el = await fixture<PvDialog>(html`<pv-dialog heading="Confirmer" open>
      <p>Sûr ?</p>
      <form slot="footer" method="dialog"><button value="non">Non</button><button value="oui">Oui</button></form>
    </pv-dialog>`);
    await el.updateComplete;
    const ordinary = document.createElement('form');
    ordinary.addEventListener('submit', (e) => e.preventDefault());
    el.append(ordinary);
    ordinary.requestSubmit();
    expect(native(el).open).to.equal(true);
    el.querySelectorAll('button')[1]!.click();
    const event = (await oneEvent(el, 'pv-close')) as CustomEvent<DialogCloseDetail>;
    expect(event.detail.returnValue).to.equal('oui');
  });

  it('opens and closes with invoker commands (commandfor / command)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button commandfor="dlg-cmd" command="--show">Ouvrir</button>
      <pv-dialog id="dlg-cmd" heading="Aide"><button commandfor="dlg-cmd" command="--close">OK</button></pv-dialog>
    </div>`);
    const el = wrapper.querySelector('pv-dialog')!;
    await el.updateComplete;
    const opener = wrapper.querySelector('button')!;
    opener.focus();
    opener.click();
    await el.updateComplete;
    expect(native(el).open).to.equal(true);
    el.querySelector('button')!.click();
    await oneEvent(el, 'pv-close');
    expect(document.activeElement).to.equal(opener);
    el.dispatchEvent(Object.assign(new Event('command'), { command: 'show-modal' }));
    await el.updateComplete;
    expect(native(el).open).to.equal(true);
    el.dispatchEvent(Object.assign(new Event('command'), { command: 'request-close' }));
    await oneEvent(el, 'pv-close');
    el.dispatchEvent(Object.assign(new Event('command'), { command: 'close' }));
    expect(el.open).to.equal(false);
  });

  it('a backdrop click closes only with light-dismiss, and only when it starts and ends on the backdrop', async () => {
    const { el, opener } = await page();
    await openFrom(el, opener);
    const box = native(el).getBoundingClientRect();
    const backdrop = { x: 5, y: 5 };
    expect(backdrop.x < box.left && backdrop.y < box.top).to.equal(true);
    await sendMouse({ type: 'click', position: [backdrop.x, backdrop.y] });
    await new Promise((r) => setTimeout(r, 50));
    expect(native(el).open).to.equal(true);

    el.lightDismiss = true;
    await el.updateComplete;
    // Press inside (on the text), release on the backdrop: no close.
    await sendMouse({ type: 'move', position: [Math.round(box.left + 40), Math.round(box.top + 100)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [backdrop.x, backdrop.y] });
    await sendMouse({ type: 'up' });
    await new Promise((r) => setTimeout(r, 50));
    expect(native(el).open).to.equal(true);

    const cancel = oneEvent(el, 'pv-cancel');
    const closed = oneEvent(el, 'pv-close');
    await sendMouse({ type: 'click', position: [backdrop.x, backdrop.y] });
    expect(((await cancel) as CustomEvent<DialogCancelDetail>).detail.source).to.equal('backdrop');
    await closed;
    expect(native(el).open).to.equal(false);
  });

  it('locks page scroll with a constructed stylesheet, never a style attribute', async () => {
    const { el, opener } = await page();
    const second = await fixture<PvDialog>(html`<pv-dialog heading="Deux"></pv-dialog>`);
    expect(pageLocked()).to.equal(false);
    await openFrom(el, opener);
    expect(pageLocked()).to.equal(true);
    expect(document.documentElement.hasAttribute('style')).to.equal(false);
    expect(document.body.hasAttribute('style')).to.equal(false);
    second.show();
    await oneEvent(second, 'pv-show');
    second.close();
    await oneEvent(second, 'pv-close');
    expect(pageLocked()).to.equal(true); // the first one is still open
    el.close();
    await oneEvent(el, 'pv-close');
    expect(pageLocked()).to.equal(false);
  });

  it('closes for good when removed while open: unlocks the page, fires pv-close, returns focus', async () => {
    const { el, opener, wrapper } = await page();
    await openFrom(el, opener);
    const closed = oneEvent(el, 'pv-close');
    el.remove();
    expect(pageLocked()).to.equal(false);
    await closed;
    expect(el.open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
    wrapper.append(el);
    await el.updateComplete;
    expect(native(el).open).to.equal(false);
  });

  it('focuses a slotted autofocus element first', async () => {
    // autofocus inside a dialog is the documented way to choose the first focused element.
    // eslint-disable-next-line lit-a11y/no-autofocus
    const el = await fixture<PvDialog>(html`<pv-dialog heading="Nom"><input aria-label="Nom" autofocus /></pv-dialog>`);
    el.show();
    await oneEvent(el, 'pv-show');
    // compared by identity: a failing chai diff of two DOM nodes can hang Firefox's test session
    expect(deepActive() === el.querySelector('input')).to.equal(true);
  });

  it('hides the footer when empty', async () => {
    const el = await fixture<PvDialog>(html`<pv-dialog heading="Info"><p>Texte</p></pv-dialog>`);
    expect(el.shadowRoot!.querySelector('.footer')!.hasAttribute('hidden')).to.equal(true);
    const { el: withFooter } = await page();
    await new Promise((r) => setTimeout(r, 0));
    expect(withFooter.shadowRoot!.querySelector('.footer')!.hasAttribute('hidden')).to.equal(false);
  });

  it('fits a 320 px viewport with a huge heading and content', async () => {
    const el = await fixture<PvDialog>(html`<pv-dialog heading=${'Règlement '.repeat(60) + 'Anticonstitutionnellement'.repeat(10)}><p>${'Texte '.repeat(3000)}</p></pv-dialog>`);
    el.show();
    await oneEvent(el, 'pv-show');
    const dialog = native(el);
    expect(dialog.getBoundingClientRect().width).to.be.at.most(window.innerWidth);
    expect(dialog.getBoundingClientRect().height).to.be.at.most(window.innerHeight);
    expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth + 1);
    el.close();
  });

  it('shows hostile strings as text; nothing runs', async () => {
    const tripped = installCanary();
    const strings = await naughtyStrings();
    const el = await fixture<PvDialog>(html`<pv-dialog></pv-dialog>`);
    for (const s of strings) {
      el.heading = s;
      await el.updateComplete;
      expect(el.shadowRoot!.getElementById('heading')!.textContent).to.equal(s);
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(tripped()).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('script, img, iframe').length).to.equal(0);
  });
});
