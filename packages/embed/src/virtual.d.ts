/** Generated at build time by vite.config.mjs from the folders in packages/components/src. */
declare module 'virtual:parvis-loaders' {
  /** tag → [loader of its chunk(s), 1 when they use the texts of core or the primitives]. */
  const loaders: Record<string, readonly [() => Promise<unknown>, 0 | 1]>;
  export default loaders;
  /** Loads the English texts of core and the primitives (French is built in). */
  export const english: () => Promise<unknown>;
}
