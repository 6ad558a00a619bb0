/** Generated at build time by vite.config.mjs from the folders in packages/components/src. */
declare module 'virtual:parvis-loaders' {
  const loaders: Record<string, () => Promise<unknown>>;
  export default loaders;
  /** Loads the English texts of core and the primitives (French is built in). */
  export const english: () => Promise<unknown>;
}
