// Script-tag bundle: dist/parvis.js (the autoloader, no Lit) + dist/chunks/*.js.
// See docs/embedding.md, docs/performance.md and chunks.config.mjs.
//
// Chunks:
//   parvis.js            the autoloader: tag → loader map, scan + MutationObserver (≤ 2 kB gz)
//   chunks/base-*.js     Lit's runtime and the part of @parvis/core that several chunks use
//                        (PvElement, define, localize, announcer…): loaded once per page
//   chunks/form-*.js     the primitives of a typical form (chunks.config.mjs → FORM), core's form
//                        layer and the French texts of core and of the primitives
//   chunks/extra-*.js    the other primitives
//   chunks/<widget>-*.js one per widget (chunks.config.mjs → WIDGETS); its lazy parts (worker,
//                        parsers…) are chunks of their own
// A module used by a single chunk goes into that chunk, so a form page does not download what
// only a dialog needs, a venue finder page does not download the form primitives, and the reverse.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { defineConfig } from 'vite';
import { analyze } from './scripts/analyze.mjs';
import { preciseImporters } from './scripts/barrels.mjs';
import { moduleWorkers } from './scripts/workers.mjs';
import { openingHoursCountries } from './scripts/opening-hours-fr.mjs';
// the same plugin as for an application that bundles @parvis/venue-finder itself (its ./bundler entry)
import { parvisLeafletTrustedTypes } from '../venue-finder/bundler/index.mjs';
import { standardDecoratorsSharedHelpers } from './scripts/decorators.mjs';
import { discoverElements } from './scripts/discover.mjs';
import { OWN } from './chunks.config.mjs';

/** A module of a primitive with a chunk of its own (chunks.config.mjs → OWN); group 1: its folder. */
const OWN_MODULE = new RegExp(`[\\\\/]packages[\\\\/]components[\\\\/]src[\\\\/](${OWN.join('|')})[\\\\/]`);

const LOADERS = 'virtual:parvis-loaders';
const GROUP = 'virtual:parvis-group/';
/** The chunk that registers the English catalogues; loaded only by pages with an English `lang`. */
const ENGLISH = 'en';
/** Chunk of the form primitives (+ core's form layer and texts), and of the other primitives. */
const FORM_CHUNK = 'form';
/** Modules that several widgets use and no primitive does (their buttons, the venue widgets' hours loader). */
const WIDGETS_CHUNK = 'widgets';
const EXTRA_CHUNK = 'extra';
/** Placeholder in parvis.js, replaced once the chunks are known: does a chunk need the English texts chunk? */
const NEEDS_ENGLISH = '__parvis_needs_english__:';
const CORE_CATALOGUES = /[\\/]packages[\\/]core[\\/]src[\\/]localize[\\/]catalogues\.ts$/;
const VALIDATOR_REGISTRY = /[\\/]packages[\\/]core[\\/]src[\\/]validators[\\/]registry\.ts$/;
const COMPONENT_CATALOGUES = /[\\/]packages[\\/]components[\\/]src[\\/]i18n[\\/]catalogues\.ts$/;

/** Keys of core's `validators` texts only the on-demand validators use (registry chunk). */
const ON_DEMAND_VALIDATOR_TEXTS = ['amount', 'amountNegative', 'iban', 'max', 'min', 'phone', 'postcode', 'rna', 'siren', 'siret'];
const TEXTS = 'virtual:parvis-texts/';
const camel = (folder) => folder.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());

