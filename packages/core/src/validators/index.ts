export * from './types.js';
export { required, minLength, maxLength, pattern, compilePattern, characterCount, type RequiredKind } from './generic.js';
export { number, min, max, amount, type AmountOptions } from './numbers.js';
export { email, url } from './web.js';
// French identifiers (postcode, phone, SIREN, SIRET, RNA, IBAN) are in '@parvis/core/validators/french',
// and loaded on demand by `validate="…"`: a page that names none does not download them.
export { parseFrenchNumber, parseAmount, normalizeDigits, formatIban, formatSiret } from './parse.js';
// The table of named validators (registry.ts) is not re-exported: `validatorsFromAttribute` loads it
// on demand, so a bundle keeps the French checks out of pages that name none.
export { validatorsFromAttribute, loadNamedValidators } from './named.js';
