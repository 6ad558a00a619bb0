import type { StorybookConfig } from '@storybook/web-components-vite';
import { execFileSync, execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { standardDecorators } from '../vite-standard-decorators.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

// Autodocs read ../custom-elements.json: regenerate it (≈ 0.3 s) so the attributes tables always match
// the sources, for `storybook build` as for `storybook dev`. Once per process (main.ts is loaded twice).
const cemScript = fileURLToPath(new URL('../scripts/cem.mjs', import.meta.url));
const state = globalThis as { __parvisCemDone?: boolean };
if (!state.__parvisCemDone) {
  execFileSync(process.execPath, [cemScript], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  state.__parvisCemDone = true;
}

/** In `storybook dev`, a change to an element's source regenerates the manifest (the docs then reload). */
const cemOnChange = {
  name: 'parvis-cem-on-change',
  apply: 'serve' as const,
  configureServer(server: { watcher: { on(event: string, cb: (file: string) => void): void } }) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    server.watcher.on('change', (file: string) => {
      if (!/[\\/]packages[\\/](core|components)[\\/]src[\\/].*(?<!\.test|\.examples|\.stories)\.ts$/.test(file)) return;
      clearTimeout(timer);
      timer = setTimeout(() => execFile(process.execPath, [cemScript], { cwd: root }, (error) => error && console.error(error.message)), 200);
    });
  },
};

// The demo pages are served under /demo when they exist (Storybook refuses a missing static dir).
const demoDir = fileURLToPath(new URL('../demo', import.meta.url));

/**
 * The packages' `sideEffects` lists name their dist files only, so the bundler treats the TypeScript
 * sources as pure and drops `import './text-field.js'` (the line that registers the element): the
 * build passes and every story shows an undefined <pv-text-field>. Sources always have effects here.
 */
const sourcesHaveSideEffects = {
  name: 'parvis-sources-have-side-effects',
  transform(code: string, id: string) {
    if (!/\/packages\/[^/]+\/src\/.*\.ts$/.test(id.split('?')[0]) || id.includes('/node_modules/')) return null;
    return { code, map: null, moduleSideEffects: true };
  },
};

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  staticDirs: existsSync(demoDir) ? [{ from: '../demo', to: '/demo' }] : [],
  async viteFinal(vite) {
    vite.plugins = [standardDecorators(), sourcesHaveSideEffects, cemOnChange, ...(vite.plugins ?? [])];
    // Storybook's own chunks (docs renderer, axe) are big by nature; the warning is noise.
    vite.build = { ...vite.build, chunkSizeWarningLimit: 2000 };
    // Resolve @parvis/* to their TypeScript sources (see the packages' exports).
    vite.resolve = { ...vite.resolve, conditions: ['parvis-source', 'browser', 'module', 'import', 'default'] };
    return vite;
  },
};
export default config;
