import { Translator } from '@parvis/core';
import { localeOnDemand } from '@parvis/core/locale-on-demand';
import { finderFr, type FinderMessages } from './finder.fr.js';

/**
 * Texts of pv-venue-finder and pv-venue-card; host pages may `finderMessages.override('fr', {…})`.
 * The French texts of the filters are added by the filters' code when it loads (finder-filters.fr.ts).
 */
export const finderMessages = new Translator<FinderMessages>({ fr: finderFr as FinderMessages });

/** English is fetched the first time one of these elements is shown in English (French pages never download it). */
export const needFinderLocale = localeOnDemand(finderMessages, { en: () => import('./finder.en.js').then((m) => m.finderEn) });
