import { expect, fixture, html } from '@open-wc/testing';
import '../../components/src/text-field/text-field.js';
import { LitElement } from 'lit';
import {
  PARVIS_VERSION,
  Translator,
  VERSION,
  announce,
  announcerRegions,
  define,
  formatDate,
  formatEuros,
  formatNumber,
  idRefs,
  normalizeLocale,
  resolveLocale,
  safeUrl,
  uniqueId,
  validationMessageOf,
} from './index.js';
import { invalidElements, manageForm } from './form/form-controller.js';
import { localeOnDemand } from './locale-on-demand.js';

describe('define', () => {
  it('defines once, then is a no-op that names both versions', () => {
    class First extends LitElement {}
    class Second extends LitElement {}
    const tag = `pv-test-${Math.random().toString(36).slice(2)}`;
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      expect(define(tag, First)).to.equal(true);
      (Second as unknown as Record<symbol, string>)[PARVIS_VERSION] = '9.9.9';
      expect(define(tag, Second)).to.equal(false);
      expect(define(tag, First)).to.equal(false);
    } finally {
      console.warn = original;
    }
    expect(customElements.get(tag)).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(tag).and.to.contain(VERSION);
  });
});

describe('localisation', () => {
  it('normalises language tags to a shipped locale', () => {
    expect(normalizeLocale('en-GB')).to.equal('en');
    expect(normalizeLocale('FR_ca')).to.equal('fr');
    expect(normalizeLocale('de')).to.equal(undefined);
    expect(normalizeLocale(null)).to.equal(undefined);
  });

  it('reads lang from the element, its ancestors across shadow roots, then French', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="en"><section lang=""><span></span></section></div>`);
    const span = outer.querySelector('span')!;
    expect(resolveLocale(span)).to.equal('en');
    const host = document.createElement('div');
    outer.append(host);
    const inner = document.createElement('p');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLocale(inner)).to.equal('en');
    outer.setAttribute('lang', 'de');
    expect(resolveLocale(span)).to.equal('fr');
    expect(resolveLocale(null)).to.equal('fr');
  });

  it('translates with plurals, placeholders, overrides and a French fallback', () => {
    const fr = { files: { zero: 'Aucun fichier', one: '{count} fichier', other: '{count} fichiers' }, hello: 'Bonjour {name}', onlyFr: 'seulement' };
    const en = { files: { zero: 'No files', one: '{count} file', other: '{count} files' }, hello: 'Hello {name}', onlyFr: '' };
    const t = new Translator<typeof fr>({ fr, en });
    expect(t.t('fr', 'files', { count: 0 })).to.equal('Aucun fichier');
    expect(t.t('fr', 'files', { count: 1 })).to.equal('1 fichier');
    expect(t.t('fr', 'files', { count: 1234 })).to.equal('1\u202f234 fichiers');
    expect(t.t('en', 'files', { count: 2 })).to.equal('2 files');
    expect(t.t('en', 'hello', { name: '<b>Zoé</b>' })).to.equal('Hello <b>Zoé</b>');
    expect(t.t('fr', 'hello')).to.equal('Bonjour {name}');
    t.override('fr', { hello: 'Salut {name}' });
    expect(t.t('fr', 'hello', { name: 'Léa' })).to.equal('Salut Léa');
    expect(t.t('en', 'missing' as never)).to.equal('missing');
  });

  it('formats numbers, euros and dates the French way, in Europe/Paris', () => {
    expect(formatNumber(1234.5, 'fr')).to.equal('1\u202f234,5');
    expect(formatEuros(1234.5, 'fr')).to.equal('1\u202f234,50\u00a0€');
    // 23:30 UTC on 31 December is already 1 January in Paris
    expect(formatDate(Date.UTC(2025, 11, 31, 23, 30), 'fr')).to.equal('1 janvier 2026');
    expect(formatDate(Date.UTC(2026, 6, 14, 12), 'en')).to.equal('14 July 2026');
  });
});

describe('announcer', () => {
  it('keeps one polite and one assertive region in the light DOM, shared by every call', async () => {
    const regions = announcerRegions();
    expect(announcerRegions()).to.equal(regions);
    expect(regions.polite.getRootNode()).to.equal(document);
    expect(regions.polite.getAttribute('aria-live')).to.equal('polite');
    expect(regions.assertive.getAttribute('aria-live')).to.equal('assertive');
    expect(getComputedStyle(regions.polite).position).to.equal('absolute');
    expect(document.querySelectorAll('[data-pv-announcer]').length).to.equal(2);
  });

  it('sets the message as text a moment after clearing, so a repeat is read again', async () => {
    announce('<img src=x onerror=alert(1)> 3 résultats');
    const { polite, assertive } = announcerRegions();
    expect(polite.textContent).to.equal('');
    await new Promise((r) => setTimeout(r, 120));
    expect(polite.textContent).to.equal('<img src=x onerror=alert(1)> 3 résultats');
    expect(polite.children.length).to.equal(0);
    announce('Erreur grave', 'assertive');
    announce('Erreur grave, bis', 'assertive');
    await new Promise((r) => setTimeout(r, 120));
    expect(assertive.textContent).to.equal('Erreur grave, bis');
  });

  it('recreates its regions if the host page removed them', async () => {
    document.querySelector('[data-pv-announcer-root]')!.remove();
    announce('de retour');
    await new Promise((r) => setTimeout(r, 120));
    expect(announcerRegions().polite.isConnected).to.equal(true);
    expect(announcerRegions().polite.textContent).to.equal('de retour');
  });
});

describe('ids and URLs', () => {
  it('makes unique ids and joins id references', () => {
    const a = uniqueId();
    expect(a).to.not.equal(uniqueId());
    expect(uniqueId('champ')).to.match(/^champ-/);
    expect(idRefs('hint', false, '', null, undefined, 'feedback')).to.equal('hint feedback');
    expect(idRefs()).to.equal(undefined);
  });

  it('allows http, https, mailto and tel URLs only', () => {
    expect(safeUrl('https://www.exemple.fr/a?b=1')).to.equal('https://www.exemple.fr/a?b=1');
    expect(safeUrl('mailto:mairie@exemple.fr')).to.equal('mailto:mairie@exemple.fr');
    expect(safeUrl('tel:+33472000000')).to.equal('tel:+33472000000');
    expect(safeUrl('  JavaScript:alert(1)')).to.equal(undefined);
    expect(safeUrl('data:text/html,<script>alert(1)</script>')).to.equal(undefined);
    expect(safeUrl('vbscript:msgbox')).to.equal(undefined);
    expect(safeUrl('')).to.equal(undefined);
    expect(safeUrl(42)).to.equal(undefined);
    expect(safeUrl('/lieux.csv', 'https://commune.fr/page')).to.equal('https://commune.fr/lieux.csv');
    expect(safeUrl('http://[::1', 'https://commune.fr/')).to.equal(undefined);
  });
});

describe('form controller', () => {
  it('checks native controls too and honours formnovalidate and data-pv-validate="off"', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <input name="a" required />
      <button type="submit" formnovalidate>Enregistrer le brouillon</button>
      <button type="submit">Envoyer</button>
    </form>`);
    manageForm(form);
    expect(form.noValidate).to.equal(true);
    expect(invalidElements(form)).to.deep.equal([form.querySelector('input')]);

    let submitted = 0;
    let invalidEvents = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted += 1;
    });
    form.addEventListener('pv-invalid-submit', () => (invalidEvents += 1));
    // no Parvis control inside: the guard leaves the form alone
    form.requestSubmit();
    expect(submitted).to.equal(1);

    const drafts = form.querySelectorAll('button');
    const field = document.createElement('pv-text-field');
    field.setAttribute('label', 'Nom');
    field.setAttribute('required', '');
    form.append(field);
    await (field as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    form.requestSubmit(drafts[0]);
    expect(submitted).to.equal(2);
    form.requestSubmit(drafts[1]);
    expect(submitted).to.equal(2);
    expect(invalidEvents).to.equal(1);
    expect(document.activeElement).to.equal(form.querySelector('input'));

    form.dataset.pvValidate = 'off';
    form.requestSubmit(drafts[1]);
    expect(submitted).to.equal(3);
  });
});

