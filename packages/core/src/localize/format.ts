import { INTL_TAGS, TIME_ZONE, type Locale, type MessageParams, type PluralMessage } from './types.js';

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** Formats a number the way readers of that locale expect ("1 234,5" in French). */
export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  return cached(numberFormats, key, () => new Intl.NumberFormat(INTL_TAGS[locale], options)).format(value);
}

/** Formats an amount in euros ("1 234,50 €"). */
export function formatEuros(value: number, locale: Locale): string {
  return formatNumber(value, locale, { style: 'currency', currency: 'EUR' });
}

/** Formats a date in Europe/Paris, whatever the reader's machine time zone. */
export function formatDate(value: Date | number, locale: Locale, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  return cached(dateFormats, key, () => new Intl.DateTimeFormat(INTL_TAGS[locale], { timeZone: TIME_ZONE, ...options })).format(value);
}

/** Picks the plural form for `count`; "zero" is used when given and count is 0 (French says "aucun"). */
export function selectPlural(message: PluralMessage, count: number, locale: Locale): string {
  if (count === 0 && message.zero !== undefined) return message.zero;
  const rule = cached(pluralRules, locale, () => new Intl.PluralRules(INTL_TAGS[locale])).select(count);
  return rule === 'one' ? message.one : message.other;
}

/** Replaces `{name}` placeholders; numbers are formatted for the locale. Unknown names stay visible. */
export function interpolate(template: string, params: MessageParams, locale: Locale): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}
