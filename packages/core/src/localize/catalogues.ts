import { fr } from './fr.js';
import { en } from './en.js';
import type { Catalogues } from './localize.js';
import type { CoreMessages } from './fr.js';

/**
 * The locales @parvis/core ships with, in one module on purpose: the script-tag bundle swaps
 * this module for one holding French only and loads English on demand (packages/embed).
 */
export const coreCatalogues: Catalogues<CoreMessages> = { fr, en };