/** Reads a catalogue module (plain data in TypeScript) at build time. */
async function readCatalogue(relative, locale = 'fr') {
  const { code } = await transform(readFileSync(repoPath(relative), 'utf8'), { loader: 'ts', format: 'esm' });
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`))[locale];
}

/**
 * Texts where they are used. The sources keep one catalogue per locale; the bundle splits them:
 * - English is a chunk of its own (GROUP + 'en') that registers itself: a French page never
 *   downloads it; the autoloader fetches it for a page or block in English;
 * - the French texts of the primitives travel with their chunk (`componentMessages.extend`):
 *   form, extra, and each primitive with a chunk of its own (chunks.config.mjs → OWN). The
 *   catalogue module itself holds none, so that `componentMessages` (in "base") costs a few bytes;
 * - the French texts of the validators loaded on demand travel with them (registry chunk).
 */
function textsWhereUsed(elements) {
  let shared;
  return {
    name: 'parvis-texts-where-used',
    enforce: 'pre',
    async buildStart() {
      const core = await readCatalogue('packages/core/src/localize/fr.ts');
      const components = await readCatalogue('packages/components/src/i18n/fr.ts');
      const componentsEn = await readCatalogue('packages/components/src/i18n/en.ts', 'en');
      // section of the catalogue (camelCased folder) → chunk of that primitive
      const chunkOf = new Map(elements().filter((e) => e.folder && !e.widget).map((e) => [camel(e.folder), e.chunk]));
      const pick = (obj, keep) => Object.fromEntries(Object.entries(obj).filter(([k]) => keep(k)));
      shared = {
        core: { ...core, validators: pick(core.validators, (k) => !ON_DEMAND_VALIDATOR_TEXTS.includes(k)) },
        validators: { validators: pick(core.validators, (k) => ON_DEMAND_VALIDATOR_TEXTS.includes(k)) },
        // per chunk; sections of no element (shared words) go with the form chunk, as before
        components: (chunk) => pick(components, (k) => (chunkOf.get(k) ?? FORM_CHUNK) === chunk),
        // A primitive with a chunk of its own is also loaded by widgets, outside the autoloader
        // (which fetches the English chunk for the chunks it loads): its few English texts travel with it.
        componentsEn: (chunk) => (OWN.includes(chunk) ? pick(componentsEn, (k) => chunkOf.get(k) === chunk) : undefined),
      };
    },
    resolveId(id) {
      return id.startsWith(TEXTS) ? '\0' + id : null;
    },
    load(id) {
      if (CORE_CATALOGUES.test(id)) return `export const coreCatalogues = { fr: ${JSON.stringify(shared.core)} };\n`;
      if (COMPONENT_CATALOGUES.test(id)) return `export const componentCatalogues = { fr: {} };\n`;
      if (id.startsWith('\0' + TEXTS)) {
        const chunk = id.slice(TEXTS.length + 1);
        const en = shared.componentsEn(chunk);
        return [
          `import { componentMessages } from '@parvis/components/i18n';`,
          `componentMessages.extend('fr', ${JSON.stringify(shared.components(chunk))});`,
          ...(en ? [`componentMessages.extend('en', ${JSON.stringify(en)});`] : []),
        ].join('\n');
      }
      if (id === '\0' + GROUP + ENGLISH) {
        return [
          `import { coreMessages } from '@parvis/core';`,
          `import { componentMessages } from '@parvis/components/i18n';`,
          `import { en as core } from ${JSON.stringify(repoPath('packages/core/src/localize/en.ts'))};`,
          `import { en as components } from ${JSON.stringify(repoPath('packages/components/src/i18n/en.ts'))};`,
          `coreMessages.register('en', core);`,
          `componentMessages.register('en', components);`,
        ].join('\n');
      }
      return null;
    },
    transform(code, id) {
      if (!VALIDATOR_REGISTRY.test(id)) return null;
      // exported, so that no tree-shaking can drop the registration of these texts
      return `${code}\nimport { coreMessages as __pvTexts } from '../localize/index.js';\nexport const __pvFrenchTexts = __pvTexts.extend('fr', ${JSON.stringify(shared.validators)});\n`;
    },
  };
}

/** A chunk name from a module loaded on demand: `opening_hours.esm.mjs` → `opening-hours`. */
function lazyChunkName(id) {
  return id.replace(/.*[\\/]/, '').replace(/(\.esm)?\.[cm]?[jt]s$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function repoPath(relative) {
  return fileURLToPath(new URL(`../../${relative}`, import.meta.url));
}
/** Name of Lit's Trusted Types policy in this bundle (Lit's own 'lit-html' would clash with a host's Lit). */
export const TT_POLICY = 'parvis';

/**
 * Generates the tag → loader map from the folders present in packages/components/src.
 * Each chunk ("form", "extra", one per widget) is a virtual module importing its element modules
 * for their side effect (define); the map points every tag to its chunk's loader.
 */
function loaderMap() {
  let elements = [];
  let moduleInfo = () => null; // the plugin context's getModuleInfo(), kept for when chunks are formed
  const users = new Map(); // module id → Set of chunk names whose elements import it
  let importersOf = new Map(); // module id → importers of its own bindings (set at buildEnd)

  /** Chunk names (form, extra, widget names) whose element modules import `id`, directly or not. */
  function chunksUsing(id) {
    if (users.has(id)) return users.get(id);
    const out = new Set();
    const seen = new Set([id]);
    const queue = [id];
    while (queue.length) {
      const current = queue.pop();
      if (current.startsWith('\0' + GROUP)) {
        out.add(current.slice(GROUP.length + 1));
        continue;
      }
      const info = moduleInfo(current);
      // importers through re-exports (scripts/barrels.mjs): a widget that imports PvElement from
      // core's index does not "use" core's form layer
      let importers = [...(importersOf.get(current) ?? [])];
      // a pure re-export module (`lit/directives/if-defined.js`) has no user of its own: place it
      // with the modules that import it
      if (!importers.length && current === id) importers = [...(info?.importers ?? [])];
      // A module loaded on demand (import()), e.g. the named validators, the finder's parser: its
      // own chunk (also when another widget imports it statically, see placement()).
      if (info?.dynamicImporters.length) {
        out.add(`lazy:${lazyChunkName(current)}`);
        // loaded on demand by a widget (not by core or the primitives): counts as a widget's use
        if (info.dynamicImporters.some((d) => !/[\\/]packages[\\/](core|components)[\\/]/.test(d))) out.add('widget-lazy');
      }
      for (const importer of importers) {
        if (!seen.has(importer)) { seen.add(importer); queue.push(importer); }
      }
    }
    users.set(id, out);
    return out;
  }

  return {
    name: 'parvis-loader-map',
    enforce: 'pre',
    async buildStart() {
      users.clear();
      elements = discoverElements();
      for (const e of elements) {
        if (!e.widget) continue;
        const r = await this.resolve(e.file, undefined);
        if (!r) this.error(`widget ${e.tag}: cannot resolve ${e.file}`);
        e.file = r.id;
      }
    },
    resolveId(id) {
      if (id === LOADERS || id.startsWith(GROUP)) return '\0' + id;
      // @parvis/components declares its TS sources side-effect free (its sideEffects field
      // lists dist/ only); the element modules DO have one: define(). Keep them.
      if (elements.some((e) => e.file === id)) return { id, moduleSideEffects: true };
      return null;
    },
    transform(code, id) {
      // An element module loaded by a widget on demand (`import('../address/address-search.js')`
      // for its define()): the package says "no side effects", which would drop it from the bundle.
      if (/[\\/]packages[\\/][^\\/]+[\\/]src[\\/]/.test(id) && /\bdefine\(\s*['"]pv-/.test(code)) return { code, map: null, moduleSideEffects: true };
      return null;
    },
    load(id) {
      if (id.startsWith('\0' + GROUP) && id !== '\0' + GROUP + ENGLISH) {
        const chunk = id.slice(GROUP.length + 1);
        // the texts of the primitives of this chunk first (extend the catalogue before they render)
        const texts = elements.some((e) => e.chunk === chunk && !e.widget) ? [`import ${JSON.stringify(TEXTS + chunk)};`] : [];
        return [...texts, ...elements.filter((e) => e.chunk === chunk).map((e) => `import ${JSON.stringify(e.file)};`)].join('\n');
      }
      if (id !== '\0' + LOADERS) return null;
      const chunks = [...new Set(elements.map((e) => e.chunk))];
      // [loader, does it need the English chunk] — the flag is a placeholder until generateBundle
      // knows which chunks each loader fetches (englishFlags below).
      const loaders = chunks.map((c, i) => `const c${i} = [() => import(${JSON.stringify(GROUP + c)}), ${JSON.stringify(NEEDS_ENGLISH + c)}];`);
      const lines = elements.map((e) => `  ${JSON.stringify(e.tag)}: c${chunks.indexOf(e.chunk)},`);
      const english = `export const english = () => import(${JSON.stringify(GROUP + ENGLISH)});`;
      return `${loaders.join('\n')}\n${english}\nexport default {\n${lines.join('\n')}\n};\n`;
    },
    async buildEnd(error) {
      moduleInfo = (id) => this.getModuleInfo(id);
      if (!error) importersOf = await preciseImporters(this);
    },
    api: {
      /** True for a widget's chunk name (chunks.config.mjs → WIDGETS), false for a lazy chunk's. */
      isWidgetChunk(name) {
        return elements.some((e) => e.widget && e.chunk === name);
      },
      /**
       * The chunk a module goes to: the one chunk that uses it; "base" when the form chunk and a
       * widget (or several widgets) use it; else "form" or "extra" when they are among its users.
       */
      placement(id) {
        if (id.startsWith('\0' + GROUP) || id === '\0' + LOADERS) return null; // entry modules: their own chunks
        if (id.includes('rolldown/runtime') || id.includes('parvis-esbuild-helpers')) return 'base';
        // a primitive with a chunk of its own: its folder's modules are that chunk, whoever loads it
        const own = OWN_MODULE.exec(id)?.[1];
        if (own) return own;
        const all = chunksUsing(id);
        // The English chunk only registers texts: it imports them from wherever they are.
        const using = [...all].filter((c) => !c.startsWith('lazy:') && c !== ENGLISH && c !== 'widget-lazy');
        if (using.length === 0) {
          const lazy = [...all].filter((c) => c.startsWith('lazy:'));
          // only reached through an on-demand import: the chunk of that import (e.g. "registry");
          // shared by several on-demand parts: a chunk of its own, named after it (left to
          // rolldown, it went into one of them, and the other widget downloaded its neighbour's part)
          if (lazy.length === 1) return lazy[0].slice('lazy:'.length);
          // (only a library module that nothing else places: not the autoloader entry, not the English texts)
          return !all.has(ENGLISH) && /[\\/]packages[\\/](?!embed[\\/])[^\\/]+[\\/]src[\\/]/.test(id) ? `shared-${lazyChunkName(id)}` : null;
        }
        // A module a widget loads on demand stays in that on-demand chunk even when another widget
        // imports it statically (the report reads files with the parser the finder loads lazily):
        // otherwise the finder's lazy import would resolve into the other widget's chunk.
        const lazyOnly = [...all].filter((c) => c.startsWith('lazy:'));
        if (lazyOnly.length === 1 && !using.includes(FORM_CHUNK) && !using.includes(EXTRA_CHUNK)) return lazyOnly[0].slice('lazy:'.length);
        // the form chunk's modules that a widget's on-demand part needs too (field styles…)
        if (using.includes(FORM_CHUNK) && all.has('widget-lazy')) return 'base';
        if (using.length === 1) return using[0];
        const widgets = using.filter((c) => c !== FORM_CHUNK && c !== EXTRA_CHUNK);
        // Shared by widgets only (their buttons, the venue widgets' hours loader…): a common chunk
        // of their own, so that neither the form page nor "base" carries them, and no widget page
        // downloads another widget.
        if (widgets.length > 1 && widgets.length === using.length) return WIDGETS_CHUNK;
        // Lit and the core every element needs: loaded once by a form page and by a widget page.
        if (widgets.length > 1 || (widgets.length === 1 && using.includes(FORM_CHUNK))) return 'base';
        // A primitive that a widget also uses stays in "extra" (the widget loads that chunk too),
        // so the form page does not pay for it; form + extra → form (extra always loads it).
        if (using.includes(FORM_CHUNK)) return FORM_CHUNK;
        if (using.includes(EXTRA_CHUNK)) return EXTRA_CHUNK;
        return 'base';
      },
    },
  };
}

/** Renames Lit's Trusted Types policy so a host page's own Lit (policy 'lit-html') cannot collide. */
function renameTrustedTypesPolicy() {
  let renamed = 0;
  return {
    name: 'parvis-trusted-types-policy',
    buildStart() {
      renamed = 0;
    },
    transform(code, id) {
      if (!/[\\/]lit-html[\\/]/.test(id) || !code.includes('createPolicy(')) return null;
      const out = code.replace(/createPolicy\((["'])lit-html\1/g, () => {
        renamed++;
        return `createPolicy("${TT_POLICY}"`;
      });
      return out === code ? null : { code: out, map: null };
    },
    buildEnd(error) {
      if (!error && renamed !== 1) this.error(`expected to rename Lit's Trusted Types policy once, renamed ${renamed} times (Lit changed?)`);
    },
  };
}

