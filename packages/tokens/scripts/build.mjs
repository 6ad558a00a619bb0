#!/usr/bin/env node
// Builds @parvis/tokens: one Style Dictionary run per built-in theme (so aliases resolve per theme),
// then writes
//   dist/themes/<theme>.css   every token on `:root, .pv-theme-<theme>, [data-pv-theme="<theme>"]`
//   dist/themes/auto.css      `[data-pv-theme="auto"]`: default values, dark ones under prefers-color-scheme
//   dist/parvis.css           default on :root, essential tokens only (what the script tag loads)
//   dist/tokens.json          flat list per theme (docs page, contrast tests)
// and fails when a built-in theme breaks a contrast rule.
// `--out-dir <dir>` writes elsewhere than dist/ (the node tests build into a temporary folder).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { checkThemeContrast, formatFailures } from './contrast.mjs';
import { DIST_DIR, THEMES, checkLayers, cssBlock, loadTheme, resolveTokens, surfaceBlock, themeSelector, valuesOf, essentialTokens } from './lib.mjs';

const started = performance.now();
const pkg = { name: '@parvis/tokens' };
const outFlag = process.argv.indexOf('--out-dir');
const OUT_DIR = outFlag > -1 ? resolve(process.argv[outFlag + 1] ?? '') : DIST_DIR;

const AUTO = '[data-pv-theme="auto"], .pv-theme-auto';
const header = (what) =>
  `/**\n * ${pkg.name} — ${what}\n * Généré par packages/tokens/scripts/build.mjs depuis tokens/**.tokens.json : ne pas modifier à la main.\n */\n`;

await checkLayers();

/** @type {Record<string, import('./lib.mjs').FlatToken[]>} */
const tokens = Object.fromEntries(
  await Promise.all(THEMES.map(async (theme) => [theme, await resolveTokens(await loadTheme(theme))])),
);

const problems = [];
for (const theme of THEMES) {
  const failures = checkThemeContrast(valuesOf(tokens[theme]));
  if (failures.length) problems.push(`Thème ${theme} :\n${formatFailures(failures)}`);
}
if (problems.length) {
  console.error(`Contrastes insuffisants — build refusé :\n${problems.join('\n')}`);
  process.exit(1);
}

if (OUT_DIR === DIST_DIR) await rm(DIST_DIR, { recursive: true, force: true });
await mkdir(join(OUT_DIR, 'themes'), { recursive: true });

const autoCss =
  cssBlock(tokens.default, AUTO) + cssBlock(tokens.dark, ['@media (prefers-color-scheme: dark)', AUTO]) + surfaceBlock(AUTO);
/** Every token of a theme on its selector, plus the surface its scoped form paints. */
const themeCss = (theme, options) => cssBlock(tokens[theme], themeSelector(theme, options)) + surfaceBlock(themeSelector(theme, options));
const writes = [
  ...THEMES.map((theme) => [`themes/${theme}.css`, header(`thème ${theme}`) + themeCss(theme)]),
  ['themes/auto.css', header('thème auto : clair, ou sombre si le système le demande (prefers-color-scheme)') + autoCss],
  [
    // Loaded by every script-tag page: the default theme only, essential tokens only
    // (dark, high-contrast and auto are one extra <link> away in themes/).
    'parvis.css',
    header('thème par défaut sur :root (autres thèmes : themes/*.css)') +
      cssBlock(essentialTokens(tokens.default), themeSelector('default')) +
      surfaceBlock(themeSelector('default')),
  ],
  [
    'tokens.json',
    // One token per line: readable, and diffs stay small.
    `{\n  "$description": "Jetons Parvis : liste à plat par thème (propriété CSS, valeur résolue, type, description, couche, alias).",\n  "themes": {\n${THEMES.map(
      (theme) => `    ${JSON.stringify(theme)}: [\n${tokens[theme].map((t) => `      ${JSON.stringify(t)}`).join(',\n')}\n    ]`,
    ).join(',\n')}\n  }\n}\n`,
  ],
];
await Promise.all(writes.map(([file, content]) => writeFile(join(OUT_DIR, file), content)));

const count = tokens.default.length;
console.log(
  `@parvis/tokens : ${count} jetons × ${THEMES.length} thèmes → ${OUT_DIR === DIST_DIR ? 'dist' : OUT_DIR}/ (${writes.map(([f]) => f).join(', ')}) en ${Math.round(performance.now() - started)} ms`,
);
