import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { settle } from './dom.js';

/** A Parvis form control, as the suite sees it. */
export type Control = HTMLElement & {
  value: unknown;
  name: string;
  disabled: boolean;
  required: boolean;
  form: HTMLFormElement | null;
  checkValidity(): boolean;
  reportValidity(): boolean;
  setCustomValidity(message: string): void;
  validationMessage: string;
  updateComplete: Promise<unknown>;
  formStateRestoreCallback?(state: unknown, mode: string): void;
};

export interface FormControlSuiteOptions {
  /** Renders one control; attributes come from the suite. */
  render(attrs: { name: string; label: string; required?: boolean; disabled?: boolean }): TemplateResult;
  /** Does what a person does to give the control `validValue` (typing, clicking…). */
  userInput(el: Control, value: string): Promise<void>;
  /** A valid answer, as a person would enter it. */
  validValue: string;
  /** The FormData entries expected for `validValue` (defaults to [validValue]). */
  expectedEntries?: string[];
  /** The inner element that must carry aria-invalid and receive focus. */
  inner(el: Control): HTMLElement | null;
  /** The state passed to formStateRestoreCallback to restore `validValue`. */
  restoreState?: unknown;
}

/**
 * The shared form-control suite (after Web Awesome and Lion): every Parvis control must take part
 * in a native form exactly like a native control does.
 */
export function runFormControlSuite(name: string, options: FormControlSuiteOptions): void {
  describe(`${name}: form-control suite`, () => {
    const expected = options.expectedEntries ?? [options.validValue];

    async function inForm(attrs: { required?: boolean; disabled?: boolean } = {}, formAttrs = '') {
      const form = await fixture<HTMLFormElement>(html`<form>${options.render({ name: 'field', label: 'Votre réponse', ...attrs })}<button>Envoyer</button></form>`);
      if (formAttrs === 'novalidate') form.noValidate = true;
      const el = form.querySelector('[name="field"]') as Control;
      await settle(el);
      return { form, el };
    }

    it('is listed in form.elements and gives its value to FormData', async () => {
      const { form, el } = await inForm();
      expect(Array.from(form.elements)).to.include(el);
      expect(el.form).to.equal(form);
      await options.userInput(el, options.validValue);
      await settle(el);
      expect(new FormData(form).getAll('field').map(String)).to.deep.equal(expected);
    });

    it('switches its form to novalidate so no browser bubble is ever shown', async () => {
      const { form } = await inForm();
      expect(form.noValidate).to.equal(true);
    });

    it('restores its first value on form reset', async () => {
      const { form, el } = await inForm();
      const before = new FormData(form).getAll('field').map(String);
      await options.userInput(el, options.validValue);
      await settle(el);
      form.reset();
      await settle(el);
      expect(new FormData(form).getAll('field').map(String)).to.deep.equal(before);
    });

    it('is left out of FormData when disabled, directly or by a disabled fieldset', async () => {
      const { form, el } = await inForm();
      await options.userInput(el, options.validValue);
      el.disabled = true;
      await settle(el);
      expect(new FormData(form).has('field')).to.equal(false);
      el.disabled = false;
      await settle(el);
      expect(new FormData(form).has('field')).to.equal(true);

      const fieldset = document.createElement('fieldset');
      form.prepend(fieldset);
      fieldset.append(el);
      fieldset.disabled = true;
      await settle(el);
      expect(new FormData(form).has('field')).to.equal(false);
      expect(el.checkValidity()).to.equal(true);
    });

    it('when required and empty: invalid, but quiet until the person submits', async () => {
      const { el } = await inForm({ required: true });
      expect(el.checkValidity()).to.equal(false);
      expect(el.validationMessage).to.not.equal('');
      expect(options.inner(el)?.getAttribute('aria-invalid')).to.equal(null);
      expect(el.shadowRoot!.querySelector('.feedback')).to.equal(null);
    });

    it('blocks submission, shows "Erreur :" and aria-invalid, focuses the field; then lets a fixed form through', async () => {
      const { form, el } = await inForm({ required: true });
      let submitted = 0;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted += 1;
      });
      form.requestSubmit();
      await settle(el);
      expect(submitted).to.equal(0);
      const feedback = el.shadowRoot!.querySelector('.feedback');
      expect(feedback?.textContent).to.match(/Erreur\s*:/);
      expect(options.inner(el)?.getAttribute('aria-invalid')).to.equal('true');
      expect(el.matches(':state(user-invalid)')).to.equal(true);
      expect(document.activeElement).to.equal(el);

      await options.userInput(el, options.validValue);
      await settle(el);
      form.requestSubmit();
      await settle(el);
      expect(submitted).to.equal(1);
      expect(options.inner(el)?.getAttribute('aria-invalid')).to.equal(null);
    });

    it('restores a saved state (back navigation)', async () => {
      const { form, el } = await inForm();
      el.formStateRestoreCallback?.(options.restoreState ?? options.validValue, 'restore');
      await settle(el);
      expect(new FormData(form).getAll('field').map(String)).to.deep.equal(expected);
    });

    it('setCustomValidity shows an outside error at once and clears it on change', async () => {
      const { el } = await inForm();
      el.setCustomValidity('Ce dossier existe déjà.');
      await settle(el);
      expect(el.checkValidity()).to.equal(false);
      expect(el.shadowRoot!.querySelector('.feedback')?.textContent).to.contain('Ce dossier existe déjà.');
      await options.userInput(el, options.validValue);
      await settle(el);
      expect(el.checkValidity()).to.equal(true);
    });

    it('words its messages in English under lang="en"', async () => {
      const { form, el } = await inForm({ required: true });
      form.setAttribute('lang', 'en');
      form.addEventListener('submit', (e) => e.preventDefault());
      form.requestSubmit();
      await settle(el);
      await settle(el);
      expect(el.shadowRoot!.querySelector('.feedback')?.textContent).to.match(/Error:/);
    });
  });
}
