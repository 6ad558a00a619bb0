import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatDate, formatNumber, interpolate, selectPlural } from './format.js';
import {
  DEFAULT_LOCALE,
  type Catalogue,
  type Locale,
  type Message,
  type MessageKey,
  type MessageParams,
  type Translation,
} from './types.js';

/** Maps any BCP 47 tag to a shipped locale: "en-GB" → "en", "fr-CA" → "fr"; undefined otherwise. */
export function normalizeLocale(tag: string | null | undefined): Locale | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'fr' || primary === 'en' ? primary : undefined;
}

/**
 * The language of an element: its own `lang`, else the nearest ancestor's, crossing shadow roots
 * (a widget inside another widget follows its host), else the document's, else French.
 * An ancestor in a language Parvis has no catalogue for stops the walk and falls back to French,
 * rather than skipping to an unrelated outer language.
 */
export function resolveLocale(element: Element | null): Locale {
  let node: Node | null = element;
  while (node) {
    const lang = node instanceof Element ? node.getAttribute('lang') : null;
    // lang="" means "unknown language": keep walking rather than forcing the default.
    if (lang) return normalizeLocale(lang) ?? DEFAULT_LOCALE;
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return DEFAULT_LOCALE;
}

function lookup(catalogue: Catalogue | undefined, key: string): Message | undefined {
  let node: Message | Catalogue | undefined = catalogue;
  for (const part of key.split('.')) {
    if (!node || typeof node !== 'object' || 'one' in node) return undefined;
    node = (node as Catalogue)[part];
  }
  return typeof node === 'string' || (node && 'one' in node) ? (node as Message) : undefined;
}

/** French is always there (the reference); other locales may arrive later through `register`. */
export type Catalogues<C> = { fr: Translation<C> } & Partial<Record<Locale, Translation<C>>>;

type PartialDeep<T> = { [K in keyof T]?: T[K] extends object ? PartialDeep<T[K]> : T[K] };

/**
 * A set of catalogues (one per locale) for one package. Host pages can replace any text
 * (`translator.override('fr', { … })`), e.g. to adapt a label to local vocabulary.
 */
export class Translator<C extends Catalogue> {
  readonly #catalogues: Catalogues<C>;
  readonly #overrides: Partial<Record<Locale, PartialDeep<Translation<C>>>> = {};

  constructor(catalogues: Catalogues<C>) {
    this.#catalogues = { ...catalogues };
  }

  /**
   * Adds (or replaces) a whole locale. The script-tag bundle loads English on demand this way;
   * elements already on the page re-render in the new texts.
   */
  register(locale: Locale, catalogue: Translation<C>): void {
    this.#catalogues[locale] = catalogue;
    notifyLocaleChange();
  }

  /**
   * Adds texts to a locale already registered (sections or keys it lacks). The script-tag bundle
   * ships the texts of rarely used elements with those elements' own code this way.
   */
  extend(locale: Locale, texts: PartialDeep<Translation<C>>): void {
    this.#catalogues[locale] = mergeDeep((this.#catalogues[locale] ?? {}) as object, texts) as Translation<C>;
    notifyLocaleChange();
  }

  /** Replaces some texts of one locale; later calls merge with earlier ones. */
  override(locale: Locale, texts: PartialDeep<Translation<C>>): void {
    this.#overrides[locale] = mergeDeep(this.#overrides[locale] ?? {}, texts);
    notifyLocaleChange();
  }

  /** The text for `key` in `locale`, with placeholders filled and the plural form chosen. */
  t(locale: Locale, key: MessageKey<C>, params: MessageParams = {}): string {
    const message =
      lookup(this.#overrides[locale] as Catalogue | undefined, key) ??
      lookup(this.#catalogues[locale] as Catalogue | undefined, key) ??
      lookup(this.#catalogues[DEFAULT_LOCALE] as Catalogue, key);
    if (message === undefined) return key;
    const text = typeof message === 'string' ? message : selectPlural(message, Number(params.count ?? 0), locale);
    return interpolate(text, params, locale);
  }
}

function mergeDeep<T extends object>(target: T, source: object): T {
  const out: Record<string, unknown> = { ...(target as Record<string, unknown>) };
  for (const [key, value] of Object.entries(source)) {
    const current = out[key];
    out[key] =
      value && typeof value === 'object' && !('one' in value) && current && typeof current === 'object'
        ? mergeDeep(current as object, value as object)
        : value;
  }
  return out as T;
}

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;
let revision = 0;

/**
 * Changes each time a `lang` attribute or a catalogue changes: elements that cache worded texts
 * (validation messages) compare it to know when to word them again.
 */
export function textsRevision(): number {
  return revision;
}

function notifyLocaleChange(): void {
  revision += 1;
  for (const host of hosts) host.requestUpdate();
}

function observeLangChanges(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(notifyLocaleChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Gives an element its texts and formats in the language of the page around it.
 * Re-renders the element when a `lang` attribute changes anywhere in the document.
 */
export class LocalizeController<C extends Catalogue> implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #translator: Translator<C>;

  constructor(host: ReactiveControllerHost & HTMLElement, translator: Translator<C>) {
    this.#host = host;
    this.#translator = translator;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.#host);
    observeLangChanges();
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
  }

  get locale(): Locale {
    return resolveLocale(this.#host);
  }

  t(key: MessageKey<C>, params?: MessageParams): string {
    return this.#translator.t(this.locale, key, params);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(value, this.locale, options);
  }

  date(value: Date | number, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(value, this.locale, options);
  }
}
