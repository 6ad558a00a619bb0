export * from './types.js';
export { required, minLength, maxLength, pattern, compilePattern, characterCount, type RequiredKind } from './generic.js';
export { email, url } from './web.js';
// French identifiers (postcode, phone, SIREN, SIRET, RNA, IBAN) are in '@parvis/core/validators/french',
// numbers and amounts (number, min, max, amount) in '@parvis/core/validators/numbers', French number
// parsing in '@parvis/core/validators/parse'. Fields load them on demand (`validate="…"`, min, max):
// a page that needs none does not download them. They are not re-exported here on purpose.
// The table of named validators (registry.ts) is not re-exported: `validatorsFromAttribute` loads it
// on demand, so a bundle keeps the French checks out of pages that name none.
export { validatorsFromAttribute, loadNamedValidators, lazyValidator } from './named.js';
