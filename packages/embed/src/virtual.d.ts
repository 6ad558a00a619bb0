/** Generated at build time by vite.config.mjs from the folders in packages/components/src. */
declare module 'virtual:parvis-loaders' {
  const loaders: Record<string, () => Promise<unknown>>;
  export default loaders;
}
