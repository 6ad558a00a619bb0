import { Translator } from '@parvis/core';
import { finderEn } from './finder.en.js';
import { finderFr, type FinderMessages } from './finder.fr.js';

/** Texts of pv-venue-finder and pv-venue-card; host pages may `finderMessages.override('fr', {…})`. */
export const finderMessages = new Translator<FinderMessages>({ fr: finderFr, en: finderEn });
