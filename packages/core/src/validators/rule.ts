import { coreMessages, type CoreMessages, type MessageKey, type MessageParams } from '../localize/index.js';
import { isEmptyValue, type FeedbackType, type ValidationContext, type Validator } from './types.js';

/** Catalogue keys of validator messages. */
export type ValidatorMessageKey = Extract<MessageKey<CoreMessages>, `validators.${string}`>;

/** The localised text of a validator message. */
export function validatorMessage(context: ValidationContext, key: ValidatorMessageKey, params: MessageParams = {}): string {
  return coreMessages.t(context.locale, key, { label: context.label, ...params });
}

interface RuleSpec<V> {
  name: string;
  flag: keyof ValidityStateFlags;
  type?: FeedbackType;
  test(value: V): boolean;
  message(value: V, context: ValidationContext): string;
}

/**
 * Builds a rule that treats an empty value as valid (the runner skips it anyway; this keeps a
 * direct `check('')` call consistent).
 */
export function rule<V>(spec: RuleSpec<V>): Validator<V> {
  return {
    name: spec.name,
    type: spec.type ?? 'error',
    flag: spec.flag,
    runsOnEmpty: false,
    check: (value) => isEmptyValue(value) || spec.test(value),
    message: (value, context) => spec.message(value, context),
  };
}
