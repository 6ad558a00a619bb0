import { Translator } from '@parvis/core';
import { localeOnDemand } from '@parvis/core/locale-on-demand';
import { tableFr, type TableMessages } from './table.fr.js';

/** Texts of pv-data-table; host pages may `tableMessages.override('fr', {…})`. */
export const tableMessages = new Translator<TableMessages>({ fr: tableFr });

/** English is fetched the first time one of these elements is shown in English (French pages never download it). */
export const needTableLocale = localeOnDemand(tableMessages, { en: () => import('./table.en.js').then((m) => m.tableEn) });
