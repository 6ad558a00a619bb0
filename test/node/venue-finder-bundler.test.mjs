// @parvis/venue-finder/bundler: an application that bundles the finder itself (Vite, Rollup, esbuild)
// gets a Leaflet without its `innerHTML = '<svg/>'` probe, which throws under
// `require-trusted-types-for 'script'`. Builds tiny entries that import Leaflet, with and without the
// plugin, in a temporary folder (offline: Leaflet comes from the workspace's node_modules).
// The map itself under such a CSP is opened by test/embed/venue-finder.test.mjs (script-tag bundle).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { build as viteBuild, optimizeDeps, resolveConfig } from 'vite';
import { parvisLeafletTrustedTypes, parvisLeafletTrustedTypesEsbuild } from '@parvis/venue-finder/bundler';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LEAFLET = dirname(createRequire(join(ROOT, 'packages/venue-finder/package.json')).resolve('leaflet/package.json'));
/** The probe, as Leaflet writes it and as a bundler may print it again. */
const PROBE = /innerHTML\s*=\s*["']<svg\/>["']/;

/** Entries: `leaflet` (the UMD of `main`), the ES module @parvis/venue-finder imports, the minified file. */
const ENTRIES = {
  main: "import L from 'leaflet';\nexport default L;\n",
  esm: "import * as L from 'leaflet/dist/leaflet-src.esm.js';\nexport default L;\n",
  minified: "import L from 'leaflet/dist/leaflet.js';\nexport default L;\n",
  none: 'export default 1;\n',
};

let tmp;
/** An application folder whose node_modules/leaflet is `leaflet` (a link to the real one, or a fake). */
function app(name, leaflet) {
  const dir = join(tmp, name);
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  if (typeof leaflet === 'string') symlinkSync(leaflet, join(dir, 'node_modules/leaflet'), 'dir');
  else {
    mkdirSync(join(dir, 'node_modules/leaflet/dist'), { recursive: true });
    writeFileSync(join(dir, 'node_modules/leaflet/package.json'), JSON.stringify({ name: 'leaflet', version: leaflet.version, main: 'dist/leaflet-src.js' }));
    writeFileSync(join(dir, 'node_modules/leaflet/dist/leaflet-src.esm.js'), leaflet.code);
  }
  for (const [entry, code] of Object.entries(ENTRIES)) writeFileSync(join(dir, `${entry}.js`), code);
  return dir;
}

/** Vite library build of `entry` in `dir`, in memory: the output's code. */
async function vite(dir, entry, plugins) {
  const result = await viteBuild({
    configFile: false,
    root: dir,
    logLevel: 'silent',
    plugins,
    build: { write: false, minify: false, reportCompressedSize: false, lib: { entry: join(dir, `${entry}.js`), formats: ['es'], fileName: 'out' } },
  });
  return (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).map((c) => c.code ?? '').join('\n');
}

/** esbuild bundle of `entry` in `dir`, in memory: the output's code and warnings. */
async function bundle(dir, entry, plugins) {
  const result = await esbuild.build({ entryPoints: [join(dir, `${entry}.js`)], bundle: true, write: false, format: 'esm', logLevel: 'silent', plugins });
  return { code: result.outputFiles.map((f) => f.text).join('\n'), warnings: result.warnings };
}

/** Leaflet 1 as a future release could be: the same header, the probe written another way. */
const CHANGED_LEAFLET_1 = {
  version: '1.9.5',
  code: "/* @preserve\n * Leaflet 1.9.5, a JS library for interactive maps. https://leafletjs.com\n */\nexport var inlineSvg = Boolean(document.createElementNS);\nexport default { inlineSvg };\n",
};
const LEAFLET_2 = {
  version: '2.0.0',
  code: "/* @preserve\n * Leaflet 2.0.0, a JS library for interactive maps. https://leafletjs.com\n */\nexport var version = '2.0.0';\nexport default { version };\n",
};

describe('@parvis/venue-finder/bundler', { timeout: 60_000 }, () => {
  let real;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'parvis-bundler-'));
    real = app('app', LEAFLET);
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  for (const entry of ['main', 'esm', 'minified']) {
    test(`Vite: ${entry} — the probe is gone with the plugin, still there without it`, async () => {
      assert.match(await vite(real, entry, []), PROBE, 'the probe (without the plugin)');
      const out = await vite(real, entry, [parvisLeafletTrustedTypes()]);
      assert.doesNotMatch(out, PROBE);
      assert.match(out, /createSVGRect/, 'Leaflet is in the bundle');
    });

    test(`esbuild: ${entry} — the probe is gone with the plugin, still there without it`, async () => {
      assert.match((await bundle(real, entry, [])).code, PROBE, 'the probe (without the plugin)');
      const { code, warnings } = await bundle(real, entry, [parvisLeafletTrustedTypesEsbuild()]);
      assert.doesNotMatch(code, PROBE);
      assert.match(code, /createSVGRect/, 'Leaflet is in the bundle');
      assert.deepEqual(warnings, []);
    });
  }

  test('the lines after the probe do not move (source maps stay right)', async () => {
    const file = join(LEAFLET, 'dist/leaflet-src.esm.js');
    const code = readFileSync(file, 'utf8');
    const out = parvisLeafletTrustedTypes().transform.call({ error: assert.fail, warn: assert.fail }, code, file);
    assert.equal(out.code.split('\n').length, code.split('\n').length);
    assert.match(out.code, /var inlineSvg = !!svg\$1;/);
  });

  test('a build without Leaflet is not affected', async () => {
    assert.match(await vite(real, 'none', [parvisLeafletTrustedTypes()]), /export \{.*default/);
    assert.deepEqual((await bundle(real, 'none', [parvisLeafletTrustedTypesEsbuild()])).warnings, []);
  });

  test('Leaflet 1 without the probe (Leaflet changed) fails the build', async () => {
    const dir = app('changed', CHANGED_LEAFLET_1);
    await assert.rejects(vite(dir, 'esm', [parvisLeafletTrustedTypes()]), /inline-SVG probe .* was not found/);
    await assert.rejects(bundle(dir, 'esm', [parvisLeafletTrustedTypesEsbuild()]), /inline-SVG probe .* was not found/);
  });

  test('Leaflet 2 without the probe: a warning, the module unchanged', async () => {
    const dir = app('leaflet2', LEAFLET_2);
    const warnings = [];
    const plugin = parvisLeafletTrustedTypes();
    const file = join(dir, 'node_modules/leaflet/dist/leaflet-src.esm.js');
    assert.equal(plugin.transform.call({ error: assert.fail, warn: (m) => warnings.push(m) }, LEAFLET_2.code, file), null);
    assert.match(warnings.join('\n'), /Leaflet 2\).*left unchanged/);
    assert.match(await vite(dir, 'esm', [plugin]), /2\.0\.0/);
    const esb = await bundle(dir, 'esm', [parvisLeafletTrustedTypesEsbuild()]);
    assert.match(esb.warnings.map((w) => w.text).join('\n'), /left unchanged/);
  });

  test('vite dev: the pre-bundled Leaflet (optimizeDeps) has no probe either', async () => {
    const prebundle = async (plugins, cacheDir) => {
      const config = await resolveConfig(
        { configFile: false, root: real, logLevel: 'silent', cacheDir, plugins, optimizeDeps: { include: ['leaflet/dist/leaflet-src.esm.js'], noDiscovery: true } },
        'serve',
      );
      await optimizeDeps(config, true);
      const deps = join(cacheDir, 'deps');
      return readdirSync(deps).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(deps, f), 'utf8')).join('\n');
    };
    assert.match(await prebundle([], join(tmp, 'cache-without')), PROBE, 'the probe (without the plugin)');
    const out = await prebundle([parvisLeafletTrustedTypes()], join(tmp, 'cache-with'));
    assert.match(out, /createSVGRect/, 'Leaflet is pre-bundled');
    assert.doesNotMatch(out, PROBE);
  });
});
