import { Translator, type Locale } from '@parvis/core';
import { finderFr, type FinderMessages } from './finder.fr.js';

/**
 * Texts of pv-venue-finder and pv-venue-card; host pages may `finderMessages.override('fr', {…})`.
 * The French texts of the filters are added by the filters' code when it loads (finder-filters.fr.ts).
 */
export const finderMessages = new Translator<FinderMessages>({ fr: finderFr as FinderMessages });

let english: Promise<void> | undefined;

/**
 * English is fetched the first time an element is shown in English (a small chunk French pages
 * never download); elements re-render when it arrives (`register` tells them).
 */
export function needFinderLocale(locale: Locale): void {
  if (locale !== 'en' || english) return;
  english = import('./finder.en.js').then(
    ({ finderEn }) => finderMessages.register('en', finderEn),
    () => {
      english = undefined; // offline: French texts meanwhile, try again at the next render
    },
  );
}
