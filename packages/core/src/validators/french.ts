import type { Validator } from './types.js';
import { rule, validatorMessage } from './rule.js';
import { normalizeDigits } from './parse.js';
import { digitSum, ibanMod97, luhn } from './checksums.js';

/**
 * 5 digits starting with a department number: 01–95 (Corsica uses 20xxx: `2A`/`2B` are Insee
 * department codes, never postcodes), 97x and 98x overseas (97400 Saint-Denis de La Réunion,
 * 98000 Monaco as served by La Poste). Refuses 00xxx, 96xxx, 99xxx and 4-digit codes such as
 * `1300` (a postcode that lost its leading zero in a spreadsheet). Spaces around are ignored,
 * spaces inside are not (`69 001`). Flag `patternMismatch`.
 */
export function postcode(): Validator<string> {
  return rule<string>({
    name: 'postcode',
    flag: 'patternMismatch',
    test: (value) => /^(?:0[1-9]|[1-8]\d|9[0-5]|9[78])\d{3}$/.test(value.trim()),
    message: (_value, context) => validatorMessage(context, 'validators.postcode'),
  });
}

/**
 * A French phone number, with spaces, dots or dashes anywhere:
 * - 10 digits starting with 0 then 1–9: `04 72 00 00 00`, `06.12.34.56.78`, overseas
 *   `0262 12 34 56` (La Réunion), `0590…`, `0594…`, `0596…`, `0269…` (Mayotte);
 * - international form `+33` or `0033` then the 9 digits without the 0: `+33 6 12 34 56 78`,
 *   also written `+33 (0)6 12 34 56 78`;
 * - the overseas departments' own country codes, +262, +590, +594, +596, then 9 digits;
 * - the overseas collectivities with shorter numbers: +508 (6 digits), +681 (6), +687 (6), +689 (8).
 * Short numbers (3939, 15, 112) are refused. Flag `typeMismatch`.
 */
export function phone(): Validator<string> {
  return rule<string>({
    name: 'phone',
    flag: 'typeMismatch',
    test: (value) => {
      const digits = normalizeDigits(value).replace(/^(\+|00)(\d{2,3})\(0\)/, '$1$2');
      return (
        /^0[1-9]\d{8}$/.test(digits) ||
        /^(?:\+|00)(?:33|262|590|594|596)[1-9]\d{8}$/.test(digits) ||
        /^(?:\+|00)(?:508|681|687)\d{6}$/.test(digits) ||
        /^(?:\+|00)689\d{8}$/.test(digits)
      );
    },
    message: (_value, context) => validatorMessage(context, 'validators.phone'),
  });
}

/** True for a SIREN: 9 digits (spaces, dots allowed), Luhn check, not all zeros. */
export function isSiren(value: string): boolean {
  const digits = normalizeDigits(value);
  return /^\d{9}$/.test(digits) && digits !== '000000000' && luhn(digits);
}

/** The SIREN of La Poste, whose establishments are numbered outside the Luhn scheme. */
const LA_POSTE = '356000000';

/**
 * True for a SIRET: 14 digits (spaces, dots allowed) passing Luhn, or, for La Poste (SIREN
 * 356 000 000), whose sum of digits is a multiple of 5 (Insee's published exception: its
 * ~10 000 establishments do not fit the Luhn scheme; the head office 356 000 000 00048 is an
 * ordinary Luhn number).
 */
export function isSiret(value: string): boolean {
  const digits = normalizeDigits(value);
  if (!/^\d{14}$/.test(digits) || /^0+$/.test(digits)) return false;
  return luhn(digits) || (digits.startsWith(LA_POSTE) && digitSum(digits) % 5 === 0);
}

/** SIREN number of a company or public body (`552 100 554`). Flag `patternMismatch`. */
export function siren(): Validator<string> {
  return rule<string>({
    name: 'siren',
    flag: 'patternMismatch',
    test: isSiren,
    message: (_value, context) => validatorMessage(context, 'validators.siren'),
  });
}

/** SIRET number of an establishment (`552 100 554 00021`), with the La Poste exception. Flag `patternMismatch`. */
export function siret(): Validator<string> {
  return rule<string>({
    name: 'siret',
    flag: 'patternMismatch',
    test: isSiret,
    message: (_value, context) => validatorMessage(context, 'validators.siret'),
  });
}

/**
 * RNA number of an association (Répertoire national des associations): the letter W (either
 * case) then 9 digits, `W751234567`. Spaces are ignored. The older "numéro de dossier" of
 * associations declared before 2010 (prefecture codes) is not an RNA number. Flag `patternMismatch`.
 */
export function rna(): Validator<string> {
  return rule<string>({
    name: 'rna',
    flag: 'patternMismatch',
    test: (value) => /^W\d{9}$/i.test(value.replace(/\s/gu, '')),
    message: (_value, context) => validatorMessage(context, 'validators.rna'),
  });
}

/**
 * IBAN length per country (ISO 13616 registry). Countries missing here are accepted with any
 * length from 15 to 34. French overseas departments and Monaco-based accounts use FR / MC.
 */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18,
  FR: 27, GB: 22, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21, LT: 20, LU: 20, LV: 21,
  MC: 27, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SE: 24, SI: 19, SK: 24, SM: 27, VA: 22,
};

/** True for an IBAN: spaces ignored, either case, right length for its country, ISO 13616 mod 97 check. */
export function isIban(value: string): boolean {
  const iban = value.replace(/\s/gu, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const expected = IBAN_LENGTHS[iban.slice(0, 2)];
  if (expected !== undefined && iban.length !== expected) return false;
  // Check digits 00, 01 and 99 are never issued (99 ≡ 02 mod 97 would otherwise pass).
  const check = iban.slice(2, 4);
  if (check === '00' || check === '01' || check === '99') return false;
  return ibanMod97(iban) === 1;
}

/** International bank account number (`FR76 3000 6000 0112 3456 7890 189`). Flag `patternMismatch`. */
export function iban(): Validator<string> {
  return rule<string>({
    name: 'iban',
    flag: 'patternMismatch',
    test: isIban,
    message: (_value, context) => validatorMessage(context, 'validators.iban'),
  });
}
