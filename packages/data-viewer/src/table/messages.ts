import { Translator, type Locale } from '@parvis/core';
import { tableFr, type TableMessages } from './table.fr.js';

/** Texts of pv-data-table; host pages may `tableMessages.override('fr', {…})`. */
export const tableMessages = new Translator<TableMessages>({ fr: tableFr });

let english: Promise<void> | undefined;

/**
 * English is fetched the first time a table is shown in English (French pages never download it);
 * tables re-render when it arrives (`register` tells them).
 */
export function needTableLocale(locale: Locale): void {
  if (locale !== 'en' || english) return;
  english = import('./table.en.js').then(
    ({ tableEn }) => tableMessages.register('en', tableEn),
    () => {
      english = undefined; // offline: French texts meanwhile, try again at the next render
    },
  );
}
