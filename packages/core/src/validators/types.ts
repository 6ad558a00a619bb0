import type { Locale } from '../localize/types.js';

/** error blocks submission; warning and info are shown but let the form through. */
export type FeedbackType = 'error' | 'warning' | 'info';

/** What a validator knows about the field it checks, to word its message. */
export interface ValidationContext {
  /** The field's visible label, quoted in messages ("Renseignez le champ « Nom »."). */
  label: string;
  locale: Locale;
}

/**
 * A validation rule as an object (after Lion): a name, a type, a check that may be async,
 * and a localised message that says how to fix the value, with an example.
 */
export interface Validator<V = unknown> {
  /** Stable name, used in tests, events and `data-pv-validator` attributes. */
  readonly name: string;
  /** Defaults to "error". */
  readonly type?: FeedbackType;
  /**
   * Native validity flag to set when the rule fails (`valueMissing` for required,
   * `tooLong`, `typeMismatch`…); defaults to `customError`.
   */
  readonly flag?: keyof ValidityStateFlags;
  /** Only `required` runs on an empty value; every other rule treats empty as valid. */
  readonly runsOnEmpty?: boolean;
  /** True when the value is acceptable. */
  check(value: V, context: ValidationContext): boolean | Promise<boolean>;
  /** The text shown and announced when the rule fails. */
  message(value: V, context: ValidationContext): string;
}

/** A failed rule, as reported by `runValidators`. */
export interface ValidationResult {
  validator: string;
  type: FeedbackType;
  flag: keyof ValidityStateFlags;
  message: string;
}

/** True for the values every rule but `required` skips: '', whitespace, null, [] . */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined || value === false) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** Sync results at once; `pending` resolves to all results (sync + async) when some rules are async. */
export interface Evaluation {
  sync: ValidationResult[];
  pending?: Promise<ValidationResult[]>;
}

/**
 * Runs each rule once, in order. Synchronous answers are available at once (so `checkValidity()`
 * is right straight after a change); async ones arrive through `pending`.
 */
export function evaluateValidators<V>(validators: readonly Validator<V>[], value: V, context: ValidationContext): Evaluation {
  const empty = isEmptyValue(value);
  const sync: ValidationResult[] = [];
  const all: Array<ValidationResult | Promise<ValidationResult | undefined>> = [];
  for (const v of validators) {
    if (!v.runsOnEmpty && empty) continue;
    const ok = v.check(value, context);
    if (ok instanceof Promise) {
      all.push(ok.then((passed) => (passed ? undefined : toResult(v, value, context))));
    } else if (!ok) {
      const result = toResult(v, value, context);
      sync.push(result);
      all.push(result);
    }
  }
  if (all.length === sync.length) return { sync };
  return { sync, pending: Promise.all(all).then((list) => list.filter((r): r is ValidationResult => r !== undefined)) };
}

/** All failed rules, waiting for async ones; ordered like the validators. */
export async function runValidators<V>(validators: readonly Validator<V>[], value: V, context: ValidationContext): Promise<ValidationResult[]> {
  const { sync, pending } = evaluateValidators(validators, value, context);
  return pending ? pending : sync;
}

function toResult<V>(v: Validator<V>, value: V, context: ValidationContext): ValidationResult {
  return { validator: v.name, type: v.type ?? 'error', flag: v.flag ?? 'customError', message: v.message(value, context) };
}
