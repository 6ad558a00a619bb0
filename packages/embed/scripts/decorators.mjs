// TypeScript → JavaScript for the packages' sources in the script-tag bundle.
// Vite 8 (Oxc) does not lower TC39 standard decorators (`@property() accessor x`): without a
// pre-transform the build "succeeds" and fails in the browser. For each .ts module:
// 1. Lit's decorators are rewritten to `static properties` when possible (lit-decorators.mjs);
// 2. esbuild strips the types and lowers any decorator left (target es2022), like the repo's
//    vite-standard-decorators.mjs;
// 3. the text of css``/html`` templates is minified (minify-templates.mjs);
// 4. esbuild's decorator helpers (__decorateElement, __runInitializers…) are imported from ONE
//    shared module instead of being repeated in every file.
import { transform } from 'esbuild';
import { parseSync } from 'vite';
import { lowerLitDecorators } from './lit-decorators.mjs';
import { minifyTemplates } from './minify-templates.mjs';

export const HELPERS_ID = '\0parvis-esbuild-helpers';
const INCLUDE = /[\\/]packages[\\/].*\.ts$/;

// A source using every decorator form, so esbuild emits every helper it may need.
const SYNTHETIC = `
const d: any = () => undefined;
@d class A extends Object {
  @d accessor a = 1; @d static accessor b = 1; @d accessor #c = 1; @d static accessor #e = 1;
  @d f = 1; @d static g = 1; @d #h = 1;
  @d m() {} @d static s() {} @d #p() {} @d get x() { return this.#c + A.#e; } @d set x(_v) { this.#p(); this.#h = 1; }
}
export { A };`;

/** Top-level `var __name = …;` statements esbuild put before the module's own code. */
function helperStatements(code) {
  const out = [];
  for (const stmt of parseSync('x.js', code).program.body) {
    if (stmt.type !== 'VariableDeclaration' || stmt.declarations.length !== 1) continue;
    const name = stmt.declarations[0].id.name;
    if (typeof name === 'string' && /^__[a-zA-Z]+$/.test(name)) out.push({ name, start: stmt.start, end: stmt.end, text: code.slice(stmt.start, stmt.end) });
  }
  return out;
}

/**
 * @param {{ lowerLit?: boolean, minify?: boolean }} options lowerLit: rewrite Lit decorators to
 *   `static properties` first (lit-decorators.mjs); minify: minify css``/html`` template text.
 */
export function standardDecoratorsSharedHelpers({ lowerLit = true, minify = true } = {}) {
  let shared = new Map();
  const stats = { lowered: [], esbuild: [] };
  return {
    name: 'parvis-standard-decorators-shared-helpers',
    enforce: 'pre',
    async buildStart() {
      const r = await transform(SYNTHETIC, { loader: 'ts', target: 'es2022', format: 'esm' });
      shared = new Map(helperStatements(r.code).map((h) => [h.name, h.text]));
    },
    buildEnd() {
      if (stats.esbuild.length) this.warn(`standard decorators lowered by esbuild (not by lit-decorators.mjs): ${stats.esbuild.join(', ')}`);
    },
    resolveId(id) {
      return id === HELPERS_ID ? id : null;
    },
    load(id) {
      if (id !== HELPERS_ID) return null;
      return `${[...shared.values()].join('\n')}\nexport { ${[...shared.keys()].join(', ')} };\n`;
    },
    async transform(code, id) {
      const file = id.split('?')[0];
      if (!INCLUDE.test(file) || file.includes('/node_modules/')) return null;
      let source = code;
      if (lowerLit && code.includes('@')) {
        const lowered = lowerLitDecorators(code, file);
        if (lowered !== null) { source = lowered; stats.lowered.push(file); }
        else if (/@(property|state|query)\(/.test(code)) stats.esbuild.push(file);
      }
      const r = await transform(source, { loader: 'ts', target: 'es2022', format: 'esm', sourcefile: file });
      let out = minify ? minifyTemplates(r.code) : r.code;
      const used = [];
      // remove from the end so earlier offsets stay valid
      for (const h of helperStatements(out).reverse()) {
        if (shared.get(h.name) !== h.text) continue;
        out = out.slice(0, h.start) + out.slice(h.end);
        used.push(h.name);
      }
      if (used.length) out = `import { ${used.join(', ')} } from ${JSON.stringify(HELPERS_ID)};\n${out}`;
      return { code: out, map: null };
    },
  };
}
