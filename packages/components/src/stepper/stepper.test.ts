import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PvStepper, StepData, StepSelectDetail } from './stepper.js';
import { examples } from './stepper.examples.js';
import { describeExamplesAccessible } from '../../../../test/helpers/examples.js';
import { installCanary, naughtyStrings } from '../../../../test/helpers/naughty.js';

const $ = (el: PvStepper, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: PvStepper, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(selector));
const spoken = (el: PvStepper) => $$(el, '.step .visually-hidden').map((s) => s.textContent);
const shown = (node: Element | null) => !!node && getComputedStyle(node).display !== 'none';
const settle = async (el: PvStepper) => {
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
};

const fiveSteps = () => html`<pv-stepper>
  <ol>
    <li data-state="done"><a href="#eligibilite">Éligibilité</a></li>
    <li data-state="current" data-href="#budget">Budget</li>
    <li data-state="error" data-href="#pieces">Pièces
      justificatives</li>
    <li data-state="todo" data-href="#engagements">Engagements</li>
    <li>Récapitulatif</li>
  </ol>
</pv-stepper>`;

describe('pv-stepper', () => {
  describeExamplesAccessible(examples);

  it('reads the steps from the light-DOM list and says where the person is', async () => {
    const el = await fixture<PvStepper>(fiveSteps());
    expect(el.items.map((s) => s.state)).to.deep.equal(['done', 'current', 'error', 'todo', 'todo']);
    expect($(el, '.heading .full')!.textContent).to.equal('Étape 2 sur 5');
    expect(shown($(el, '.heading .full'))).to.equal(true);
    expect(shown($(el, '.heading .compact'))).to.equal(false);
    expect(spoken(el)).to.deep.equal([
      'Étape 1 sur 5\u00a0: Éligibilité — terminée',
      'Étape 2 sur 5\u00a0: Budget — en cours',
      'Étape 3 sur 5\u00a0: Pièces justificatives — à corriger',
      'Étape 4 sur 5\u00a0: Engagements — à faire',
      'Étape 5 sur 5\u00a0: Récapitulatif — à faire',
    ]);
    const current = $$(el, '[aria-current]');
    expect(current.length).to.equal(1);
    expect(current[0]!.getAttribute('aria-current')).to.equal('step');
    expect(current[0]!.dataset.state).to.equal('current');
    expect($(el, 'ol')!.getAttribute('aria-label')).to.equal('Étapes');
    for (const marker of $$(el, '.marker, .label')) expect(marker.getAttribute('aria-hidden')).to.equal('true');
  });

  it('makes links of done and error steps only, through safeUrl', async () => {
    const el = await fixture<PvStepper>(fiveSteps());
    const links = $$(el, 'a');
    expect(links.map((a) => a.closest('li')!.dataset.state)).to.deep.equal(['done', 'error']);
    expect(links[0]!.getAttribute('href')).to.equal(new URL('#eligibilite', location.href).href);
    el.steps = [
      { label: 'A', state: 'done', href: 'javascript:alert(1)' },
      { label: 'B', state: 'error', href: 'data:text/html,<script>alert(1)</script>' },
      { label: 'C', state: 'current', href: 'https://exemple.fr/c' },
    ];
    await el.updateComplete;
    expect($$(el, 'a').length).to.equal(0);
  });

  it('prefers the steps property, and treats unknown states as "à faire"', async () => {
    const el = await fixture<PvStepper>(fiveSteps());
    el.steps = [
      { label: '  Porteur   du projet ', state: 'done' },
      { label: 'Budget', state: 'bizarre' as StepData['state'] },
    ];
    await el.updateComplete;
    expect(spoken(el)).to.deep.equal(['Étape 1 sur 2\u00a0: Porteur du projet — terminée', 'Étape 2 sur 2\u00a0: Budget — à faire']);
    el.steps = [];
    await el.updateComplete;
    expect(el.items.length).to.equal(5);
  });

  it('follows changes to the light-DOM list', async () => {
    const el = await fixture<PvStepper>(fiveSteps());
    const items = el.querySelectorAll('li');
    items[1]!.dataset.state = 'done';
    items[2]!.dataset.state = 'current';
    await settle(el);
    expect($(el, '.heading .full')!.textContent).to.equal('Étape 3 sur 5');
    const li = document.createElement('li');
    li.textContent = 'Envoi';
    el.querySelector('ol')!.append(li);
    await settle(el);
    expect($(el, '.heading .full')!.textContent).to.equal('Étape 3 sur 6');
    items[0]!.querySelector('a')!.textContent = 'Recevabilité';
    await settle(el);
    expect(spoken(el)[0]).to.contain('Recevabilité');
  });

  it('reads bare <li> children too, and renders nothing without steps', async () => {
    const el = await fixture<PvStepper>(html`<pv-stepper></pv-stepper>`);
    expect(el.shadowRoot!.children.length).to.equal(0);
    expect($(el, 'ol')).to.equal(null);
    const li = document.createElement('li');
    li.dataset.state = 'current';
    li.textContent = 'Seule étape';
    el.append(li);
    await settle(el);
    expect($(el, '.heading .compact')!.textContent).to.equal('Étape 1 sur 1\u00a0: Seule étape');
  });

  it('says how many steps are done when none is current', async () => {
    const el = await fixture<PvStepper>(html`<pv-stepper></pv-stepper>`);
    el.steps = [
      { label: 'A', state: 'done' },
      { label: 'B', state: 'done' },
      { label: 'C', state: 'todo' },
    ];
    await el.updateComplete;
    expect($(el, '.heading .full')!.textContent).to.equal('2 étapes terminées sur 3');
    el.steps = [{ label: 'A', state: 'todo' }];
    await el.updateComplete;
    expect($(el, '.heading .full')!.textContent).to.equal('Aucune étape terminée sur 1');
  });

  it('renders the heading as a heading of the level asked for', async () => {
    const el = await fixture<PvStepper>(fiveSteps());
    const heading = $(el, '.heading')!;
    expect(heading.hasAttribute('role')).to.equal(false);
    el.headingLevel = 3;
    await el.updateComplete;
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('3');
    el.headingLevel = 9;
    await el.updateComplete;
    expect(heading.hasAttribute('role')).to.equal(false);
  });

  it('speaks English under lang="en"', async () => {
    const el = await fixture<PvStepper>(fiveSteps());
    el.lang = 'en';
    await el.updateComplete;
    expect($(el, '.heading .full')!.textContent).to.equal('Step 2 of 5');
    expect(spoken(el)[2]).to.equal('Step 3 of 5: Pièces justificatives — needs fixing');
    expect($(el, 'ol')!.getAttribute('aria-label')).to.equal('Steps');
  });

  it('fires a cancelable pv-step-select on a link step (single-page apps navigate themselves)', async () => {
    const el = await fixture<PvStepper>(fiveSteps());
    el.addEventListener('pv-step-select', (e) => e.preventDefault(), { once: true });
    setTimeout(() => $$(el, 'a')[1]!.click());
    const event = (await oneEvent(el, 'pv-step-select')) as CustomEvent<StepSelectDetail>;
    expect(event.detail.index).to.equal(2);
    expect(event.detail.step.label).to.equal('Pièces justificatives');
    expect(event.composed && event.bubbles).to.equal(true);
    expect(location.hash).to.not.equal('#pieces');
    // Not cancelled: the browser follows the link (Firefox updates the hash a moment later).
    const followed = new Promise((r) => window.addEventListener('hashchange', r, { once: true }));
    $$(el, 'a')[0]!.click();
    await followed;
    expect(location.hash).to.equal('#eligibilite');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('lets modified clicks (new tab) through without an event', async () => {
    const el = await fixture<PvStepper>(fiveSteps());
    let fired = 0;
    el.addEventListener('pv-step-select', () => (fired += 1));
    const link = $$(el, 'a')[0]!;
    link.addEventListener('click', (e) => e.preventDefault());
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, shiftKey: true }));
    expect(fired).to.equal(0);
  });

  it('keyboard: Tab reaches only the link steps; Enter activates', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button>avant</button>${fiveSteps()}<button>après</button></div>`);
    const el = wrapper.querySelector('pv-stepper')!;
    await el.updateComplete;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($$(el, 'a')[0]);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($$(el, 'a')[1]);
    let selected = -1;
    el.addEventListener('pv-step-select', (e) => {
      e.preventDefault();
      selected = (e as CustomEvent<StepSelectDetail>).detail.index;
    });
    await sendKeys({ press: 'Enter' });
    expect(selected).to.equal(2);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(wrapper.querySelectorAll('button')[1]);
  });

  it('shows only "Étape 2 sur 5 : Budget" and a progress bar at 320 px or with compact', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px">${fiveSteps()}</div>`);
    const el = wrapper.querySelector('pv-stepper')!;
    await el.updateComplete;
    expect(shown($(el, 'ol'))).to.equal(false);
    expect(shown($(el, '.heading .full'))).to.equal(false);
    expect(shown($(el, '.heading .compact'))).to.equal(true);
    expect($(el, '.heading .compact')!.textContent).to.equal('Étape 2 sur 5\u00a0: Budget');
    expect(shown($(el, '.progress'))).to.equal(true);
    expect($(el, '.progress')!.getAttribute('aria-hidden')).to.equal('true');
    expect($$(el, '.segment').map((s) => s.dataset.state)).to.deep.equal(['done', 'current', 'error', 'todo', 'todo']);
    expect(el.scrollWidth).to.be.at.most(320);

    wrapper.style.inlineSize = '800px';
    await new Promise((r) => requestAnimationFrame(r));
    expect(shown($(el, 'ol'))).to.equal(true);
    expect(shown($(el, '.progress'))).to.equal(false);
    el.compact = true;
    await el.updateComplete;
    expect(shown($(el, 'ol'))).to.equal(false);
    expect(shown($(el, '.progress'))).to.equal(true);
  });

  it('copes with many steps and huge labels', async () => {
    const el = await fixture<PvStepper>(html`<pv-stepper style="max-inline-size: 320px"></pv-stepper>`);
    el.steps = Array.from({ length: 200 }, (_, i) => ({ label: `Étape ${'très '.repeat(50)}longue n° ${i}`, state: i < 100 ? 'done' : i === 100 ? 'current' : 'todo' }));
    await el.updateComplete;
    expect($$(el, 'li').length).to.equal(200);
    expect($(el, '.heading .full')!.textContent).to.equal('Étape 101 sur 200');
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it('shows hostile strings as text; nothing runs', async () => {
    const tripped = installCanary();
    const strings = await naughtyStrings();
    const el = await fixture<PvStepper>(html`<pv-stepper></pv-stepper>`);
    for (const s of strings) {
      el.steps = [
        { label: s, state: 'done', href: s },
        { label: s, state: 'current' },
      ];
      await el.updateComplete;
      expect($(el, '.label')!.textContent).to.equal(s.replace(/\s+/g, ' ').trim());
      for (const a of $$(el, 'a')) expect(a.getAttribute('href')).to.match(/^(https?|mailto|tel):/);
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(tripped()).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('script, img, iframe').length).to.equal(0);
  });
});
