// @parvis/venue-finder/bundler: build plugins for an application that bundles @parvis/venue-finder
// itself (Vite, Rollup, esbuild). See docs/venue-finder.md, "Trusted Types avec npm".
//
// Leaflet 1.9 tests, when its module is evaluated, whether the browser supports inline SVG by writing
// `div.innerHTML = '<svg/>'`. Under a Trusted Types CSP (`require-trusted-types-for 'script'`) that
// string assignment throws, the map module fails to load, and the finder shows "La carte n'a pas pu
// être chargée". Every browser Parvis supports has inline SVG when it has SVG: the test is replaced
// by that fact. The script-tag bundle (packages/embed/vite.config.mjs) uses the same plugin;
// test/embed/venue-finder.test.mjs opens the map under such a CSP, test/node/venue-finder-bundler.test.mjs
// checks the plugins on Leaflet's files.
// (Leaflet's other innerHTML writes are in controls and popups Parvis does not use: its zoom
// buttons and attribution are its own, and markers are DivIcons given an element.)
//
// Plain JavaScript, no dependency: the plugins are objects with the hooks each bundler calls.
import { readFile } from 'node:fs/promises';

const NAME = 'parvis-leaflet-trusted-types';

/** Leaflet's builds: the ES module (what @parvis/venue-finder imports), the UMD (`main`), the minified UMD. */
const MODULE = /[\\/]leaflet[\\/]dist[\\/]leaflet(?:-src(?:\.esm)?)?\.js$/;
/** The same test for esbuild (Go regular expressions, no `(?:`). */
const ESBUILD_FILTER = /[\\/]leaflet[\\/]dist[\\/]leaflet(-src(\.esm)?)?\.js$/;

/** leaflet-src.esm.js and leaflet-src.js (tabs, CRLF, indentation of the UMD wrapper: `\s*`). */
const PROBE = /var inlineSvg = !!svg\$1 && \(function \(\) \{\s*var div = document\.createElement\('div'\);\s*div\.innerHTML = '<svg\/>';\s*return \(div\.firstChild && div\.firstChild\.namespaceURI\) === 'http:\/\/www\.w3\.org\/2000\/svg';\s*\}\)\(\);/;
/** leaflet.js (minified): `Wt=!!Ht&&((Wt=document.createElement("div")).innerHTML="<svg/>",…)`. */
const PROBE_MINIFIED = /([\w$]+)=!!([\w$]+)&&\(\(\1=document\.createElement\("div"\)\)\.innerHTML="<svg\/>","http:\/\/www\.w3\.org\/2000\/svg"===\(\1\.firstChild&&\1\.firstChild\.namespaceURI\)\)/;

/**
 * The patched Leaflet module, or what to tell the developer.
 * The replacement keeps the line breaks of the probe: the lines after it do not move (source maps).
 * @param {string} code
 * @param {string} file
 * @returns {{ code: string } | { error: string } | { warning: string }}
 */
function patchLeaflet(code, file) {
  if (PROBE.test(code)) {
    return { code: code.replace(PROBE, (probe) => `var inlineSvg = !!svg$1;${(probe.match(/\r?\n/g) ?? []).join('')}`) };
  }
  if (PROBE_MINIFIED.test(code)) return { code: code.replace(PROBE_MINIFIED, '$1=!!$2') };
  const version = /\bLeaflet (\d+)\.\d+\.\d+/.exec(code.slice(0, 500))?.[1];
  const where = `${NAME}: ${file}: Leaflet's inline-SVG probe (\`innerHTML = '<svg/>'\`) was not found`;
  // Leaflet 2 or later: another code base, not the one this plugin knows. Left as it is.
  if (version && Number(version) >= 2) return { warning: `${where} (Leaflet ${version}); the module is left unchanged` };
  // Leaflet 1 changed: fail the build rather than ship a map that breaks under Trusted Types.
  return { error: `${where}; update @parvis/venue-finder (packages/venue-finder/bundler/index.mjs)` };
}

/** The Rollup-compatible part: one `transform` hook (Vite, Rollup, Rolldown). */
function transformPlugin() {
  return {
    name: NAME,
    transform(code, id) {
      const file = id.split('?')[0];
      if (!MODULE.test(file)) return null;
      const result = patchLeaflet(code, file);
      if ('error' in result) return this.error(result.error);
      if ('warning' in result) {
        this.warn(result.warning);
        return null;
      }
      return { code: result.code, map: null };
    },
  };
}

/**
 * Vite and Rollup plugin: Leaflet loads under `require-trusted-types-for 'script'`.
 * In `vite dev`, Vite pre-bundles the dependencies (Leaflet with @parvis/venue-finder): the plugin
 * is added to that step too.
 */
export function parvisLeafletTrustedTypes() {
  return {
    ...transformPlugin(),
    enforce: 'pre',
    config() {
      // Vite 8 pre-bundles with Rolldown (optimizeDeps.rolldownOptions), Vite 5–7 with esbuild.
      const major = Number(/^(\d+)\./.exec(this?.meta?.viteVersion ?? '')?.[1] ?? 0);
      return major >= 8
        ? { optimizeDeps: { rolldownOptions: { plugins: [transformPlugin()] } } }
        : { optimizeDeps: { esbuildOptions: { plugins: [parvisLeafletTrustedTypesEsbuild()] } } };
    },
  };
}

/** esbuild plugin: the same change, when esbuild loads one of Leaflet's files. */
export function parvisLeafletTrustedTypesEsbuild() {
  return {
    name: NAME,
    setup(build) {
      build.onLoad({ filter: ESBUILD_FILTER }, async (args) => {
        const code = await readFile(args.path, 'utf8');
        const result = patchLeaflet(code, args.path);
        if ('error' in result) return { errors: [{ text: result.error }] };
        if ('warning' in result) return { contents: code, loader: 'js', warnings: [{ text: result.warning }] };
        return { contents: result.code, loader: 'js' };
      });
    },
  };
}
