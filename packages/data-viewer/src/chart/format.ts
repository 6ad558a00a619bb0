import type { Locale } from '@parvis/core';

// Intl directly rather than core's formatNumber: core's format module is shared with the form
// primitives, and a lazy chunk that imports it would move it into the page-wide base chunk.
const formats = new Map<string, Intl.NumberFormat>();
function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR', options)));
  return format.format(value);
}

/** How a value is written: in full (table), short (axes, labels on bars) or in words (summary). */
export type ValueStyle = 'full' | 'short' | 'words';

type Texts = (key: 'chart.euroWords' | 'chart.withUnit' | 'chart.wordsUnit' | 'chart.wordsUnitVowel', params: Record<string, string>) => string;

const isEuro = (unit: string): boolean => /^(€|eur|euros?)$/i.test(unit.trim());

/**
 * Formats a value with its unit the way readers of the locale expect: "3 400 €", "1,2 M €" on an
 * axis, "1,2 million d’euros" read aloud. Large values go compact so labels fit at 320 px.
 */
export function formatValue(value: number, locale: Locale, unit: string, style: ValueStyle, t: Texts): string {
  const large = style !== 'full' && Math.abs(value) >= (style === 'words' ? 1e6 : 1e4);
  const euro = isEuro(unit);
  const compact: Intl.NumberFormatOptions = large
    ? { notation: 'compact', compactDisplay: style === 'words' ? 'long' : 'short', maximumFractionDigits: 1 }
    : { maximumFractionDigits: 2 };
  if (euro && !(large && style === 'words')) {
    return formatNumber(value, locale, { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, ...compact });
  }
  if (unit.trim() === '%') return formatNumber(value, locale, { style: 'unit', unit: 'percent', ...compact });
  const amount = formatNumber(value, locale, compact);
  if (euro) return t('chart.euroWords', { amount });
  if (!unit.trim()) return amount;
  if (large && style === 'words') {
    const vowel = /^[aeiouyhàâäéèêëîïôöûüœ]/i.test(unit.trim());
    return t(vowel ? 'chart.wordsUnitVowel' : 'chart.wordsUnit', { amount, unit: unit.trim() });
  }
  return t('chart.withUnit', { amount, unit: unit.trim() });
}

/** A share of a whole ("45,1 %"). */
export const formatPercent = (share: number, locale: Locale): string =>
  formatNumber(share, locale, { style: 'percent', maximumFractionDigits: 1 });
