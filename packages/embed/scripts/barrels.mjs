// Who really imports a module, seen through re-exports.
//
// `import { PvElement } from '@parvis/core'` goes through core's index.ts, which re-exports the
// form layer too: the plain module graph says the venue finder "imports" FormControl and the
// validators, and they would land in the base chunk every page loads. Here an import of a name
// counts as an import of the module that DEFINES that name (following `export … from` and
// `export * from`), like the bundler's tree-shaking does.
import { parseSync } from 'vite';

const LARGE = 100_000;

/**
 * @param {import('rolldown').PluginContext} ctx a plugin context after the graph is built (buildEnd)
 * @returns {Promise<Map<string, Set<string>>>} module id → ids of the modules that use one of its
 *   own bindings (or all of it: namespace and side-effect imports)
 */
export async function preciseImporters(ctx) {
  /** id → { local: Set of names it defines, named: Map(exported → [target id, name]), stars: target ids, requests: [target id, names | '*'][] } */
  const modules = new Map();
  // parse everything first, then resolve every specifier at once (sequential awaits were slow)
  const pending = [];
  for (const id of ctx.getModuleIds()) {
    const info = ctx.getModuleInfo(id);
    // large libraries (opening_hours, leaflet…) re-export nothing: their plain graph edges will do
    if (!info || typeof info.code !== 'string' || info.code.length > LARGE) continue;
    let program;
    try {
      program = parseSync('module.js', info.code).program;
    } catch {
      continue;
    }
    const m = { local: new Set(), named: new Map(), stars: [], requests: [] };
    const nameOf = (n) => (n.type === 'Literal' ? String(n.value) : n.name);
    // each entry: resolve `spec` from `id`, then record it
    const later = (spec, record) => pending.push(ctx.resolve(spec, id).then((r) => r?.id && record(r.id)));
    for (const s of program.body) {
      if (s.type === 'ImportDeclaration') {
        const names = s.specifiers.length === 0 ? '*' : s.specifiers.map((sp) => (sp.type === 'ImportSpecifier' ? nameOf(sp.imported) : sp.type === 'ImportDefaultSpecifier' ? 'default' : '*'));
        later(s.source.value, (target) => m.requests.push([target, Array.isArray(names) && names.includes('*') ? '*' : names]));
      } else if (s.type === 'ExportAllDeclaration') {
        const exported = s.exported ? nameOf(s.exported) : null;
        later(s.source.value, (target) => (exported ? m.named.set(exported, [target, '*']) : m.stars.push(target)));
      } else if (s.type === 'ExportNamedDeclaration') {
        if (s.source) {
          const pairs = s.specifiers.map((sp) => [nameOf(sp.exported), nameOf(sp.local)]);
          later(s.source.value, (target) => { for (const [exported, local] of pairs) m.named.set(exported, [target, local]); });
        } else if (s.declaration) {
          const d = s.declaration;
          if (d.id) m.local.add(d.id.name);
          for (const v of d.declarations ?? []) if (v.id.type === 'Identifier') m.local.add(v.id.name);
        } else for (const sp of s.specifiers) m.local.add(nameOf(sp.exported));
      } else if (s.type === 'ExportDefaultDeclaration') m.local.add('default');
    }
    modules.set(id, m);
  }
  await Promise.all(pending);

  /** The modules that define `name` as exported by `id`; null when it is not found there. */
  function find(id, name, seen) {
    const m = modules.get(id);
    if (!m) return [id]; // not parsed: the module itself
    if (m.local.has(name)) return [id];
    if (seen.has(id)) return null;
    seen.add(id);
    const re = m.named.get(name);
    if (re) return re[1] === '*' ? all(re[0]) : find(re[0], re[1], seen);
    for (const star of m.stars) {
      const found = modules.has(star) ? find(star, name, seen) : null;
      if (found) return found;
    }
    return null;
  }
  const definers = (id, name) => (name === '*' ? all(id) : find(id, name, new Set()) ?? [id]);
  /** A namespace or side-effect import: the module and everything it re-exports. */
  function all(id, acc = new Set()) {
    if (acc.has(id)) return [...acc];
    acc.add(id);
    const m = modules.get(id);
    for (const [target] of m?.named.values() ?? []) all(target, acc);
    for (const star of m?.stars ?? []) all(star, acc);
    return [...acc];
  }

  const importers = new Map();
  const add = (target, importer) => {
    if (!importers.has(target)) importers.set(target, new Set());
    importers.get(target).add(importer);
  };
  for (const [id, m] of modules) {
    for (const [target, names] of m.requests) {
      for (const d of names === '*' ? all(target) : names.flatMap((n) => definers(target, n))) add(d, id);
    }
  }
  // Modules not parsed keep the graph's edges, both ways.
  for (const id of ctx.getModuleIds()) {
    if (modules.has(id)) continue;
    const info = ctx.getModuleInfo(id);
    for (const importer of info?.importers ?? []) add(id, importer);
    for (const target of info?.importedIds ?? []) add(target, id);
  }
  return importers;
}