describe('validationMessageOf (native fields)', () => {
  it('words native messages like Parvis controls, in the page language', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <label for="e">Courriel</label><input id="e" type="email" value="pas-une-adresse" />
      <input aria-label="Site" type="url" value="exemple" />
      <select name="choix" required><option value="">--</option></select>
      <input type="checkbox" name="cgu" required />
      <input type="file" name="piece" required />
      <input name="libre" pattern="[0-9]+" value="abc" />
    </form>`);
    const [email, site, select, check, file, free] = Array.from(form.elements) as HTMLElement[];
    expect(validationMessageOf(email!)).to.contain('prenom.nom@exemple.fr');
    expect(validationMessageOf(site!)).to.contain('https://');
    expect(validationMessageOf(select!)).to.equal('Choisissez une réponse pour «\u00a0choix\u00a0».');
    expect(validationMessageOf(check!)).to.contain('Cochez');
    expect(validationMessageOf(file!)).to.contain('fichier');
    // no Parvis wording for this flag: the browser's message is kept
    expect(validationMessageOf(free!)).to.equal((free as HTMLInputElement).validationMessage);
    form.setAttribute('lang', 'en');
    expect(validationMessageOf(select!)).to.equal('Select an answer for “choix”.');
    expect(validationMessageOf(document.createElement('div'))).to.equal('');
  });
});

describe('Translator.register and extend', () => {
  it('adds a locale or some texts later, and re-renders what shows them', () => {
    const fr = { a: { b: 'B', c: 'C' } };
    const t = new Translator<typeof fr>({ fr });
    expect(t.t('en', 'a.b')).to.equal('B');
    t.register('en', { a: { b: 'Bee', c: 'See' } });
    expect(t.t('en', 'a.b')).to.equal('Bee');
    const partial = new Translator<typeof fr>({ fr: { a: { b: 'B' } } as typeof fr });
    expect(partial.t('fr', 'a.c')).to.equal('a.c');
    partial.extend('fr', { a: { c: 'C' } });
    expect(partial.t('fr', 'a.c')).to.equal('C');
    expect(partial.t('fr', 'a.b')).to.equal('B');
  });
});

describe('localeOnDemand', () => {
  it('fetches a language once, when first asked for it; never French; again after a failed fetch', async () => {
    const fr = { a: 'A' };
    const t = new Translator<typeof fr>({ fr });
    let calls = 0;
    let fail = true;
    const need = localeOnDemand(t, {
      en: () => {
        calls++;
        return fail ? Promise.reject(new Error('offline')) : Promise.resolve({ a: 'Ay' });
      },
    });
    need('fr');
    expect(calls).to.equal(0);
    need('en');
    need('en');
    expect(calls, 'one fetch while it is pending').to.equal(1);
    await new Promise((r) => setTimeout(r, 0));
    expect(t.t('en', 'a'), 'offline: French meanwhile').to.equal('A');
    fail = false;
    need('en');
    expect(calls, 'tried again after the failure').to.equal(2);
    await new Promise((r) => setTimeout(r, 0));
    expect(t.t('en', 'a')).to.equal('Ay');
    need('en');
    expect(calls).to.equal(2);
  });
});
