import { LocalizeController, Translator } from '@parvis/core';
import type { ReactiveControllerHost } from 'lit';
import { fr, type ComponentMessages } from './fr.js';
import { en } from './en.js';

export type { ComponentMessages };

/** Texts of the primitives; host pages may `componentMessages.override('fr', {...})`. */
export const componentMessages = new Translator<ComponentMessages>({ fr, en });

/** A localize controller bound to the primitives' catalogue. */
export function localizeComponents(host: ReactiveControllerHost & HTMLElement): LocalizeController<ComponentMessages> {
  return new LocalizeController(host, componentMessages);
}
