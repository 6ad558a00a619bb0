// Finds the pv-* elements present in packages/components/src and the chunk each belongs to.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORM, OWN, WIDGETS } from '../chunks.config.mjs';

export const embedRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = resolve(embedRoot, '../..');
export const componentsSrc = join(repoRoot, 'packages/components/src');

const DEFINE = /\bdefine\(\s*['"](pv-[a-z0-9-]+)['"]/g;
const SKIP = /\.(test|examples|styles|stories|d)\.ts$/;

/** True when every relative `./x.js` import of the file (recursively, same folder) has its .ts source. */
function complete(file, source, seen = new Set()) {
  if (seen.has(file)) return true;
  seen.add(file);
  for (const [, rel] of source.matchAll(/from\s+['"](\.{1,2}\/[^'"]+)\.js['"]/g)) {
    const dep = resolve(dirname(file), rel + '.ts');
    if (!existsSync(dep) || !complete(dep, readFileSync(dep, 'utf8'), seen)) return false;
  }
  return true;
}

/**
 * @returns {{tag: string, file: string, folder: string, chunk: string}[]} one entry per tag,
 *   sorted by tag. `file` is the absolute path of the module whose evaluation defines the tag.
 */
export function discoverElements({ skipIncomplete = process.env.PARVIS_EMBED_SKIP_INCOMPLETE === '1' } = {}) {
  const found = new Map();
  if (!existsSync(componentsSrc)) return [];
  for (const folder of readdirSync(componentsSrc, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    const dir = join(componentsSrc, folder.name);
    for (const name of readdirSync(dir)) {
      if (!name.endsWith('.ts') || SKIP.test(name)) continue;
      const file = join(dir, name);
      const source = readFileSync(file, 'utf8');
      if (skipIncomplete && !complete(file, source)) {
        console.warn(`[embed] ${folder.name}/${name} skipped: a relative import is missing (PARVIS_EMBED_SKIP_INCOMPLETE=1)`);
        continue;
      }
      for (const [, tag] of source.matchAll(DEFINE)) {
        if (!found.has(tag)) {
          found.set(tag, { tag, file, folder: folder.name, chunk: FORM.includes(folder.name) ? 'form' : OWN.includes(folder.name) ? folder.name : 'extra' });
        }
      }
    }
  }
  for (const w of WIDGETS) {
    found.set(w.tag, { tag: w.tag, file: w.module.startsWith('.') ? resolve(repoRoot, w.module) : w.module, folder: null, chunk: w.chunk, widget: true });
  }
  return [...found.values()].sort((a, b) => a.tag.localeCompare(b.tag));
}
