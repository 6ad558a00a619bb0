// Types of @parvis/venue-finder/bundler. Written by hand, without importing vite, rollup or esbuild
// (none of them is a dependency): the plugins are described by the hooks they have, which fit
// Vite's `Plugin`, Rollup's and Rolldown's `Plugin` and esbuild's `Plugin`
// (test/types/venue-finder-bundler.ts checks it).

interface TransformContext {
  error(message: string): never;
  warn(message: string): void;
}

/** A Vite / Rollup / Rolldown plugin (`transform` hook; `enforce` and `config` are Vite's). */
export interface ParvisLeafletTrustedTypesPlugin {
  name: string;
  enforce: 'pre';
  transform(this: TransformContext, code: string, id: string): { code: string; map: null } | null;
  config(this: unknown): { optimizeDeps: Record<string, unknown> };
}

/** An esbuild plugin (`onLoad` on Leaflet's files). */
export interface ParvisLeafletTrustedTypesEsbuildPlugin {
  name: string;
  setup(build: unknown): void;
}

/**
 * Vite and Rollup plugin that lets Leaflet 1.9 (the finder's map) load under a Trusted Types CSP
 * (`require-trusted-types-for 'script'`): it removes Leaflet's `innerHTML = '<svg/>'` probe.
 * The build fails if a Leaflet 1 module no longer has that probe.
 *
 * ```js
 * // vite.config.js
 * import { parvisLeafletTrustedTypes } from '@parvis/venue-finder/bundler';
 * export default { plugins: [parvisLeafletTrustedTypes()] };
 * ```
 */
export function parvisLeafletTrustedTypes(): ParvisLeafletTrustedTypesPlugin;

/** The same change as an esbuild plugin: `esbuild.build({ plugins: [parvisLeafletTrustedTypesEsbuild()] })`. */
export function parvisLeafletTrustedTypesEsbuild(): ParvisLeafletTrustedTypesEsbuildPlugin;
