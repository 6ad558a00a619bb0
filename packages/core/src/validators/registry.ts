import type { Validator } from './types.js';
import { email, url } from './web.js';
import { iban, phone, postcode, rna, siren, siret } from './french.js';
import { amount, number } from './numbers.js';

/**
 * Validators a text field can name in its `validate="…"` attribute
 * (`<pv-text-field validate="siret">`). Each entry makes a fresh validator.
 */
export const namedValidators: Record<string, () => Validator<string>> = {
  email,
  url,
  postcode,
  phone,
  siren,
  siret,
  rna,
  iban,
  amount: () => amount(),
  number,
};

/**
 * The validators named in a `validate` attribute: space-separated, case-insensitive, each once
 * (`"siret"`, `"email"`, `"number amount"`). Unknown names are reported in the console and ignored.
 */
export function validatorsFromAttribute(names: string | null | undefined): Validator<string>[] {
  const seen = new Set<string>();
  const validators: Validator<string>[] = [];
  for (const raw of (names ?? '').split(/\s+/u)) {
    const name = raw.toLowerCase();
    if (!name || seen.has(name)) continue;
    seen.add(name);
    if (Object.hasOwn(namedValidators, name)) validators.push(namedValidators[name]!());
    else console.warn(`[parvis] validate="${raw}" : validateur inconnu, ignoré. Valeurs possibles : ${Object.keys(namedValidators).join(', ')}.`);
  }
  return validators;
}
