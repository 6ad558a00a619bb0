import { isEmptyValue, type Validator } from './types.js';
import { rule, validatorMessage } from './rule.js';

/** What a required control holds: the wording of the message depends on it. */
export type RequiredKind = 'text' | 'choice' | 'check' | 'file';

const REQUIRED_KEYS = {
  text: 'validators.required',
  choice: 'validators.requiredChoice',
  check: 'validators.requiredCheck',
  file: 'validators.requiredFile',
} as const;

/**
 * The control must be filled in: empty means '', whitespace only, null, false (an unticked
 * box) or [] (no option chosen, no file added). The only rule that runs on an empty value.
 * The message quotes the label: "Renseignez le champ « Nom »." / "Choisissez une réponse pour…".
 */
export function required<V = unknown>(kind: RequiredKind = 'text'): Validator<V> {
  return {
    name: 'required',
    type: 'error',
    flag: 'valueMissing',
    runsOnEmpty: true,
    check: (value) => !isEmptyValue(value),
    message: (_value, context) => validatorMessage(context, REQUIRED_KEYS[kind]),
  };
}

let segmenter: Intl.Segmenter | undefined | null;

/**
 * Characters as the person sees them (grapheme clusters): "é" typed as e + accent, 👍🏽 and
 * 👨‍👩‍👧 each count as one. Falls back to code points where `Intl.Segmenter` is missing.
 */
export function characterCount(value: string): number {
  if (segmenter === undefined) segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('fr', { granularity: 'grapheme' }) : null;
  return segmenter ? Array.from(segmenter.segment(value)).length : [...value].length;
}

/** At least `min` characters (counted as the person sees them). Flag `tooShort`. */
export function minLength(min: number): Validator<string> {
  return rule<string>({
    name: 'minLength',
    flag: 'tooShort',
    test: (value) => characterCount(value) >= min,
    message: (value, context) => validatorMessage(context, 'validators.minLength', { min, count: characterCount(value) }),
  });
}

/** At most `max` characters (counted as the person sees them). Flag `tooLong`; the message says how many to remove. */
export function maxLength(max: number): Validator<string> {
  return rule<string>({
    name: 'maxLength',
    flag: 'tooLong',
    test: (value) => characterCount(value) <= max,
    message: (value, context) => validatorMessage(context, 'validators.maxLength', { max, count: characterCount(value) - max }),
  });
}

/**
 * Compiles a pattern the way HTML does for the `pattern` attribute: anchored to the whole
 * value, with the `v` flag; engines without `v` (or patterns only valid without it, like
 * `[\w-]`) fall back to `u`. Returns undefined for an invalid pattern.
 */
export function compilePattern(source: string): RegExp | undefined {
  for (const flags of ['v', 'u']) {
    try {
      return new RegExp(`^(?:${source})$`, flags);
    } catch {
      // try the next flag set
    }
  }
  return undefined;
}

/** Invalid patterns already reported. */
const warnedPatterns = new Set<string>();

/**
 * The value must match `regex`. A string is anchored like the HTML `pattern` attribute; a RegExp
 * is used as written (its `g` and `y` flags are dropped so that repeated checks agree).
 * `example` is a value that matches, quoted in the message (give one: without it the message
 * can only say the format is wrong, not how to fix it). An invalid pattern is reported in
 * the console and the rule then accepts every value, as browsers do. Flag `patternMismatch`.
 */
export function pattern(regex: RegExp | string, example: string): Validator<string> {
  const compiled = typeof regex === 'string' ? compilePattern(regex) : new RegExp(regex.source, regex.flags.replace(/[gy]/g, ''));
  if (!compiled && !warnedPatterns.has(String(regex))) {
    // Fields rebuild their rules on each validation: warn once per pattern, not per keystroke.
    warnedPatterns.add(String(regex));
    console.warn(`[parvis] pattern invalide, la règle est ignorée : ${String(regex)}`);
  }
  return rule<string>({
    name: 'pattern',
    flag: 'patternMismatch',
    test: (value) => !compiled || compiled.test(value),
    message: (_value, context) =>
      example.trim() ? validatorMessage(context, 'validators.pattern', { example }) : validatorMessage(context, 'validators.patternNoExample'),
  });
}
