// Contrast of every Parvis theme, computed from the built tokens (WCAG 1.4.3 text 4.5:1,
// WCAG 1.4.11 interface components and focus 3:1): the built-in themes, every collectivité theme
// committed under packages/tokens/themes/, and themes generated on the fly from failing colours.
// The pair list is written out here on purpose (not imported from the build) so that the rule
// and the code that enforces it stay independent; only the colour maths is shared.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  COLOR_VISION_DEFICIENCIES,
  contrastRatio,
  deltaE,
  formatRatio,
  parseColor,
  parseHex,
  simulateColorVision,
  toOklch,
} from '../../packages/tokens/scripts/color.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TOKENS = join(ROOT, 'packages/tokens');
const BUILD = join(TOKENS, 'scripts/build.mjs');
const GENERATOR = join(TOKENS, 'scripts/theme.mjs');
const THEMES = ['default', 'dark', 'high-contrast'];
const ROLES = ['action', 'accent', 'info', 'success', 'warning', 'error', 'disabled', 'selected', 'focus'];
/** The chart palette: `--pv-color-data-1` … `--pv-color-data-8`, in the order charts use them. */
const DATA = Array.from({ length: 8 }, (_, i) => `--pv-color-data-${i + 1}`);

/** @returns {Array<[fg: string, bg: string, min: number]>} */
function pairs() {
  const list = [];
  const text = (fg, bg) => list.push([`--pv-${fg}`, `--pv-${bg}`, 4.5]);
  const ui = (fg, bg) => list.push([`--pv-${fg}`, `--pv-${bg}`, 3]);
  for (const fg of ['color-text-default', 'color-text-subtle'])
    for (const bg of ['color-bg-default', 'color-bg-subtle', 'color-bg-muted']) text(fg, bg);
  text('color-text-inverse', 'color-bg-inverse');
  for (const role of ROLES) {
    for (const state of ['default', 'hover', 'active']) {
      text(`color-${role}-${state}`, 'color-bg-default');
      text(`color-${role}-inverse`, `color-${role}-${state}`);
    }
    text('color-text-default', `color-${role}-subtle`);
    text(`color-${role}-default`, `color-${role}-subtle`);
  }
  for (const fg of ['color-border-default', 'color-border-strong', 'color-focus-default'])
    for (const bg of ['color-bg-default', 'color-bg-subtle']) ui(fg, bg);
  ui('color-focus-default', 'color-focus-inverse');
  ui('progress-bar', 'progress-track');
  ui('control-border', 'control-background');
  // Chart series are graphical objects (WCAG 1.4.11), on the page or in a tinted box.
  for (const data of DATA) for (const bg of ['color-bg-default', 'color-bg-subtle']) ui(data.slice(5), bg);
  return list;
}

/**
 * Neighbours in the chart palette (bars side by side, adjacent slices; the last slice of a pie
 * touches the first) must differ by hue and by lightness, and stay apart for the three
 * dichromacies. Lightness is what survives every colour-vision deficiency; the patterns over the
 * colours are the other cue. Returns problems as readable lines.
 */
function paletteProblems(values) {
  const out = [];
  const colours = DATA.map((name) => values[name]);
  const missing = DATA.filter((name, i) => !parseColor(colours[i] ?? '') || parseColor(colours[i]).a < 1);
  if (missing.length) return [`absent ou non opaque : ${missing.join(', ')}`];
  if (new Set(colours).size !== colours.length) out.push(`couleurs en double : ${colours.join(' ')}`);
  const hueGap = (a, b) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));
  for (let i = 0; i < DATA.length; i++) {
    const j = (i + 1) % DATA.length;
    const [a, b] = [colours[i], colours[j]];
    const pair = `${DATA[i]} (${a}) / ${DATA[j]} (${b})`;
    const [p, q] = [toOklch(a), toOklch(b)];
    if (Math.abs(p.l - q.l) < 0.1) out.push(`${pair} : luminosité trop proche (ΔL ${Math.abs(p.l - q.l).toFixed(3)} < 0,1)`);
    if (hueGap(p.h, q.h) < 30) out.push(`${pair} : teinte trop proche (${hueGap(p.h, q.h).toFixed(0)}° < 30°)`);
    for (const kind of ['normale', ...COLOR_VISION_DEFICIENCIES]) {
      const seen = (c) => (kind === 'normale' ? c : simulateColorVision(c, kind));
      const d = deltaE(seen(a), seen(b));
      if (d < 0.1) out.push(`${pair} : trop proches en vision ${kind} (ΔE OKLab ${d.toFixed(3)} < 0,1)`);
    }
  }
  return out;
}

/**
 * Resolves the custom properties of the first rule of a theme CSS file (follows var() chains),
 * i.e. what a browser computes for an element inside `[data-pv-theme=…]`.
 */
