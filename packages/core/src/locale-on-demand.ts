import type { Translator } from './localize/localize.js';
import type { Catalogue, Locale, Translation } from './localize/types.js';

/**
 * `@parvis/core/locale-on-demand`: a subpath of its own (only widgets use it; a form page never loads it).
 *
 * A widget's other languages, fetched the first time one of its elements is shown in that language
 * (a French page never downloads the English texts). Elements re-render when they arrive
 * (`register` tells them); offline, the French texts stay and the next render tries again.
 *
 * ```ts
 * export const needChartLocale = localeOnDemand(chartMessages, { en: () => import('./chart.en.js').then((m) => m.chartEn) });
 * // in willUpdate(): needChartLocale(this.localize.locale);
 * ```
 */
export function localeOnDemand<C extends Catalogue>(translator: Translator<C>, loaders: Partial<Record<Locale, () => Promise<Translation<C>>>>): (locale: Locale) => void {
  const requested = new Set<Locale>();
  return (locale) => {
    const load = loaders[locale];
    if (!load || requested.has(locale)) return;
    requested.add(locale);
    load().then(
      (catalogue) => translator.register(locale, catalogue),
      () => requested.delete(locale),
    );
  };
}
