// Vite 8 transpiles TypeScript with Oxc, which leaves TC39 standard decorators and `accessor`
// untouched (Chromium has no native decorators yet). This pre-transform lowers them with esbuild,
// for Storybook and the embed build alike. A build "succeeds" without it and breaks at runtime.
import { transform } from 'esbuild';

export function standardDecorators({ include = /\/(packages|stories)\/.*\.ts$/ } = {}) {
  return {
    name: 'parvis-standard-decorators',
    enforce: 'pre',
    async transform(code, id) {
      const file = id.split('?')[0];
      if (!include.test(file) || file.includes('/node_modules/') || !code.includes('@')) return null;
      const result = await transform(code, { loader: 'ts', target: 'es2022', sourcemap: true, sourcefile: file, format: 'esm' });
      return { code: result.code, map: result.map };
    },
  };
}