/**
 * Rewrites the entry's `import("./chunks/x.js")` calls:
 * - removes the waterfall parvis.js → form chunk → shared chunk: the chunk's static imports
 *   are started at the same time (no <link rel=modulepreload>, nothing written to the host's <head>);
 * - drops the empty facade chunks rolldown emits for the virtual chunk modules (they only
 *   `import "./form-….js"`), so a chunk costs one file, not two.
 */
function parallelChunkImports() {
  return {
    name: 'parvis-parallel-chunk-imports',
    generateBundle(_options, bundle) {
      const entry = bundle['parvis.js'];
      if (!entry || entry.type !== 'chunk') return;
      // A facade holds nothing but a virtual group module (imports, maybe an empty namespace object).
      const isFacade = (c) =>
        c?.type === 'chunk' && c.isDynamicEntry && Object.keys(c.modules).every((id) => id.includes(GROUP) && !id.endsWith(GROUP + ENGLISH));
      const isRuntime = (c) => c?.type === 'chunk' && Object.keys(c.modules).every((id) => id.includes('rolldown/runtime'));
      const deps = (file, acc = new Set()) => {
        for (const f of bundle[file]?.imports ?? []) if (!acc.has(f)) { acc.add(f); deps(f, acc); }
        return acc;
      };
      // Does a loader need the English texts (core's and the primitives')? Only when it fetches
      // a chunk of primitives (form, extra, OWN): an English page with a venue finder alone never
      // downloads them.
      entry.code = entry.code.replace(new RegExp(`(["'\`])${NEEDS_ENGLISH}([a-z0-9-]+)\\1`, 'g'), (_all, _q, name) => {
        const id = '\0' + GROUP + name;
        const file = Object.keys(bundle).find((f) => bundle[f].type === 'chunk' && (bundle[f].facadeModuleId === id || id in bundle[f].modules));
        if (!file) this.error(`no chunk for the group ${name}`);
        const texts = [file, ...deps(file)].some((f) => new RegExp(`^chunks/(${[FORM_CHUNK, EXTRA_CHUNK, ...OWN].join('|')})-`).test(f));
        return texts ? '1' : '0';
      });
      if (entry.code.includes(NEEDS_ENGLISH)) this.error('an English-texts placeholder was left in parvis.js');
      const facades = new Set();
      entry.code = entry.code.replace(/import\((["'`])\.\/(chunks\/[^"'`]+)\1\)/g, (_all, q, file) => {
        const files = [file, ...deps(file)].filter((f) => {
          // the runtime helper is fetched by the chunks that import it, not up front
          if (isRuntime(bundle[f])) return false;
          if (!isFacade(bundle[f])) return true;
          facades.add(f);
          return false;
        });
        const calls = files.map((f) => `import(${q}./${f}${q})`);
        return calls.length === 1 ? calls[0] : `Promise.all([${calls.join(',')}])`;
      });
      for (const f of facades) {
        if (Object.values(bundle).some((c) => c.type === 'chunk' && c !== entry && !facades.has(c.fileName) && c.imports.includes(f))) this.error(`facade chunk ${f} is imported by another chunk`);
        delete bundle[f];
      }
      // The runtime helper chunk only served the facades' namespace objects: drop it when unused.
      for (const [file, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk' || !Object.keys(chunk.modules).every((id) => id.includes('rolldown/runtime'))) continue;
        const used = Object.values(bundle).some((c) => c.type === 'chunk' && c !== chunk && (c.imports.includes(file) || c.dynamicImports.includes(file) || c.code?.includes(file.replace(/^chunks\//, ''))));
        if (!used) delete bundle[file];
      }
    },
  };
}

export default defineConfig(() => {
  const map = loaderMap();
  const group = (name, priority) => ({ name, priority, test: (id) => map.api.placement(id) === name });
  return {
    plugins: [analyze(), moduleWorkers(), openingHoursCountries(), parvisLeafletTrustedTypes(), standardDecoratorsSharedHelpers(), textsWhereUsed(discoverElements), map, renameTrustedTypesPolicy(), parallelChunkImports()],
    // Production Lit: never the 'development' export condition. 'parvis-source' builds the
    // packages from their TypeScript sources (decorators lowered by scripts/decorators.mjs).
    resolve: { conditions: ['parvis-source', 'module', 'browser', 'production'] },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      minify: 'oxc',
      sourcemap: false,
      modulePreload: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      // lib mode: no Vite preload helper (it would write <link rel=modulepreload> into the host's <head>).
      lib: { entry: { parvis: 'src/parvis.ts' }, formats: ['es'] },
      rolldownOptions: {
        output: {
          // lib mode keeps whitespace for 'es' by default: minify fully.
          minify: true,
          comments: { legal: false, annotation: false, jsdoc: false },
          entryFileNames: 'parvis.js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          codeSplitting: {
            groups: [
              group('base', 40),
              group(FORM_CHUNK, 30),
              group(WIDGETS_CHUNK, 20),
              group(EXTRA_CHUNK, 10),
              // primitives with a chunk of their own: before the on-demand parts that load them,
              // which would otherwise take them with their own modules
              ...OWN.map((name) => group(name, 8)),
              // a module only on-demand parts share (placement(): "shared-…"): its own chunk, taken
              // before the on-demand groups, which would otherwise take it with their own modules
              {
                debugName: 'shared',
                priority: 6,
                name: (id) => {
                  const c = map.api.placement(id);
                  return c?.startsWith('shared-') ? c : null;
                },
              },
              // each widget its own chunk, named after it (chunks.config.mjs → WIDGETS)
              {
                debugName: 'widgets',
                priority: 5,
                name: (id) => {
                  const c = map.api.placement(id);
                  return c && map.api.isWidgetChunk(c) ? c : null;
                },
              },
              // then the chunks loaded on demand (parsers, map…): a group also takes the modules
              // its modules import, so it must come after the widget that imports them statically
              {
                debugName: 'lazy',
                priority: 4,
                name: (id) => {
                  const c = map.api.placement(id);
                  return c && !['base', FORM_CHUNK, EXTRA_CHUNK, WIDGETS_CHUNK].includes(c) && !map.api.isWidgetChunk(c) ? c : null;
                },
              },
            ],
          },
        },
      },
    },
  };
});
