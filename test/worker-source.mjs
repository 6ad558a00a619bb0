// A module worker is started with `new Worker(new URL('./worker.js', import.meta.url))`: the bundler
// of the script-tag build turns that into a file of its own, but the test server only has the
// TypeScript source. This middleware answers such a `.js` request with the `.ts` file beside it
// (which the esbuild plugin then compiles), so the browser tests run the real worker, not the
// main-thread fallback.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function workerSourceMiddleware(ctx, next) {
  const { pathname } = new URL(ctx.url, 'http://localhost');
  if (pathname.startsWith('/packages/') && pathname.endsWith('.js')) {
    const js = path.join(root, pathname);
    const ts = js.replace(/\.js$/, '.ts');
    if (js.startsWith(root + path.sep) && !existsSync(js) && existsSync(ts)) ctx.url = ctx.url.replace(/\.js(?=$|\?)/, '.ts');
  }
  return next();
}
