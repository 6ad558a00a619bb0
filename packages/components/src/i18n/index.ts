import { LocalizeController, Translator } from '@parvis/core';
import type { ReactiveControllerHost } from 'lit';
import type { ComponentMessages } from './fr.js';
import { componentCatalogues } from './catalogues.js';

export type { ComponentMessages };

/** Texts of the primitives; host pages may `componentMessages.override('fr', {...})`. */
export const componentMessages = new Translator<ComponentMessages>(componentCatalogues);

/** A localize controller bound to the primitives' catalogue. */
export function localizeComponents(host: ReactiveControllerHost & HTMLElement): LocalizeController<ComponentMessages> {
  return new LocalizeController(host, componentMessages);
}
