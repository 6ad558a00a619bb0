import type { Catalogues } from '@parvis/core';
import { fr, type ComponentMessages } from './fr.js';
import { en } from './en.js';

/**
 * The locales the primitives ship with, in one module on purpose: the script-tag bundle swaps
 * this module for one holding French only and loads English on demand (packages/embed).
 */
export const componentCatalogues: Catalogues<ComponentMessages> = { fr, en };
