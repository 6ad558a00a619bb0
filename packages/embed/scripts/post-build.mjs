// After `vite build`: copies the theme CSS into dist/, writes dist/integrity.json (SRI hashes of
// every file) and dist/importmap.json (integrity of every module, for an import map).
// Run from packages/embed (the package's build script does).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { transform } from 'esbuild';
import { discoverElements, embedRoot, repoRoot } from './discover.mjs';

const dist = join(embedRoot, 'dist');
const tokensDist = join(repoRoot, 'packages/tokens/dist');

if (!existsSync(join(dist, 'parvis.js'))) {
  console.error('post-build: dist/parvis.js is missing; run `vite build` first.');
  process.exit(1);
}
if (!existsSync(join(tokensDist, 'parvis.css'))) {
  console.error('post-build: packages/tokens/dist/parvis.css is missing; run `pnpm --filter @parvis/tokens build` first.');
  process.exit(1);
}

// Elements that are blocks once defined. Before their definition (the script is loading), an
// unknown element is an empty inline box: declaring them blocks keeps the layout close to the
// final one. Nothing is hidden: if the script never runs, whatever the page put inside the
// elements (links of an error summary, text of a notice, options) stays readable.
const INLINE = new Set(['pv-button', 'pv-tag', 'pv-spinner']);
const blocks = discoverElements()
  .map((e) => e.tag)
  .filter((t) => !INLINE.has(t));
const guard = blocks.length ? `\n:where(${blocks.join(',')}):not(:defined){display:block}\n` : '';

async function minifyCss(file) {
  const source = readFileSync(file, 'utf8');
  const { code } = await transform(source, { loader: 'css', minify: true, legalComments: 'none' });
  // esbuild keeps the space after `--pv-x:` (custom property values are kept verbatim); the
  // leading whitespace of a custom property's value is not part of it (CSS Variables §2).
  return code.replace(/(--[\w-]+): /g, '$1:');
}

writeFileSync(join(dist, 'parvis.css'), (await minifyCss(join(tokensDist, 'parvis.css'))) + guard);
mkdirSync(join(dist, 'themes'), { recursive: true });
for (const name of readdirSync(join(tokensDist, 'themes'))) {
  if (name.endsWith('.css')) writeFileSync(join(dist, 'themes', name), await minifyCss(join(tokensDist, 'themes', name)));
}

// The bundle is minified without comments: the licences of what it contains go next to it.
function licences() {
  const parts = [`Parvis (@parvis/*)\n\n${readFileSync(join(repoRoot, 'LICENSE'), 'utf8').trim()}`];
  const seen = new Map();
  // lit's "exports" hide its package.json: find the packages on disk (pnpm puts lit's
  // dependencies next to it).
  const lit = realpathSync(join(embedRoot, 'node_modules/lit'));
  for (const pkg of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element']) {
    const dir = pkg === 'lit' ? lit : realpathSync(join(dirname(lit), pkg));
    const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const text = readFileSync(join(dir, 'LICENSE'), 'utf8').trim();
    seen.set(text, [...(seen.get(text) ?? []), `${pkg} ${version}`]);
  }
  for (const [text, pkgs] of seen) parts.push(`${pkgs.join(', ')}\n\n${text}`);
  return parts.join('\n\n' + '-'.repeat(72) + '\n\n') + '\n';
}
writeFileSync(join(dist, 'LICENSES.txt'), licences());

const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = walk(dist)
  .map((f) => relative(dist, f).split('\\').join('/'))
  .filter((f) => f !== 'integrity.json' && f !== 'importmap.json' && !f.startsWith('.'))
  .sort();
const integrity = Object.fromEntries(files.map((f) => [f, sri(join(dist, f))]));
writeFileSync(join(dist, 'integrity.json'), JSON.stringify(integrity, null, 2) + '\n');

// Import map integrity (https://html.spec.whatwg.org/#concept-import-map-integrity): keys are
// module URLs. They are written relative to the dist folder ("./chunks/…"); replace "./" with
// the absolute URL where dist/ is served (scripts/importmap.mjs does it and prints the CSP hash).
const modules = files.filter((f) => f.endsWith('.js'));
writeFileSync(
  join(dist, 'importmap.json'),
  JSON.stringify({ integrity: Object.fromEntries(modules.map((f) => [`./${f}`, integrity[f]])) }, null, 2) + '\n',
);

console.log(`post-build: ${files.length} files hashed; parvis.css + ${readdirSync(join(dist, 'themes')).length} themes copied.`);
