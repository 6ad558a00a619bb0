// Module workers of the packages in the script-tag bundle (the venue data worker).
//
// A package starts its worker with `new URL('./worker.js', import.meta.url)`. Vite's library mode
// does not build that file (it inlined the TypeScript source as a useless data: URL), and Vite's
// own worker detection needs `new Worker(new URL(…))` written literally, which leaves no room for
// the Trusted Types policy the URL needs under `require-trusted-types-for 'script'`.
// So: each worker is bundled on its own by esbuild (self-contained: the page's chunks define
// elements and must not load in a worker; its dynamic imports are inlined), emitted as
// `chunks/<package>-worker-<hash>.js`, and the `new URL('./worker.js', import.meta.url)` of the
// module that starts it becomes `new URL('./<package>-worker-<hash>.js', import.meta.url)`.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

/** `new URL('./worker.js', import.meta.url)` or `./<name>-worker.js` (the data viewer's session-worker). */
const WORKER_URL = /new URL\(\s*(['"])\.\/((?:[a-z]+-)*worker)\.js\1\s*,\s*import\.meta\.url\s*\)/g;

export function moduleWorkers() {
  const built = new Map(); // worker source → file name under chunks/
  const starters = new Set(); // modules whose worker URL was rewritten
  return {
    name: 'parvis-module-workers',
    enforce: 'pre',
    buildStart() {
      built.clear();
      starters.clear();
    },
    async transform(code, id) {
      const file = id.split('?')[0];
      if (!/[\\/]packages[\\/].*\.ts$/.test(file) || file.includes('/node_modules/') || !/worker\.js/.test(code)) return null;
      const names = new Map(); // worker base name in this module → emitted file name
      for (const [, , base] of code.matchAll(WORKER_URL)) {
        const source = join(dirname(file), `${base}.ts`);
        if (!existsSync(source) || names.has(base)) continue;
        let name = built.get(source);
        if (!name) {
          const result = await build({
            entryPoints: [source],
            bundle: true,
            format: 'esm',
            target: 'es2022',
            minify: true,
            legalComments: 'none',
            write: false,
            metafile: true,
            conditions: ['parvis-source', 'module', 'browser', 'production'],
            define: { 'process.env.NODE_ENV': '"production"' },
            logLevel: 'silent',
          });
          const text = result.outputFiles[0].contents;
          const pkg = /[\\/]packages[\\/]([^\\/]+)[\\/]/.exec(file)?.[1] ?? 'module';
          const hash = createHash('sha256').update(text).digest('base64url').slice(0, 8);
          name = `${pkg}-${base}-${hash}.js`;
          this.emitFile({ type: 'asset', fileName: `chunks/${name}`, source: text });
          built.set(source, name);
          for (const input of Object.keys(result.metafile?.inputs ?? {})) this.addWatchFile(input);
        }
        names.set(base, name);
      }
      if (names.size === 0) return null;
      // relative to the module: both are in chunks/ (checked in generateBundle)
      const out = code.replace(WORKER_URL, (match, _quote, base) => (names.has(base) ? `new URL(/* @vite-ignore */ ${JSON.stringify('./' + names.get(base))}, import.meta.url)` : match));
      if (out === code) return null;
      starters.add(id);
      return { code: out, map: null };
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && !chunk.fileName.startsWith('chunks/') && Object.keys(chunk.modules).some((m) => starters.has(m))) {
          this.error(`${chunk.fileName} starts a worker but is not in chunks/: its relative worker URL would be wrong`);
        }
      }
    },
  };
}
