// Serves the reference data of ../shared/data under /shared-data/ so browser tests read real files.
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(process.env.PARVIS_SHARED_DATA ?? path.join(process.cwd(), '..', 'shared', 'data'));

export async function sharedDataMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/shared-data/')) return next();
  const file = path.resolve(root, decodeURIComponent(ctx.path.slice('/shared-data/'.length)));
  if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
    ctx.status = 404;
    return;
  }
  ctx.type = path.extname(file) || 'application/octet-stream';
  ctx.body = createReadStream(file);
}
