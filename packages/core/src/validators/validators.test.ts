import { expect } from '@open-wc/testing';
import {
  email,
  evaluateValidators,
  maxLength,
  minLength,
  pattern,
  required,
  runValidators,
  url,
  validatorsFromAttribute,
  type ValidationContext,
  type Validator,
} from './index.js';
import { namedValidators } from './registry.js';
import { amount, max, min, number } from './numbers.js';
import { formatIban, formatSiret, normalizeDigits, parseAmount, parseFrenchNumber } from './parse.js';
import { iban, phone, postcode, rna, siren, siret } from './french.js';
import { luhn } from './checksums.js';
import { coreMessages } from '../localize/index.js';

const fr: ValidationContext = { label: 'Numéro SIRET', locale: 'fr' };
const en: ValidationContext = { label: 'SIRET number', locale: 'en' };

function passes(validator: Validator<string>, values: string[]): void {
  for (const value of values) expect(validator.check(value, fr), `${validator.name} should accept ${JSON.stringify(value)}`).to.equal(true);
}
function fails(validator: Validator<string>, values: string[]): void {
  for (const value of values) expect(validator.check(value, fr), `${validator.name} should refuse ${JSON.stringify(value)}`).to.equal(false);
}

/** Replaces console.warn while `run` executes and returns what was warned. */
function captureWarnings(run: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('validators', () => {
  describe('Luhn (used to pick the real-world fixtures)', () => {
    it('accepts the SIRENs used below', () => {
      // SIRENs of large French organisations, each verified here rather than trusted:
      // 542 051 180 TotalEnergies SE, 552 081 317 EDF, 130 025 265 DINUM (Etalab),
      // 217 500 016 Ville de Paris, 356 000 000 La Poste, 552 100 554 and 775 665 490.
      for (const s of ['552100554', '542051180', '775665490', '130025265', '217500016', '552081317', '356000000']) expect(luhn(s), s).to.equal(true);
    });
  });

  describe('required', () => {
    it('refuses every kind of empty value and accepts the others', () => {
      const rule = required();
      expect(rule.runsOnEmpty).to.equal(true);
      expect(rule.flag).to.equal('valueMissing');
      for (const empty of ['', '   ', `${NBSP}\t`, null, undefined, false, []]) expect(rule.check(empty, fr), JSON.stringify(empty)).to.equal(false);
      for (const filled of ['Dupont', '0', ['a'], true, [new File(['x'], 'piece.pdf')]]) expect(rule.check(filled, fr)).to.equal(true);
    });

    it('words its message after the kind of control and quotes the label', () => {
      expect(required().message('', fr)).to.equal(`Renseignez le champ «${NBSP}Numéro SIRET${NBSP}».`);
      expect(required('choice').message([], fr)).to.contain('Choisissez une réponse');
      expect(required('check').message(false, fr)).to.contain('Cochez la case');
      expect(required('file').message([], fr)).to.contain('Ajoutez un fichier');
      expect(required().message('', en)).to.equal('Enter “SIRET number”.');
      expect(required('choice').message([], en)).to.equal('Select an answer for “SIRET number”.');
    });
  });

  describe('minLength / maxLength', () => {
    it('counts characters as the person sees them', () => {
      passes(minLength(3), ['abc', 'été', 'e\u0301te\u0301!']);
      fails(minLength(3), ['ab', 'e\u0301e\u0301']);
      passes(maxLength(3), ['👍🏽👍🏽👍🏽', '👨‍👩‍👧ab', '🇫🇷🇫🇷🇫🇷', 'e\u0301te\u0301']);
      fails(maxLength(3), ['abcd', '👍🏽👍🏽👍🏽👍🏽']);
      expect(minLength(3).flag).to.equal('tooShort');
      expect(maxLength(3).flag).to.equal('tooLong');
    });

    it('says how many characters to add or remove', () => {
      expect(minLength(5).message('a', fr)).to.equal('Saisissez au moins 5 caractères (vous en avez saisi 1).');
      expect(minLength(5).message('abc', fr)).to.equal('Saisissez au moins 5 caractères (vous en avez saisi 3).');
      expect(maxLength(3).message('abcd', fr)).to.equal(`Saisissez au plus 3 caractères${NBSP}: retirez 1 caractère.`);
      expect(maxLength(3).message('abcdef', fr)).to.equal(`Saisissez au plus 3 caractères${NBSP}: retirez-en 3.`);
      expect(maxLength(3).message('abcdef', en)).to.equal('Enter 3 characters or fewer: remove 3.');
      expect(minLength(5).message('a', en)).to.equal('Enter at least 5 characters (you entered 1).');
    });
  });

  describe('pattern', () => {
    it('anchors string patterns like the HTML attribute', () => {
      const rule = pattern('[A-Z]{2}\\d{3}', 'AB123');
      passes(rule, ['AB123']);
      fails(rule, ['AB1234', 'xAB123', 'ab123']);
      expect(rule.flag).to.equal('patternMismatch');
      expect(rule.message('x', fr)).to.equal(`Le format n’est pas celui attendu. Exemple${NBSP}: AB123.`);
    });

    it('falls back to the u flag for patterns that are only valid without v', () => {
      // `[\w-]` is a syntax error with the v flag (the hyphen must be escaped).
      const rule = pattern('[\\w-]+', 'jean-dupont');
      passes(rule, ['jean-dupont']);
      fails(rule, ['jean dupont']);
    });

    it('uses a RegExp as written, ignoring g and y so repeated checks agree', () => {
      const rule = pattern(/^\d{3}$/g, '123');
      for (let i = 0; i < 3; i++) expect(rule.check('123', fr)).to.equal(true);
      passes(pattern(/\d/, '1'), ['a1b']);
    });

    it('accepts everything and warns once when the pattern is invalid', () => {
      let rule: Validator<string> | undefined;
      const warnings = captureWarnings(() => {
        rule = pattern('[a-', 'a');
        pattern('[a-', 'a');
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('[a-');
      expect(rule!.check('anything', fr)).to.equal(true);
    });

    it('says the format is wrong, quoting the label, when no example is given', () => {
      expect(pattern('\\d+', '').message('x', fr)).to.equal(`La réponse à «${NBSP}Numéro SIRET${NBSP}» n’est pas au format attendu.`);
    });
  });

  describe('numbers', () => {
    it('parses numbers written the French way', () => {
      expect(parseFrenchNumber('1 234,5')).to.equal(1234.5);
      expect(parseFrenchNumber(`1${NBSP}234,5`)).to.equal(1234.5);
      expect(parseFrenchNumber(`1${NNBSP}234${NNBSP}567`)).to.equal(1234567);
      expect(parseFrenchNumber('3.5')).to.equal(3.5);
      expect(parseFrenchNumber('1.234,5')).to.equal(1234.5);
      expect(parseFrenchNumber('1.234.567')).to.equal(1234567);
      expect(parseFrenchNumber('1,234.5')).to.equal(1234.5);
      expect(parseFrenchNumber('\u22123,5')).to.equal(-3.5);
      expect(parseFrenchNumber(' -4 ')).to.equal(-4);
      expect(parseFrenchNumber(',5')).to.equal(0.5);
      expect(parseFrenchNumber('１２')).to.equal(12);
      for (const bad of ['', ' ', 'abc', '12a', '1e3', 'Infinity', '0x10', '12 34', '1,2,3', '12,', '1.234.56', '--1']) {
        expect(parseFrenchNumber(bad), bad).to.equal(undefined);
      }
    });

    it('number() accepts numbers and refuses the rest', () => {
      passes(number(), ['12', '3,5', '-4', '1 234,5', '0,07']);
      fails(number(), ['12a', 'douze', '1,2,3', 'Infinity']);
      expect(number().flag).to.equal('badInput');
    });

    it('min() and max() compare French numbers and leave non-numbers to number()', () => {
      passes(min(0), ['0', '3,5', '1 000']);
      fails(min(0), ['-1', '-0,01']);
      passes(max(1000), ['999,99', '1 000']);
      fails(max(1000), ['1 234', '1000,01']);
      passes(min(10), ['dix']);
      expect(min(0).flag).to.equal('rangeUnderflow');
      expect(max(0).flag).to.equal('rangeOverflow');
      expect(max(1234.5).message('2000', fr)).to.equal(`Saisissez un nombre inférieur ou égal à 1${NNBSP}234,5.`);
      expect(min(1234.5).message('2', en)).to.equal('Enter a number of 1,234.5 or more.');
    });
  });

  describe('amount', () => {
    it('accepts amounts in euros with at most 2 decimals', () => {
      passes(amount(), ['1 234,50', `1${NBSP}234,50`, `1${NNBSP}234,50`, '1234.5', '1 234,50 €', `1${NNBSP}234,50${NBSP}€`, '1.234,50', '1,234.50', '0,99', '12 €', '€12', '12 EUR', '1234']);
      fails(amount(), ['12,345', '12.345', '-3', '\u221212,50', '1 234,567', '12 34', 'douze', '12 $', '1,2,3']);
    });

    it('accepts negative amounts only when asked', () => {
      passes(amount({ allowNegative: true }), ['-3', '\u221212,50', '-1 234,50 €']);
      fails(amount({ allowNegative: true }), ['-12,345']);
    });

    it('says why a negative amount is refused', () => {
      expect(amount().message('-3', fr)).to.contain('sans signe moins');
      expect(amount().message('12,345', fr)).to.contain('au plus 2 chiffres');
    });

    it('parseAmount returns euros', () => {
      expect(parseAmount('1 234,50 €')).to.equal(1234.5);
      expect(parseAmount('1.234,50')).to.equal(1234.5);
      expect(parseAmount('-3')).to.equal(-3);
      expect(parseAmount('12,345')).to.equal(undefined);
      expect(parseAmount('€')).to.equal(undefined);
    });
  });

  describe('email', () => {
    it('accepts ordinary addresses, + tags and accented (IDN) domains', () => {
      passes(email(), ['prenom.nom@exemple.fr', 'jean+impots@gmail.com', 'contact@crêperie-bretonne.fr', ' marie.curie@cnrs.fr ', 'a@b.co', 'x@xn--crperie-bretonne-bnb.fr']);
    });

    it('refuses typos, and accented local parts (documented choice)', () => {
      fails(email(), [
        'prénom@exemple.fr', // RFC 6531 allows it, French mailboxes do not: refused on purpose
        'jean dupont@exemple.fr',
        'jean@exemple',
        'jean@@exemple.fr',
        '@exemple.fr',
        'jean@',
        'jean@.fr',
        'jean..dupont@exemple.fr',
        '.jean@exemple.fr',
        'jean@exemple.f',
        'jean@exemple,fr',
        'jean@-exemple.fr',
        `${'a'.repeat(65)}@exemple.fr`,
      ]);
      expect(email().flag).to.equal('typeMismatch');
    });
  });

  describe('url', () => {
    it('accepts full http and https addresses', () => {
      passes(url(), ['https://www.service-public.fr', 'http://legifrance.gouv.fr/loda?page=1#x', 'https://www.impots.gouv.fr/', 'https://crêperie-bretonne.fr', ' https://exemple.fr ']);
    });
    it('refuses addresses without scheme, other schemes and hosts without a dot', () => {
      fails(url(), ['www.service-public.fr', 'ftp://exemple.fr', 'javascript:alert(1)', 'https://localhost', 'https://', 'https://exemple .fr', 'https://.fr', 'mailto:a@b.fr']);
    });
  });

  describe('postcode', () => {
    it('accepts real French postcodes, overseas included', () => {
      passes(postcode(), ['69001', '75007', '13001', '01000', '20000', '20200', '97400', '97600', '97133', '98000', ' 69001 ']);
    });
    it('refuses Insee codes, 4-digit and impossible codes', () => {
      fails(postcode(), ['2A004', '2B033', '00100', '1300', '690011', '96000', '99000', '69 001', '6900I']);
    });
  });

  describe('phone', () => {
    it('accepts French numbers in their usual spellings', () => {
      passes(phone(), [
        '04 72 00 00 00',
        '0472000000',
        '06.12.34.56.78',
        '01-23-45-67-89',
        '09 70 80 90 00',
        '+33 4 72 00 00 00',
        '+33 (0)6 12 34 56 78',
        '0033 1 23 45 67 89',
        '0262 12 34 56', // La Réunion
        '0590 12 34 56', // Guadeloupe
        '0596 12 34 56', // Martinique
        '0594 12 34 56', // Guyane
        '0269 61 12 34', // Mayotte
        '+262 692 12 34 56',
        '+687 12 34 56', // Nouvelle-Calédonie
        '+689 40 12 34 56', // Polynésie française
      ]);
    });
    it('refuses short, long, foreign and badly prefixed numbers', () => {
      fails(phone(), ['3939', '112', '00 12 34 56 78', '06 12 34 56 7', '06 12 34 56 78 9', '+33 06 12 34 56 78', '+44 20 7946 0000', '+33 0 12 34 56 78', '06 12 34 56 7a']);
    });
  });

  describe('siren and siret', () => {
    it('accepts real SIRENs, with or without spaces', () => {
      passes(siren(), ['552 100 554', '542051180', '775 665 490', '130 025 265', '217 500 016', `552${NBSP}081${NBSP}317`, '356 000 000']);
    });
    it('refuses wrong SIRENs', () => {
      fails(siren(), ['552 100 555', '123456789', '55210055', '5521005540', '000000000', '55210055A']);
    });
    it('accepts real SIRETs, La Poste included', () => {
      passes(siret(), [
        '552 100 554 00021',
        '130 025 265 00013', // DINUM
        '217 500 016 00019', // Ville de Paris
        '552 081 317 66522', // EDF
        '356 000 000 00048', // La Poste head office: an ordinary Luhn number
        '356 000 000 49837', // a La Poste establishment: fails Luhn, digit sum 45 is a multiple of 5
      ]);
      expect(luhn('35600000049837')).to.equal(false);
    });
    it('refuses wrong SIRETs', () => {
      fails(siret(), [
        '552 100 554 00022',
        '356 000 000 00049', // neither Luhn nor a multiple of 5
        '356 000 000 49838',
        '552 100 554 0002', // 13 digits
        '552 100 554', // a SIREN is not a SIRET
        '00000000000000',
        '12345678912345',
      ]);
    });
    it('formats SIRET and SIREN the Insee way', () => {
      expect(formatSiret('55210055400021')).to.equal('552 100 554 00021');
      expect(formatSiret('552.100.554')).to.equal('552 100 554');
      expect(formatSiret(' abc ')).to.equal('abc');
      expect(normalizeDigits(`06.12-34${NBSP}56${NNBSP}78`)).to.equal('0612345678');
      expect(normalizeDigits('٠٦١٢')).to.equal('0612');
    });
  });

  describe('rna', () => {
    it('accepts W followed by 9 digits, either case', () => {
      passes(rna(), ['W751234567', 'w691234567', ' W751234567 ', 'W 751 234 567']);
    });
    it('refuses anything else', () => {
      fails(rna(), ['W75123456', 'W7512345678', '751234567', 'WA12345678', 'X751234567', 'W75123456A']);
    });
  });

  describe('iban', () => {
    it('accepts real IBANs from the ISO 13616 registry examples', () => {
      passes(iban(), [
        'FR76 3000 6000 0112 3456 7890 189',
        'fr7630006000011234567890189',
        'FR14 2004 1010 0505 0001 3M02 606',
        'DE89 3704 0044 0532 0130 00',
        'GB82 WEST 1234 5698 7654 32',
        'BE68 5390 0754 7034',
        'NL91 ABNA 0417 1643 00',
        'CH93 0076 2011 6238 5295 7',
        'LU28 0019 4006 4475 0000',
        'ES91 2100 0418 4502 0005 1332',
        'IT60 X054 2811 1010 0000 0123 456',
        'PT50 0002 0123 1234 5678 9015 4',
        'MC58 1122 2000 0101 2345 6789 030',
        'DE02 0370 4004 4000 0000 10',
      ]);
    });
    it('refuses wrong checksums, lengths and check digits', () => {
      fails(iban(), [
        'FR76 3000 6000 0112 3456 7890 188',
        'FR76 3000 6000 0112 3456 7890 18',
        'DE89 3704 0044 0532 0130 0',
        'BE68 5390 0754 7035',
        'DE99 0370 4004 4000 0000 10', // passes mod 97 (99 ≡ 02) but 99 is never issued
        '3000 6000 0112 3456 7890 189',
        'FR76-3000-6000-0112-3456-7890-189',
        'XX00 1234',
      ]);
    });
    it('formats by groups of 4', () => {
      expect(formatIban('fr7630006000011234567890189')).to.equal('FR76 3000 6000 0112 3456 7890 189');
      expect(formatIban('BE68 5390 0754 7034')).to.equal('BE68 5390 0754 7034');
    });
  });

  describe('every rule but required treats empty as valid', () => {
    it('check("") is true and runsOnEmpty is false', () => {
      const rules = [...Object.values(namedValidators).map((make) => make()), minLength(3), maxLength(1), pattern('x', 'x'), min(1), max(0)];
      for (const rule of rules) {
        expect(rule.runsOnEmpty, rule.name).to.equal(false);
        expect(rule.check('', fr), rule.name).to.equal(true);
        expect(rule.check('  ', fr), rule.name).to.equal(true);
      }
    });
  });

  describe('messages', () => {
    const EXAMPLE = /(?:par exemple|Exemple|Example)\u00a0?: (.+?)\.(?:\s|$)|like (.+?)\.(?:\s|$)/u;
    const examplesOf = (message: string): string[] => {
      const match = EXAMPLE.exec(message);
      expect(match, `no example in: ${message}`).to.not.equal(null);
      return (match![1] ?? match![2]!).split(/ ou | or /u);
    };

    for (const locale of ['fr', 'en'] as const) {
      it(`every example in the ${locale} messages passes its own validator`, () => {
        const context: ValidationContext = { label: 'Champ', locale };
        const rules: Validator<string>[] = [
          ...Object.values(namedValidators).map((make) => make()),
          pattern('[A-Z]{2}-\\d{3}', 'AB-123'),
        ];
        expect(Object.keys(namedValidators).sort()).to.deep.equal(['amount', 'email', 'iban', 'number', 'phone', 'postcode', 'rna', 'siren', 'siret', 'url']);
        for (const rule of rules) {
          const message = rule.message('???', context);
          const examples = examplesOf(message);
          expect(examples.length, message).to.be.greaterThan(0);
          for (const example of examples) expect(rule.check(example, context), `${rule.name}: ${example} (${message})`).to.equal(true);
        }
        // The negative-amount message too.
        const negative = amount().message('-3', context);
        for (const example of examplesOf(negative)) expect(amount().check(example, context), example).to.equal(true);
      });
    }

    it('are plain French with no-break spaces before colons', () => {
      for (const make of Object.values(namedValidators)) {
        const message = make().message('x', fr);
        expect(message, message).to.match(/^Saisissez /);
        expect(message, message).to.not.match(/ :/);
      }
    });

    it('follow overrides made by the host page', () => {
      coreMessages.override('fr', { validators: { postcode: 'Code postal à 5 chiffres, ex. 69001.' } });
      try {
        expect(postcode().message('x', fr)).to.equal('Code postal à 5 chiffres, ex. 69001.');
      } finally {
        coreMessages.override('fr', { validators: { postcode: coreMessagesFrPostcode } });
      }
    });
  });

  describe('validate attribute', () => {
    it('builds the named validators, case-insensitively and once each', () => {
      const rules = validatorsFromAttribute('  siret  Email siret ');
      expect(rules.map((r) => r.name)).to.deep.equal(['siret', 'email']);
      expect(validatorsFromAttribute('')).to.deep.equal([]);
    });

    it('warns about unknown names and ignores them', () => {
      let rules: Validator<string>[] = [];
      const warnings = captureWarnings(() => {
        rules = validatorsFromAttribute('postcode codepostal constructor');
      });
      expect(rules.map((r) => r.name)).to.deep.equal(['postcode']);
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.contain('codepostal');
      expect(warnings[1]).to.contain('constructor');
    });
  });

  describe('evaluateValidators / runValidators', () => {
    const sirenKnown: Validator<string> = {
      name: 'sirenKnown',
      type: 'warning',
      check: (value) => new Promise<boolean>((resolve) => setTimeout(() => resolve(normalizeDigits(value) === '552100554'), 10)),
      message: () => 'Ce numéro SIREN est inconnu.',
    };

    it('gives sync results at once and async ones through pending, in validator order', async () => {
      const rules = [required<string>(), sirenKnown, siren()];
      const { sync, pending } = evaluateValidators(rules, '123 456 789', fr);
      expect(sync.map((r) => r.validator)).to.deep.equal(['siren']);
      expect(sync[0]!.flag).to.equal('patternMismatch');
      expect(pending).to.be.instanceOf(Promise);
      const all = await pending!;
      expect(all.map((r) => [r.validator, r.type, r.flag])).to.deep.equal([
        ['sirenKnown', 'warning', 'customError'],
        ['siren', 'error', 'patternMismatch'],
      ]);
    });

    it('has no pending promise when every rule is sync, and skips rules on empty values', async () => {
      const result = evaluateValidators([required<string>(), siren()], '', fr);
      expect(result.pending).to.equal(undefined);
      expect(result.sync.map((r) => [r.validator, r.flag])).to.deep.equal([['required', 'valueMissing']]);
      expect(await runValidators([siren(), sirenKnown], '', fr)).to.deep.equal([]);
    });

    it('runValidators waits for async rules', async () => {
      expect(await runValidators([siren(), sirenKnown], '552 100 554', fr)).to.deep.equal([]);
      const failed = await runValidators([siren(), sirenKnown], '542 051 180', fr);
      expect(failed).to.deep.equal([{ validator: 'sirenKnown', type: 'warning', flag: 'customError', message: 'Ce numéro SIREN est inconnu.' }]);
    });
  });
});

const coreMessagesFrPostcode = coreMessages.t('fr', 'validators.postcode');
