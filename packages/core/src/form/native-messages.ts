import { coreMessages } from '../localize/index.js';
import { resolveLocale } from '../localize/localize.js';
import { FORM_CONTROL } from './form-controller.js';

type NativeField = HTMLElement & { validity?: ValidityState; validationMessage?: string; labels?: NodeListOf<HTMLLabelElement> | null };

/** The visible label of a native field: its <label>, else aria-label, else its name. */
function labelOf(field: NativeField): string {
  const label = field.labels?.[0]?.textContent?.trim();
  return label || field.getAttribute('aria-label') || field.getAttribute('name') || '';
}

/**
 * The message for a field of the form, in the page's language. Parvis controls word their own;
 * for a native field the browser's text would be in the browser's language ("Please fill out this
 * field."), so its validity flags are turned into the same French messages Parvis controls use.
 */
export function validationMessageOf(field: HTMLElement): string {
  const native = field as NativeField;
  if (FORM_CONTROL in field || !native.validity) return native.validationMessage ?? '';
  const validity = native.validity;
  const locale = resolveLocale(field);
  const params = { label: labelOf(native) };
  const type = (field as HTMLInputElement).type;
  const checkable = type === 'checkbox' || type === 'radio';
  if (validity.valueMissing) {
    const key = type === 'file' ? 'validators.requiredFile' : checkable ? 'validators.requiredCheck' : field.localName === 'select' ? 'validators.requiredChoice' : 'validators.required';
    return coreMessages.t(locale, key, params);
  }
  if (validity.typeMismatch && type === 'email') return coreMessages.t(locale, 'validators.email', params);
  if (validity.typeMismatch && type === 'url') return coreMessages.t(locale, 'validators.url', params);
  if (validity.badInput) return coreMessages.t(locale, 'validators.number', params);
  return native.validationMessage ?? '';
}
