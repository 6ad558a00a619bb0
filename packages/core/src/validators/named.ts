import type { Validator } from './types.js';

type Factories = Record<string, () => Validator<string>>;
type NumberRules = Record<string, (limit: number) => Validator<string>>;

let factories: Factories | undefined;
let numberRules: NumberRules | undefined;
let loading: Promise<Factories> | undefined;

/**
 * Called by registry.ts when it is evaluated, so a page that imported it statically gets named
 * validators synchronously. (Bundlers may drop that call: core is declared side-effect free; the
 * dynamic import below then provides the table.)
 */
export function provideNamedValidators(table: Factories, rules: NumberRules): void {
  factories = table;
  numberRules = rules;
}

/** Loads the table of named validators (a separate chunk in the script-tag bundle). */
export function loadNamedValidators(): Promise<Factories> {
  loading ??= import('./registry.js').then((module) => {
    provideNamedValidators(module.namedValidators, module.numberRules);
    return module.namedValidators;
  });
  return loading;
}

function warnUnknown(raw: string, table: Factories): void {
  console.warn(`[parvis] validate="${raw}" : validateur inconnu, ignoré. Valeurs possibles : ${Object.keys(table).join(', ')}.`);
}

/**
 * Stands for a named validator while its module loads: the first check waits for it, every later
 * one runs synchronously. Until then the rule reports nothing (a field is never wrongly blocked).
 */
function deferred(name: string, raw: string, limit?: number): Validator<string> {
  let real: Validator<string> | null | undefined;
  const resolve = (): Promise<Validator<string> | null> =>
    loadNamedValidators().then((table) => {
      if (real === undefined) {
        if (limit !== undefined) real = numberRules?.[name]?.(limit) ?? null;
        else real = Object.hasOwn(table, name) ? table[name]!() : null;
        if (!real) warnUnknown(raw, table);
      }
      return real;
    });
  return {
    name,
    get type() {
      return real?.type;
    },
    get flag() {
      return real?.flag;
    },
    check(value, context) {
      if (real !== undefined) return real ? real.check(value, context) : true;
      return resolve().then((r) => (r ? r.check(value, context) : true));
    },
    message(value, context) {
      return real ? real.message(value, context) : '';
    },
  };
}

/**
 * The validators named in a `validate` attribute: space-separated, case-insensitive, each once
 * (`"siret"`, `"email"`, `"number amount"`). Unknown names are reported in the console and ignored.
 * When the table is not loaded yet (script-tag bundle), it is loaded and the rules answer then.
 */
export function validatorsFromAttribute(names: string | null | undefined): Validator<string>[] {
  const seen = new Set<string>();
  const validators: Validator<string>[] = [];
  for (const raw of (names ?? '').split(/\s+/u)) {
    const name = raw.toLowerCase();
    if (!name || seen.has(name)) continue;
    seen.add(name);
    if (!factories) validators.push(deferred(name, raw));
    else if (Object.hasOwn(factories, name)) validators.push(factories[name]!());
    else warnUnknown(raw, factories);
  }
  return validators;
}

/**
 * One rule of the table, with its arguments (`lazyValidator('min', 3)`): the real validator when the
 * table is loaded, else a stand-in that loads it. Lets a field use `min`/`max` without the number
 * parsing code in the bundle of pages that never need it.
 */
export function lazyValidator(name: 'min' | 'max', limit: number): Validator<string> {
  if (numberRules) return numberRules[name]!(limit);
  return deferred(name, name, limit);
}
