import type { Translation } from './types.js';
import type { CoreMessages } from './fr.js';

/** English texts of @parvis/core (GOV.UK-style plain English). */
export const en: Translation<CoreMessages> = {
  form: {
    errorPrefix: 'Error:',
    warningPrefix: 'Warning:',
    infoPrefix: 'Information:',
    required: 'required',
    pending: 'Checking your answer, please wait a moment.',
    optional: 'optional',
  },
  validators: {
    required: 'Enter “{label}”.',
    requiredChoice: 'Select an answer for “{label}”.',
    requiredCheck: 'Tick “{label}” to continue.',
    requiredFile: 'Add a file for “{label}”.',
    minLength: { one: 'Enter at least {min} characters (you entered {count}).', other: 'Enter at least {min} characters (you entered {count}).' },
    maxLength: { one: 'Enter {max} characters or fewer: remove {count} character.', other: 'Enter {max} characters or fewer: remove {count}.' },
    pattern: 'This is not in the expected format. Example: {example}.',
    patternNoExample: '“{label}” is not in the expected format.',
    min: 'Enter a number of {min} or more.',
    max: 'Enter a number of {max} or less.',
    number: 'Enter a number, like 12 or 3.5.',
    email: 'Enter a full email address, like name@example.com.',
    url: 'Enter a full web address starting with https://, like https://www.example.com.',
    postcode: 'Enter a 5-digit French postcode, like 69001.',
    phone: 'Enter a 10-digit French phone number, like 04 72 00 00 00 or +33 4 72 00 00 00.',
    siren: 'Enter a 9-digit SIREN number, like 552 100 554.',
    siret: 'Enter a 14-digit SIRET number, like 552 100 554 00021.',
    rna: 'Enter an RNA number: the letter W followed by 9 digits, like W691234567.',
    iban: 'Enter a full IBAN, like FR76 3000 6000 0112 3456 7890 189.',
    amount: 'Enter an amount in euros with at most 2 decimal places, like 1234.50.',
    amountNegative: 'Enter an amount without a minus sign, like 1234.50.',
    date: 'Enter a real date, like 14 7 2026.',
  },
  announcer: {
    errors: { zero: 'No errors.', one: '{count} error in the form.', other: '{count} errors in the form.' },
  },
};
