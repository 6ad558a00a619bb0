import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PvNotice } from './notice.js';
import { examples } from './notice.examples.js';
import { assertiveText, clearAnnouncer, politeText } from '../../../../test/helpers/announcer.js';
import { same, wait } from '../../../../test/helpers/dom.js';
import { describeExamplesAccessible } from '../../../../test/helpers/examples.js';
import { forcedColorsCss } from '../../../../test/helpers/media.js';
import { installCanary, naughtyStrings } from '../../../../test/helpers/naughty.js';

describe('pv-notice', () => {
  beforeEach(clearAnnouncer);

  describeExamplesAccessible(examples);

  it('has an icon and a visually hidden type prefix, and no live role', async () => {
    const el = await fixture<PvNotice>(html`<pv-notice type="success" heading="Demande envoyée">Numéro 12.</pv-notice>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('svg.icon')!.getAttribute('aria-hidden')).to.equal('true');
    const heading = root.querySelector('.heading')!;
    expect(heading.tagName).to.equal('P');
    expect(heading.querySelector('.visually-hidden')!.textContent).to.equal('Succès\u00a0: ');
    expect(heading.textContent).to.equal('Succès\u00a0: Demande envoyée');
    expect(root.querySelector('[role=alert], [role=status], [aria-live]')).to.equal(null);
    expect(el.spokenText).to.equal('Succès\u00a0: Demande envoyée Numéro 12.');
    await wait(100);
    expect(politeText()).to.equal('');
  });

  it('puts the prefix before the text when there is no heading; unknown types fall back to info', async () => {
    const el = await fixture<PvNotice>(html`<pv-notice type="warning">Fermeture le 30.</pv-notice>`);
    expect(el.shadowRoot!.querySelector('.content .visually-hidden')!.textContent).to.equal('Attention\u00a0: ');
    el.type = 'bogus' as never;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.content .visually-hidden')!.textContent).to.equal('Information\u00a0: ');
  });

  it('renders a heading in the outline with level', async () => {
    const el = await fixture<PvNotice>(html`<pv-notice heading="Nouveau" level="3">Texte</pv-notice>`);
    const heading = el.shadowRoot!.querySelector('[role=heading]')!;
    expect(heading.getAttribute('aria-level')).to.equal('3');
  });

  it('live: says its text politely when it appears and when it changes', async () => {
    const el = await fixture<PvNotice>(html`<pv-notice live type="warning" heading="Vous êtes hors ligne">Vos réponses sont gardées.</pv-notice>`);
    await wait(150);
    expect(politeText()).to.equal('Attention\u00a0: Vous êtes hors ligne Vos réponses sont gardées.');
    clearAnnouncer();
    el.textContent = 'La connexion est revenue.';
    el.heading = 'En ligne';
    el.type = 'success';
    await wait(150);
    expect(politeText()).to.equal('Succès\u00a0: En ligne La connexion est revenue.');
    clearAnnouncer();
    el.hidden = true;
    await wait(150);
    expect(politeText()).to.equal('');
    el.hidden = false;
    await wait(150);
    expect(politeText()).to.contain('En ligne');
  });

  it('live errors are assertive', async () => {
    await fixture<PvNotice>(html`<pv-notice live type="error">Le service ne répond pas.</pv-notice>`);
    await wait(150);
    expect(assertiveText()).to.equal('Erreur\u00a0: Le service ne répond pas.');
    expect(politeText()).to.equal('');
  });

  it('keyboard: Tab reaches "Masquer ce message", Enter hides it, fires pv-dismiss and moves focus to what follows', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button id="before">avant</button>
      <pv-notice dismissible heading="Nouveau">Texte</pv-notice>
      <p>Paragraphe</p>
      <a id="after" href="#x">après</a>
    </div>`);
    const el = wrapper.querySelector('pv-notice')!;
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    const close = el.shadowRoot!.querySelector('button')!;
    same(el.shadowRoot!.activeElement, close);
    expect(close.textContent!.trim()).to.equal('Masquer ce message');
    const fired = oneEvent(el, 'pv-dismiss');
    await sendKeys({ press: 'Enter' });
    const event = await fired;
    expect(event.composed).to.equal(true);
    expect(el.hidden).to.equal(true);
    same(document.activeElement, wrapper.querySelector('#after'));
  });

  it('focus goes to a following Parvis-like control (delegatesFocus host), else to the container', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><pv-notice dismissible>Texte</pv-notice><x-delegating></x-delegating></div>`);
    if (!customElements.get('x-delegating')) {
      customElements.define(
        'x-delegating',
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'open', delegatesFocus: true }).append(document.createElement('input'));
          }
        },
      );
    }
    const el = wrapper.querySelector('pv-notice')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector('button')!.focus();
    el.shadowRoot!.querySelector('button')!.click();
    same(document.activeElement, wrapper.querySelector('x-delegating'));

    const alone = await fixture<HTMLDivElement>(html`<div><pv-notice dismissible>Texte</pv-notice></div>`);
    const last = alone.querySelector('pv-notice')!;
    await last.updateComplete;
    last.shadowRoot!.querySelector('button')!.focus();
    last.dismiss();
    same(document.activeElement, alone);
    expect(alone.getAttribute('tabindex')).to.equal('-1');
    alone.blur();
    expect(alone.hasAttribute('tabindex')).to.equal(false);
  });

  it('stays shown when pv-dismiss is cancelled; hiding without focus inside does not move focus', async () => {
    const el = await fixture<PvNotice>(html`<pv-notice dismissible>Texte</pv-notice>`);
    el.addEventListener('pv-dismiss', (e) => e.preventDefault(), { once: true });
    el.dismiss();
    expect(el.hidden).to.equal(false);
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    el.dismiss();
    expect(el.hidden).to.equal(true);
    same(document.activeElement, outside);
    outside.remove();
  });

  it('close button is at least 44 px and visible in forced colours', async () => {
    const el = await fixture<PvNotice>(html`<pv-notice dismissible>Texte</pv-notice>`);
    const rect = el.shadowRoot!.querySelector('button')!.getBoundingClientRect();
    expect(rect.width).to.be.at.least(44);
    expect(rect.height).to.be.at.least(44);
    expect(forcedColorsCss(el)).to.match(/border: 1px solid buttontext/i);
  });

  it('speaks English under lang="en"', async () => {
    const el = await fixture<PvNotice>(html`<pv-notice lang="en" type="error" dismissible heading="Oops">x</pv-notice>`);
    expect(el.shadowRoot!.querySelector('.heading')!.textContent).to.equal('Error: Oops');
    expect(el.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Hide this message');
  });

  it('shows hostile headings and texts as text; nothing runs', async () => {
    const tripped = installCanary();
    const el = await fixture<PvNotice>(html`<pv-notice live></pv-notice>`);
    for (const s of await naughtyStrings()) {
      el.heading = s;
      el.textContent = s;
      await el.updateComplete;
      if (s) expect(el.shadowRoot!.querySelector('.heading')!.textContent).to.equal(`Information\u00a0: ${s}`);
    }
    await wait(150);
    expect(tripped()).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('script, img, iframe').length).to.equal(0);
    expect(el.querySelectorAll('script, img, iframe').length).to.equal(0);
  });
});
