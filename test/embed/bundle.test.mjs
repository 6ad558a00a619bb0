// Static checks of packages/embed/dist (no browser): what the script-tag bundle must and must not
// contain.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { dist, requireDist } from './helpers.mjs';

requireDist();
const chunks = readdirSync(join(dist, 'chunks')).filter((f) => f.endsWith('.js'));
const read = (f) => readFileSync(join(dist, f), 'utf8');

describe('script-tag bundle (dist)', () => {
  it('has one stable entry and content-hashed chunks', () => {
    assert.ok(chunks.length >= 3, chunks.join(', '));
    for (const c of chunks) assert.match(c, /^[a-z0-9-]+-[A-Za-z0-9_-]{8}\.js$/, c);
    for (const name of ['base', 'form', 'extra']) assert.equal(chunks.filter((c) => c.startsWith(`${name}-`)).length, 1, `one ${name} chunk`);
  });

  it('the autoloader is small and contains no Lit', () => {
    const entry = read('parvis.js');
    assert.ok(gzipSync(entry, { level: 9 }).length <= 2000, 'parvis.js ≤ 2 kB gzip');
    assert.doesNotMatch(entry, /lit-html|LitElement|attachShadow|adoptedStyleSheets|createPolicy/);
    assert.doesNotMatch(entry, /^import\s|[;}]import\s*[{"'`]/m, 'no static import: the entry loads nothing before it finds an element');
    assert.doesNotMatch(entry, /modulepreload|document\.head/, 'never writes into the host page <head>');
  });

  it('is a production build: no Lit dev mode, no source decorators, Lit policy renamed', () => {
    const all = chunks.map((c) => read(`chunks/${c}`)).join('\n');
    assert.doesNotMatch(all, /Lit is in dev mode|lit\.dev\/msg/, 'Lit development build');
    assert.doesNotMatch(all, /createPolicy\(\s*["'`]lit-html/, "Lit's default Trusted Types policy name");
    assert.equal(all.match(/createPolicy\(\s*["'`]parvis["'`]/g)?.length, 1, "one 'parvis' policy");
    assert.doesNotMatch(all, /sourceMappingURL/, 'no source map reference');
  });

  it('every file parses as JavaScript in Node (no untransformed decorators or accessor syntax)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parvis-embed-'));
    try {
      for (const f of ['parvis.js', ...chunks.map((c) => `chunks/${c}`)]) {
        const copy = join(dir, f.replace('/', '_') + '.mjs');
        copyFileSync(join(dist, f), copy);
        execFileSync(process.execPath, ['--check', copy], { stdio: 'pipe' });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('parvis.css carries the theme and a layout-only guard that hides nothing', () => {
    const css = read('parvis.css');
    assert.match(css, /--pv-color-action-default/);
    assert.match(css, /:not\(:defined\)\{display:block\}/);
    assert.doesNotMatch(css, /:not\(:defined\)[^{]*\{[^}]*(visibility|opacity|display:\s*none)/, 'nothing hidden before definition');
    assert.doesNotMatch(css, /url\(|@import|@font-face/, 'no further request from the CSS');
  });
});
