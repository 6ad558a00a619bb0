#!/usr/bin/env node
// Generates the Custom Elements Manifest (config: custom-elements-manifest.config.mjs).
//   ./custom-elements.json                      every module of core + components (Storybook autodocs)
//   packages/components/custom-elements.json    the published one: only @parvis/components modules,
//                                               paths pointing at dist/*.js, core references as package refs
// Usage: pnpm cem   (add --check to fail when a pv-* element is missing from the manifest)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();

const manifest = await cli({
  argv: ['analyze', '--config', join(root, 'custom-elements-manifest.config.mjs'), '--quiet'],
  cwd: root,
  noWrite: true,
});
if (!manifest) {
  console.error('cem: the analyzer returned no manifest (see the error above)');
  process.exit(1);
}

const COMPONENTS = 'packages/components/src/';
const CORE = 'packages/core/src/';
const toDist = (path, prefix) => `dist/${path.slice(prefix.length).replace(/\.ts$/, '.js')}`;

/** Rewrites every `{ module }` reference of the published manifest (superclass, inheritedFrom, exports…). */
function rewriteReferences(value) {
  if (Array.isArray(value)) return value.map(rewriteReferences);
  if (!value || typeof value !== 'object') return value;
  const out = {};
  for (const [key, item] of Object.entries(value)) out[key] = rewriteReferences(item);
  if (typeof out.module === 'string' && !out.package) {
    const module = out.module.replace(/^\//, '');
    if (module.startsWith(COMPONENTS)) out.module = toDist(module, COMPONENTS);
    else if (module.startsWith(CORE)) Object.assign(out, { package: '@parvis/core', module: toDist(module, CORE) });
  }
  return out;
}

const published = {
  ...manifest,
  modules: manifest.modules
    .filter((mod) => mod.path.startsWith(COMPONENTS))
    .map((mod) => ({ ...rewriteReferences(mod), path: toDist(mod.path, COMPONENTS) })),
};

const json = (data) => `${JSON.stringify(data, null, 2)}\n`;
writeFileSync(join(root, 'custom-elements.json'), json(manifest));
writeFileSync(join(root, 'packages/components/custom-elements.json'), json(published));

const tags = manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName));
const ms = Math.round(performance.now() - started);
console.log(`cem: ${tags.length} elements (${tags.join(', ') || 'none'}) in ${ms} ms → custom-elements.json, packages/components/custom-elements.json`);

if (process.argv.includes('--check')) {
  // Every define('pv-x', …) in the sources must have produced an element with at least a summary.
  const missing = manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((d) => d.tagName && !d.summary && !d.description)
    .map((d) => d.tagName);
  if (missing.length) {
    console.error(`cem: elements without JSDoc summary/description: ${missing.join(', ')}`);
    process.exit(1);
  }
}