function resolveCss(css) {
  const body = /\{([^{}]*)\}/.exec(css.replace(/\/\*[\s\S]*?\*\//g, ''))?.[1] ?? '';
  const raw = new Map();
  for (const d of body.split(';')) {
    const i = d.indexOf(':');
    if (i > -1) raw.set(d.slice(0, i).trim(), d.slice(i + 1).trim());
  }
  const resolve = (name, seen = new Set()) => {
    if (seen.has(name)) throw new Error(`var() cycle at ${name}`);
    seen.add(name);
    const value = raw.get(name);
    if (value === undefined) return undefined;
    return value.replace(/var\((--[\w-]+)\)/g, (_, ref) => resolve(ref, seen) ?? `var(${ref})`);
  };
  return Object.fromEntries([...raw.keys()].map((name) => [name, resolve(name)]));
}

/** Checks every pair; returns failures as readable lines (pair, values, ratio). */
function failures(values) {
  const out = [];
  for (const [fg, bg, min] of pairs()) {
    const a = parseColor(values[fg] ?? '');
    const b = parseColor(values[bg] ?? '');
    if (!a || !b || a.a < 1 || b.a < 1) {
      out.push(`${fg} (${values[fg]}) sur ${bg} (${values[bg]}) : couleur absente ou non opaque`);
      continue;
    }
    const ratio = contrastRatio(a, b);
    if (ratio < min) out.push(`${fg} (${values[fg]}) sur ${bg} (${values[bg]}) : ${formatRatio(ratio)} < ${min}:1`);
  }
  return out;
}

function minima(values) {
  const min = { 4.5: Infinity, 3: Infinity };
  for (const [fg, bg, m] of pairs()) min[m] = Math.min(min[m], contrastRatio(values[fg], values[bg]));
  return `texte ${formatRatio(min[4.5])}, interface ${formatRatio(min[3])}`;
}

const run = (script, args) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

let tmp;
let built;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'pv-tokens-contrast-'));
  const result = run(BUILD, ['--out-dir', join(tmp, 'dist')]);
  assert.equal(result.status, 0, `build failed:\n${result.stdout}\n${result.stderr}`);
  built = JSON.parse(readFileSync(join(tmp, 'dist/tokens.json'), 'utf8'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('colour maths', () => {
  test('WCAG contrast ratio', () => {
    assert.equal(contrastRatio('#000000', '#ffffff'), 21);
    assert.equal(contrastRatio('#ffffff', '#ffffff'), 1);
    assert.equal(formatRatio(contrastRatio('#767676', '#ffffff')), '4.5:1');
    assert.ok(contrastRatio('#777777', '#ffffff') < 4.5);
    assert.deepEqual(parseHex('#abc'), { r: 0xaa, g: 0xbb, b: 0xcc, a: 1 });
    assert.equal(parseHex('#12345g'), null);
    assert.equal(formatRatio(4.4999), '4.4:1', 'never rounds a failing ratio up to 4.5');
  });
});

describe('built-in themes', () => {
  for (const theme of THEMES) {
    test(`${theme}: every text pair ≥ 4.5:1, every interface pair ≥ 3:1`, (t) => {
      const values = Object.fromEntries(built.themes[theme].map((tk) => [tk.name, tk.value]));
      assert.deepEqual(failures(values), [], `contrast failures in ${theme}`);
      t.diagnostic(`${theme} : minima ${minima(values)}`);
    });

    test(`${theme}: the CSS file computes the same colours as tokens.json`, () => {
      const css = resolveCss(readFileSync(join(tmp, `dist/themes/${theme}.css`), 'utf8'));
      for (const tk of built.themes[theme]) assert.equal(css[tk.name], tk.value, `${theme}: ${tk.name}`);
    });
  }
});

describe('chart palette (--pv-color-data-*)', () => {
  test('colour-vision simulation: greys stay greys, red and green meet for deuteranopia', () => {
    for (const kind of COLOR_VISION_DEFICIENCIES) {
      assert.equal(simulateColorVision('#ffffff', kind), '#ffffff', kind);
      assert.equal(simulateColorVision('#777777', kind), '#777777', kind);
    }
    assert.ok(deltaE('#d62728', '#2ca02c') > 0.2);
    assert.ok(deltaE(simulateColorVision('#d62728', 'deuteranopia'), simulateColorVision('#2ca02c', 'deuteranopia')) < 0.1);
  });

  const committed = existsSync(join(TOKENS, 'themes'))
    ? readdirSync(join(TOKENS, 'themes'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
    : [];
  for (const theme of [...THEMES, ...committed]) {
    test(`${theme}: neighbours differ in hue and lightness, also for protanopia, deuteranopia, tritanopia`, (t) => {
      const values = THEMES.includes(theme)
        ? Object.fromEntries(built.themes[theme].map((tk) => [tk.name, tk.value]))
        : resolveCss(readFileSync(join(TOKENS, 'themes', theme, `${theme}.css`), 'utf8'));
      assert.deepEqual(paletteProblems(values), [], `chart palette of ${theme}`);
      const ratios = DATA.map((name) => formatRatio(Math.min(contrastRatio(values[name], values['--pv-color-bg-default']), contrastRatio(values[name], values['--pv-color-bg-subtle']))));
      t.diagnostic(`${theme} : ${DATA.map((name, i) => `${values[name]} ${ratios[i]}`).join(', ')}`);
    });
  }
});

describe('collectivité themes', () => {
  const dir = join(TOKENS, 'themes');
  const committed = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : [];

  test('at least one example theme is committed', () => {
    assert.ok(committed.length > 0, 'packages/tokens/themes/ has no theme');
  });

  for (const slug of committed) {
    test(`themes/${slug}: files present, scoped, and contrasts pass`, (t) => {
      for (const file of [`${slug}.tokens.json`, `${slug}.css`, 'README.md']) assert.ok(existsSync(join(dir, slug, file)), `${slug}/${file}`);
      const css = readFileSync(join(dir, slug, `${slug}.css`), 'utf8');
      assert.ok(css.includes(`:root, .pv-theme-${slug}, [data-pv-theme="${slug}"] {`), 'scoped selector');
      const values = resolveCss(css);
      assert.deepEqual(failures(values), [], `contrast failures in ${slug}`);
      t.diagnostic(`${slug} : minima ${minima(values)}`);
    });
  }

  test('a theme generated from a failing colour is derived to pass, and says what it changed', (t) => {
    const out = join(tmp, 'jaune');
    const result = run(GENERATOR, ['--name', 'commune-jaune', '--brand', '#ffcc00', '--accent', '#7fd3ff', '--font', 'Luciole, Arial', '--out', out]);
    assert.equal(result.status, 0, result.stderr);
    // "#ffcc00 → #xxxxxx : contraste 1.5:1 → 4.9:1"
    assert.match(result.stdout, /#ffcc00 → #[0-9a-f]{6} : contraste 1\.\d:1 → (4\.[5-9]|[5-9]\.\d):1/);
    assert.match(result.stdout, /#7fd3ff → #[0-9a-f]{6} : contraste/);
    const tokens = JSON.parse(readFileSync(join(out, 'commune-jaune.tokens.json'), 'utf8'));
    assert.notEqual(tokens.color.action.default.$value, '#ffcc00');
    const values = resolveCss(readFileSync(join(out, 'commune-jaune.css'), 'utf8'));
    assert.equal(values['--pv-font-family-base'], 'Luciole, Arial, sans-serif');
    assert.equal(values['--pv-color-action-default'], tokens.color.action.default.$value);
    assert.equal(values['--pv-button-background'], tokens.color.action.default.$value, 'component contracts follow the overrides');
    assert.equal(values['--pv-color-selected-default'], tokens.color.action.default.$value);
    assert.deepEqual(failures(values), []);
    t.diagnostic(`commune-jaune : minima ${minima(values)}`);
    assert.match(readFileSync(join(out, 'README.md'), 'utf8'), /#ffcc00/);
  });

  test('a brand colour that already passes is kept', () => {
    const out = join(tmp, 'sombre');
    const result = run(GENERATOR, ['--name', 'commune-sombre', '--brand', '#1b4d3e', '--out', out]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /couleur fournie conservée/);
    const values = resolveCss(readFileSync(join(out, 'commune-sombre.css'), 'utf8'));
    assert.equal(values['--pv-color-action-default'], '#1b4d3e');
    assert.deepEqual(failures(values), []);
  });

  test('invalid input exits with code 2 and a French message', () => {
    const cases = [
      [['--name', 'Ma Commune', '--brand', '#1b4d3e'], /Nom invalide/],
      [['--name', 'ma-commune', '--brand', '#12345g'], /Couleur de marque invalide/],
      [['--name', 'ma-commune', '--brand'], /Valeur manquante pour --brand.*guillemets/],
      [['--name', 'ma-commune'], /Couleur de marque manquante/],
      [['--name', 'dark', '--brand', '#1b4d3e'], /Nom réservé/],
      [['--name', 'ma-commune', '--brand', '#1b4d3e', '--font', 'x; }'], /Pile de polices invalide/],
      [['--name', 'ma-commune', '--brand', '#1b4d3e', '--font', 'Marianne, arial'], /réservées aux sites de l’État/],
    ];
    for (const [args, message] of cases) {
      const result = run(GENERATOR, [...args, '--out', join(tmp, 'never')]);
      assert.equal(result.status, 2, `${args.join(' ')} → ${result.status}\n${result.stderr}`);
      assert.match(result.stderr, message);
      assert.ok(!existsSync(join(tmp, 'never')), 'nothing is written on bad input');
    }
  });
});
