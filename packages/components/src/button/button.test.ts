import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PvButton } from './button.js';
import './button.js';
import '../textarea/textarea.js';
import '../checkbox/checkbox.js';
import { examples } from './button.examples.js';
import { mount } from '../../../../test/helpers/dom.js';
import { describeExamplesAccessible } from '../../../../test/helpers/examples.js';
import { mediaRulesCss } from '../../../../test/helpers/media.js';
import { installCanary, naughtyStrings } from '../../../../test/helpers/naughty.js';

const inner = (el: PvButton) => el.shadowRoot!.querySelector<HTMLElement>('.btn')!;
const tick = (ms = 10) => new Promise((r) => setTimeout(r, ms));

async function form(template: unknown) {
  const f = await mount<HTMLFormElement>(html`<form>${template}</form>`);
  const button = f.querySelector('pv-button')!;
  await button.updateComplete;
  return { f, button };
}

/** Counts submissions and keeps the data of the last one. */
function spySubmit(f: HTMLFormElement) {
  const spy = { count: 0, data: undefined as FormData | undefined };
  f.addEventListener('submit', (e) => {
    e.preventDefault();
    spy.count += 1;
    spy.data = new FormData(f);
  });
  return spy;
}

describe('pv-button', () => {
  describeExamplesAccessible(examples);

  it('renders a native button, type submit by default, with its text as name', async () => {
    const el = await fixture<PvButton>(html`<pv-button>Envoyer</pv-button>`);
    const button = inner(el);
    expect(button.localName).to.equal('button');
    expect(button.getAttribute('type')).to.equal('button');
    expect(el.type).to.equal('submit');
    expect(el.getAttribute('variant')).to.equal('primary');
    expect(el.form).to.equal(null);
    expect(el.shadowRoot!.querySelector('slot:not([name])')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('submits its form with the data of the Parvis fields, so validation runs first', async () => {
    const { f, button } = await form(html`
      <pv-textarea name="message" label="Message" value="Bonjour"></pv-textarea>
      <pv-checkbox name="accord" label="J’accepte" value="oui" checked></pv-checkbox>
      <input name="natif" value="1" />
      <pv-button name="action" value="envoyer">Envoyer</pv-button>
    `);
    const spy = spySubmit(f);
    inner(button).click();
    await tick();
    expect(spy.count).to.equal(1);
    expect(spy.data!.get('message')).to.equal('Bonjour');
    expect(spy.data!.get('accord')).to.equal('oui');
    expect(spy.data!.get('natif')).to.equal('1');
    // Documented limitation: a custom element cannot be the submitter.
    expect(spy.data!.has('action')).to.equal(false);

    button.click();
    await tick();
    expect(spy.count).to.equal(2);
  });

  it('lets the submit guard stop a form with an invalid Parvis field', async () => {
    const { f, button } = await form(html`<pv-textarea name="m" label="Message" required></pv-textarea><pv-button>Envoyer</pv-button>`);
    const spy = spySubmit(f);
    const invalid = oneEvent(f, 'pv-invalid-submit');
    inner(button).click();
    const event = await invalid;
    expect(event.detail.elements).to.have.length(1);
    expect(spy.count).to.equal(0);
  });

  it('keyboard: Tab reaches it, Enter and Space activate it', async () => {
    const { f, button } = await form(html`<input name="a" /><pv-button>Envoyer</pv-button>`);
    const spy = spySubmit(f);
    f.querySelector('input')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(button);
    expect(button.shadowRoot!.activeElement).to.equal(inner(button));
    await sendKeys({ press: 'Enter' });
    await tick();
    expect(spy.count).to.equal(1);
    await sendKeys({ press: 'Space' });
    await tick();
    expect(spy.count).to.equal(2);
  });

  it('focus() on the host focuses the inner button (delegatesFocus)', async () => {
    const el = await fixture<PvButton>(html`<pv-button type="button">OK</pv-button>`);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(inner(el));
  });

  it('a listener that cancels the click cancels the submission, like a native button', async () => {
    const { f, button } = await form(html`<pv-button>Supprimer</pv-button>`);
    const spy = spySubmit(f);
    button.addEventListener('click', (e) => e.preventDefault());
    inner(button).click();
    await tick();
    expect(spy.count).to.equal(0);
  });

  it('type=reset resets the form, type=button does nothing by itself', async () => {
    const { f } = await form(html`
      <pv-textarea name="m" label="Message" value="avant"></pv-textarea>
      <pv-button type="reset">Effacer</pv-button>
      <pv-button type="button" id="b">Autre</pv-button>
    `);
    const spy = spySubmit(f);
    const field = f.querySelector('pv-textarea')!;
    field.value = 'après';
    await field.updateComplete;
    inner(f.querySelector<PvButton>('#b')!).click();
    await tick();
    expect(spy.count).to.equal(0);
    expect(field.value).to.equal('après');
    inner(f.querySelector<PvButton>('[type=reset]')!).click();
    await tick();
    expect(field.value).to.equal('avant');
    expect(spy.count).to.equal(0);
  });

  it('disabled: no click, no submission, not focusable; also through a disabled fieldset', async () => {
    const f = await mount<HTMLFormElement>(html`<form><fieldset><pv-button>Envoyer</pv-button></fieldset></form>`);
    const button = f.querySelector('pv-button')!;
    await button.updateComplete;
    const spy = spySubmit(f);
    let clicks = 0;
    f.addEventListener('click', () => (clicks += 1));
    button.disabled = true;
    await button.updateComplete;
    expect(inner(button).hasAttribute('disabled')).to.equal(true);
    button.click();
    inner(button).click();
    await tick();
    expect(spy.count + clicks).to.equal(0);

    button.disabled = false;
    f.querySelector('fieldset')!.disabled = true;
    await tick();
    await button.updateComplete;
    expect(inner(button).hasAttribute('disabled')).to.equal(true);
    button.click();
    await tick();
    expect(spy.count + clicks).to.equal(0);

    f.querySelector('fieldset')!.disabled = false;
    await tick();
    await button.updateComplete;
    button.click();
    await tick();
    expect(spy.count).to.equal(1);
  });

  it('loading: spinner, aria-disabled, still focusable, ignores activation, announces nothing', async () => {
    const { f, button } = await form(html`<pv-button loading>Envoi en cours</pv-button>`);
    const spy = spySubmit(f);
    const b = inner(button);
    expect(b.getAttribute('aria-disabled')).to.equal('true');
    expect(b.hasAttribute('disabled')).to.equal(false);
    expect(button.shadowRoot!.querySelector('svg.spinner')!.getAttribute('aria-hidden')).to.equal('true');
    expect(button.shadowRoot!.querySelector('[aria-live], [role=status]')).to.equal(null);
    button.focus();
    expect(button.shadowRoot!.activeElement).to.equal(b);
    await sendKeys({ press: 'Enter' });
    b.click();
    await tick();
    expect(spy.count).to.equal(0);
    button.loading = false;
    await button.updateComplete;
    expect(inner(button).hasAttribute('aria-disabled')).to.equal(false);
    expect(button.shadowRoot!.querySelector('svg.spinner')).to.equal(null);
  });

  it('href renders a link styled as a button; unsafe addresses are not linked', async () => {
    const el = await fixture<PvButton>(html`<pv-button href="/demarches?id=1">Faire la démarche</pv-button>`);
    const a = inner(el) as HTMLAnchorElement;
    expect(a.localName).to.equal('a');
    expect(a.href).to.equal(new URL('/demarches?id=1', location.href).href);
    expect(a.hasAttribute('aria-disabled')).to.equal(false);

    el.href = 'javascript:alert(1)';
    await el.updateComplete;
    expect(inner(el).hasAttribute('href')).to.equal(false);
    expect(inner(el).getAttribute('aria-disabled')).to.equal('true');

    el.href = 'https://www.service-public.fr/';
    el.disabled = true;
    await el.updateComplete;
    expect(inner(el).hasAttribute('href')).to.equal(false);
    expect(inner(el).getAttribute('role')).to.equal('link');

    el.removeAttribute('href');
    el.disabled = false;
    await el.updateComplete;
    expect(inner(el).localName).to.equal('button');
  });

  it('a link inside a form does not submit it', async () => {
    const { f, button } = await form(html`<pv-button href="#ancre">Aller plus bas</pv-button>`);
    const spy = spySubmit(f);
    inner(button).click();
    await tick();
    expect(spy.count).to.equal(0);
  });

  it('label gives an accessible name to an icon-only button; the icon is hidden', async () => {
    const el = await fixture<PvButton>(
      html`<pv-button type="button" label="Fermer"><svg slot="icon" viewBox="0 0 24 24"><path d="M5 5l14 14" /></svg></pv-button>`,
    );
    expect(inner(el).getAttribute('aria-label')).to.equal('Fermer');
    expect(el.shadowRoot!.querySelector('.icon')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('has forced-colours rules for borders and disabled states, and slows the spinner for reduced motion', async () => {
    const el = await fixture<PvButton>(html`<pv-button>OK</pv-button>`);
    const media = (condition: string) => mediaRulesCss(el, condition);
    const forced = media('forced-colors: active');
    expect(forced).to.contain('border-color: buttontext');
    expect(forced).to.contain('GrayText'.toLowerCase());
    expect(forced).to.contain('linktext');
    expect(media('prefers-reduced-motion')).to.contain('.spinner');
  });

  it('shows hostile strings as text; nothing runs', async () => {
    const tripped = installCanary();
    const strings = await naughtyStrings();
    const el = await fixture<PvButton>(html`<pv-button type="button"></pv-button>`);
    for (const s of strings) {
      el.textContent = s;
      el.label = s;
      el.href = s;
      await el.updateComplete;
      const href = inner(el).getAttribute('href');
      if (href) expect(/^(https?|mailto|tel):/i.test(href)).to.equal(true);
    }
    await tick(50);
    expect(tripped()).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('script, img, iframe').length).to.equal(0);
  });

  it('wraps a huge label instead of overflowing a 320 px screen', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div style="inline-size: 320px"><pv-button>${'Envoyer'.repeat(80)}</pv-button></div>`);
    const el = wrapper.querySelector('pv-button')!;
    await el.updateComplete;
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
  });
});
