export * from './types.js';
export { required, minLength, maxLength, pattern, compilePattern, characterCount, type RequiredKind } from './generic.js';
export { number, min, max, amount, type AmountOptions } from './numbers.js';
export { email, url } from './web.js';
export { postcode, phone, siren, siret, rna, iban, isSiren, isSiret, isIban, IBAN_LENGTHS } from './french.js';
export { parseFrenchNumber, parseAmount, normalizeDigits, formatIban, formatSiret } from './parse.js';
export { namedValidators, validatorsFromAttribute } from './registry.js';
