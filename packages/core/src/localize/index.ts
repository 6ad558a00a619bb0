export * from './types.js';
export * from './format.js';
export * from './localize.js';
import { Translator } from './localize.js';
import type { CoreMessages } from './fr.js';
import { coreCatalogues } from './catalogues.js';
export type { CoreMessages };

/** Texts of @parvis/core; host pages may `coreMessages.override('fr', {...})`. */
export const coreMessages = new Translator<CoreMessages>(coreCatalogues);
