import { VERSION } from './version.js';

/** The version a Parvis class was built with; read by `define` to name both copies in its warning. */
export const PARVIS_VERSION = Symbol.for('parvis.version');

type VersionedConstructor = CustomElementConstructor & { [PARVIS_VERSION]?: string };

/**
 * Registers a custom element unless the tag is already taken.
 *
 * A commune page may load two copies of Parvis (a widget pasted twice, an npm build plus the
 * script tag). `customElements.define` would throw on the second one and break the whole page,
 * so the second definition is skipped with a warning that names both versions.
 * Returns true when this call defined the element.
 */
export function define(tag: string, ctor: CustomElementConstructor, registry: CustomElementRegistry = customElements): boolean {
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (existing) {
    if (existing !== ctor) {
      const theirs = existing[PARVIS_VERSION] ?? 'inconnue';
      console.warn(`[parvis] <${tag}> est déjà défini (version ${theirs}) ; cette copie (version ${VERSION}) est ignorée.`);
    }
    return false;
  }
  (ctor as VersionedConstructor)[PARVIS_VERSION] = VERSION;
  registry.define(tag, ctor);
  return true;
}
