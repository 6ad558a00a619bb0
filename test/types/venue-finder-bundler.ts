// Type check only (`pnpm typecheck`): the hand-written types of @parvis/venue-finder/bundler fit the
// plugin types of Vite, of Rolldown (Vite's `Rollup` namespace) and of esbuild.
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin, Rollup, UserConfig } from 'vite';
import { parvisLeafletTrustedTypes, parvisLeafletTrustedTypesEsbuild } from '@parvis/venue-finder/bundler';

export const vitePlugin: VitePlugin = parvisLeafletTrustedTypes();
export const rolldownPlugin: Rollup.Plugin = parvisLeafletTrustedTypes();
export const viteConfig: UserConfig = { plugins: [parvisLeafletTrustedTypes()] };
export const esbuildPlugin: EsbuildPlugin = parvisLeafletTrustedTypesEsbuild();
