import { formatNumber, type Locale } from '@parvis/core';

/** How a value is written: in full (table), short (axes, labels on bars) or in words (summary). */
export type ValueStyle = 'full' | 'short' | 'words';

type Texts = (key: 'chart.euroWords' | 'chart.withUnit', params: Record<string, string>) => string;

const isEuro = (unit: string): boolean => /^(€|eur|euros?)$/i.test(unit.trim());

/**
 * Formats a value with its unit the way readers of the locale expect: "3 400 €", "1,2 M €" on an
 * axis, "1,2 million d’euros" read aloud. Large values go compact so labels fit at 320 px.
 */
export function formatValue(value: number, locale: Locale, unit: string, style: ValueStyle, t: Texts): string {
  const large = Math.abs(value) >= (style === 'words' ? 1e6 : 1e4);
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
  return unit.trim() ? t('chart.withUnit', { amount, unit: unit.trim() }) : amount;
}

/** A share of a whole ("45,1 %"). */
export const formatPercent = (share: number, locale: Locale): string =>
  formatNumber(share, locale, { style: 'percent', maximumFractionDigits: 1 });
