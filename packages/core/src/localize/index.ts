export * from './types.js';
export * from './format.js';
export * from './localize.js';
import { Translator } from './localize.js';
import { fr, type CoreMessages } from './fr.js';
import { en } from './en.js';
export { fr as coreFr, en as coreEn, type CoreMessages };

/** Texts of @parvis/core; host pages may `coreMessages.override('fr', {...})`. */
export const coreMessages = new Translator<CoreMessages>({ fr, en });
