import type { Validator } from './types.js';
import { provideNamedValidators } from './named.js';
import { email, url } from './web.js';
import { iban, phone, postcode, rna, siren, siret } from './french.js';
import { amount, max, min, number } from './numbers.js';

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

/** Rules with a numeric argument, used by fields' `min` / `max` attributes through `lazyValidator`. */
export const numberRules: Record<string, (limit: number) => Validator<string>> = { min, max };

// Makes the table available to `validatorsFromAttribute` (named.ts), which may have loaded this
// module on demand: the script-tag bundle keeps the French checks out of a page that names none.
provideNamedValidators(namedValidators, numberRules);
