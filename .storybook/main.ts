import type { StorybookConfig } from '@storybook/web-components-vite';
import { execFileSync, execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
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

/**
 * Sidebar names in French. Stories are `export const WithHint = storyOf(examples, 'WithHint')`: the
 * static indexer cannot run storyOf, so the sidebar would show "With Hint". Read the example's French
 * `title` from its *.examples.ts (text only, nothing executed) and use it as the story name.
 */
function frenchStoryNames<T extends { type?: string; exportName?: string; name?: string }>(fileName: string, entries: T[]): T[] {
  try {
    const source = readFileSync(fileName, 'utf8');
    const titlesByVariable = new Map<string, Map<string, string>>();
    for (const [, names, from] of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]([^'"]+\.examples\.js)['"]/g)) {
      const examplesFile = resolve(dirname(fileName), from.replace(/\.js$/, '.ts'));
      if (!existsSync(examplesFile)) continue;
      const text = readFileSync(examplesFile, 'utf8');
      const titles = new Map<string, string>();
      for (const m of text.matchAll(/\bname:\s*(['"])(.*?)\1\s*,\s*title:\s*(['"`])(.*?)\3/g)) titles.set(m[2], m[4]);
      for (const spec of names.split(',')) {
        const local = spec.trim().split(/\s+as\s+/).pop();
        if (local) titlesByVariable.set(local, titles);
      }
    }
    const names = new Map<string, string>();
    for (const [, exportName, variable, example] of source.matchAll(/export\s+const\s+(\w+)\s*=\s*storyOf\(\s*(\w+)\s*,\s*['"]([^'"]+)['"]/g)) {
      const title = titlesByVariable.get(variable)?.get(example);
      if (title) names.set(exportName, title);
    }
    for (const [, exportName] of source.matchAll(/export\s+const\s+(\w+)\s*=\s*themesStory\(/g)) names.set(exportName, 'Dans chaque thème');
    for (const entry of entries) if (entry.type === 'story' && entry.exportName && names.has(entry.exportName)) entry.name = names.get(entry.exportName);
  } catch {
    // Keep Storybook's own names.
  }
  return entries;
}

const config: StorybookConfig = {
  experimental_indexers: async (existing = []) =>
    existing.map((indexer) =>
      indexer.test.test('x.stories.ts')
        ? { ...indexer, createIndex: async (fileName, options) => frenchStoryNames(fileName, await indexer.createIndex(fileName, options)) }
        : indexer,
    ),
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Name of the autodocs page of each component in the sidebar (French catalogue).
  docs: { defaultName: 'Documentation' },
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
