/**
 * One document-level guard for every form that holds a Parvis control.
 *
 * Browser validation bubbles cannot be styled, are not translated with the page and vanish
 * before a screen-reader user can read them. So a form with a Parvis control is switched to
 * `novalidate`, and on submit every control is checked here, before any listener of the host
 * page (capture on the document): if one is invalid the submission is stopped, each control
 * shows its message, and a `pv-invalid-submit` event tells the error summary. When nothing
 * handles that event, focus goes to the first invalid field.
 */

/** Marks Parvis form controls across copies of the library. */
export const FORM_CONTROL = Symbol.for('parvis.formControl');
const INSTALLED = Symbol.for('parvis.formController');

/** Detail of `pv-invalid-submit`: the invalid controls in document order. */
export interface InvalidSubmitDetail {
  elements: HTMLElement[];
}

type Validatable = HTMLElement & { checkValidity(): boolean; willValidate?: boolean };

function isParvisControl(element: Element): boolean {
  return FORM_CONTROL in element;
}

/** True when the form has at least one Parvis control and the host has not opted out. */
function isManaged(form: HTMLFormElement): boolean {
  if (form.dataset.pvValidate === 'off') return false;
  return Array.from(form.elements).some(isParvisControl);
}

/** Checks every control of the form (firing `invalid` on each failure) and returns the invalid ones. */
export function invalidElements(form: HTMLFormElement): HTMLElement[] {
  return Array.from(form.elements).filter(
    (el): el is Validatable => typeof (el as Validatable).checkValidity === 'function' && !(el as Validatable).checkValidity(),
  );
}

function onSubmit(event: Event): void {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !isManaged(form)) return;
  const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
  if (submitter?.formNoValidate) return;
  const elements = invalidElements(form);
  if (!elements.length) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  const notice = new CustomEvent<InvalidSubmitDetail>('pv-invalid-submit', { bubbles: true, composed: true, cancelable: true, detail: { elements } });
  // Not cancelled means no error summary took charge: the first field gets the focus instead.
  if (form.dispatchEvent(notice)) elements[0]?.focus();
}

/** Installs the guard once per document (shared by every copy of Parvis on the page). */
export function installFormController(doc: Document = document): void {
  const holder = doc as Document & { [INSTALLED]?: boolean };
  if (holder[INSTALLED]) return;
  holder[INSTALLED] = true;
  doc.addEventListener('submit', onSubmit, true);
}

/** Called when a control joins a form: Parvis messages replace the browser's bubbles. */
export function manageForm(form: HTMLFormElement | null): void {
  if (!form || form.dataset.pvValidate === 'off') return;
  installFormController(form.ownerDocument);
  form.noValidate = true;
}
