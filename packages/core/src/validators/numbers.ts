import type { Validator } from './types.js';
import { rule, validatorMessage } from './rule.js';
import { parseAmount, parseFrenchNumber } from './parse.js';

/** A number, written the French way (`12`, `3,5`, `1 234,5`, `-4`) or with a decimal point. Flag `badInput`. */
export function number(): Validator<string> {
  return rule<string>({
    name: 'number',
    flag: 'badInput',
    test: (value) => parseFrenchNumber(value) !== undefined,
    message: (_value, context) => validatorMessage(context, 'validators.number'),
  });
}

/**
 * A number of at least `min`. A value that is not a number passes (like HTML, where
 * `rangeUnderflow` is never set together with `badInput`): pair it with `number()`.
 * Flag `rangeUnderflow`.
 */
export function min(limit: number): Validator<string> {
  return rule<string>({
    name: 'min',
    flag: 'rangeUnderflow',
    test: (value) => {
      const parsed = parseFrenchNumber(value);
      return parsed === undefined || parsed >= limit;
    },
    message: (_value, context) => validatorMessage(context, 'validators.min', { min: limit }),
  });
}

/** A number of at most `max`; a value that is not a number passes (pair with `number()`). Flag `rangeOverflow`. */
export function max(limit: number): Validator<string> {
  return rule<string>({
    name: 'max',
    flag: 'rangeOverflow',
    test: (value) => {
      const parsed = parseFrenchNumber(value);
      return parsed === undefined || parsed <= limit;
    },
    message: (_value, context) => validatorMessage(context, 'validators.max', { max: limit }),
  });
}

export interface AmountOptions {
  /** Accept amounts below zero (a balance, a correction). Default false. */
  allowNegative?: boolean;
}

/**
 * An amount in euros with at most 2 decimals: `1 234,50`, `1234.5`, `1 234,50 €`, `1.234,50`,
 * thousands grouped with spaces, U+00A0 or U+202F. Negative amounts are refused unless
 * `allowNegative` (with their own message). Flag `badInput`.
 */
export function amount(options: AmountOptions = {}): Validator<string> {
  const isNegative = (value: string) => {
    const parsed = parseAmount(value);
    return parsed !== undefined && parsed < 0;
  };
  return rule<string>({
    name: 'amount',
    flag: 'badInput',
    test: (value) => {
      const parsed = parseAmount(value);
      return parsed !== undefined && (options.allowNegative || parsed >= 0);
    },
    message: (value, context) =>
      validatorMessage(context, !options.allowNegative && isNegative(value) ? 'validators.amountNegative' : 'validators.amount'),
  });
}
