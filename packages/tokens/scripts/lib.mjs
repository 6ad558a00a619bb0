// Shared by build.mjs and theme.mjs: reads the three DTCG layers, merges a theme's semantic layer
// (and optional overrides), resolves it with Style Dictionary into a flat list, writes CSS blocks.
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseColor, toHex } from './color.mjs';

export const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const TOKENS_DIR = join(PACKAGE_DIR, 'tokens');
export const DIST_DIR = join(PACKAGE_DIR, 'dist');
export const THEMES_DIR = join(PACKAGE_DIR, 'themes');

/** Built-in themes; `default` is the light theme. */
export const THEMES = /** @type {const} */ (['default', 'dark', 'high-contrast']);
/** Names a generated theme may not take (built-in themes and the auto mode). */
export const RESERVED_THEME_NAMES = [...THEMES, 'auto', 'light'];
export const PREFIX = 'pv';

/** `:root, .pv-theme-<name>, [data-pv-theme="<name>"]` */
export function themeSelector(name, { root = true } = {}) {
  return [root ? ':root' : null, `.pv-theme-${name}`, `[data-pv-theme="${name}"]`].filter(Boolean).join(', ');
}

const isPlainObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const isToken = (v) => isPlainObject(v) && '$value' in v;

/** Deep merge of DTCG trees; tokens in `over` replace tokens in `base` (properties merged). */
export function mergeTokens(base, over) {
  const out = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (isToken(value) || !isPlainObject(value) || !isPlainObject(out[key])) out[key] = isToken(value) && isToken(out[key]) ? { ...out[key], ...value } : value;
    else out[key] = mergeTokens(out[key], value);
  }
  return out;
}

/** Visits every token of a tree: cb(pathArray, token). */
export function walkTokens(tree, cb, path = []) {
  for (const [key, value] of Object.entries(tree)) {
    if (key.startsWith('$')) continue;
    if (isToken(value)) cb([...path, key], value);
    else if (isPlainObject(value)) walkTokens(value, cb, [...path, key]);
  }
}

async function readJson(file) {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`${relative(PACKAGE_DIR, file)}: ${error.message}`);
  }
}

/** Merges every `*.tokens.json` of a directory (sorted); two files may not define the same token. */
async function readDir(dir) {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.tokens.json')).sort();
  let tree = {};
  const seen = new Map();
  for (const file of files) {
    const json = await readJson(join(dir, file));
    walkTokens(json, (path) => {
      const id = path.join('.');
      if (seen.has(id)) throw new Error(`Token ${id} defined twice: ${seen.get(id)} and ${file}`);
      seen.set(id, file);
    });
    tree = mergeTokens(tree, json);
  }
  return tree;
}

const layerCache = new Map();
/** @param {'primitives' | 'components' | `semantic/${string}`} what */
async function readLayer(what) {
  if (!layerCache.has(what)) {
    layerCache.set(
      what,
      what.startsWith('semantic/') ? readJson(join(TOKENS_DIR, `${what}.tokens.json`)) : readDir(join(TOKENS_DIR, what)),
    );
  }
  return layerCache.get(what);
}

/**
 * The full token tree of a theme and the layer of each token.
 * @param {string} theme a built-in theme name (its semantic file is the base)
 * @param {object} [overrides] a DTCG tree merged over the semantic layer (generated themes)
 */
export async function loadTheme(theme, overrides) {
  const [primitives, components] = await Promise.all([readLayer('primitives'), readLayer('components')]);
  let semantic = await readLayer(`semantic/${theme}`);
  /** @type {Map<string, 'primitives' | 'semantic' | 'components'>} */
  const layerOf = new Map();
  walkTokens(primitives, (p) => layerOf.set(p.join('.'), 'primitives'));
  if (overrides) {
    // Overrides may target primitives (font stack) or semantic tokens; they are "semantic" only
    // when they land on a semantic token.
    semantic = mergeTokens(semantic, pick(overrides, (id) => !layerOf.has(id)));
  }
  walkTokens(semantic, (p) => {
    const id = p.join('.');
    if (layerOf.has(id)) throw new Error(`Semantic token ${id} (${theme}) collides with a primitive`);
    layerOf.set(id, 'semantic');
  });
  walkTokens(components, (p) => {
    const id = p.join('.');
    if (layerOf.has(id)) throw new Error(`Component token ${id} collides with a ${layerOf.get(id)} token`);
    layerOf.set(id, 'components');
  });
  let tree = mergeTokens(mergeTokens(primitives, semantic), components);
  if (overrides) tree = mergeTokens(tree, pick(overrides, (id) => layerOf.get(id) === 'primitives'));
  return { tree, layerOf };
}

/** Copy of a DTCG tree keeping only the tokens whose dotted id passes `keep` (group metadata kept). */
function pick(tree, keep, path = []) {
  const out = {};
  for (const [key, value] of Object.entries(tree)) {
    if (key.startsWith('$')) out[key] = value;
    else if (isToken(value)) {
      if (keep([...path, key].join('.'))) out[key] = value;
    } else if (isPlainObject(value)) {
      const sub = pick(value, keep, [...path, key]);
      if (Object.keys(sub).some((k) => !k.startsWith('$'))) out[key] = sub;
    }
  }
  return out;
}

/** Semantic layer rules: every theme defines the same names; components only read semantic colours. */
export async function checkLayers() {
  const ids = {};
  for (const theme of THEMES) {
    ids[theme] = new Set();
    walkTokens(await readLayer(`semantic/${theme}`), (p) => ids[theme].add(p.join('.')));
  }
  const problems = [];
  for (const theme of THEMES.slice(1)) {
    for (const id of ids.default) if (!ids[theme].has(id)) problems.push(`semantic/${theme}: missing ${id}`);
    for (const id of ids[theme]) if (!ids.default.has(id)) problems.push(`semantic/${theme}: ${id} is not in semantic/default`);
  }
  walkTokens(await readLayer('components'), (p, token) => {
    if (JSON.stringify(token.$value).includes('{palette.'))
      problems.push(`components: ${p.join('.')} reads a palette colour; reference a semantic role (color.*) instead`);
  });
  if (problems.length) throw new Error(`Token layer rules broken:\n  ${problems.join('\n  ')}`);
}

/** Style Dictionary, loaded on first use (the theme generator validates its input without it). */
let sdPromise;
function loadStyleDictionary() {
  sdPromise ??= import('style-dictionary').then(({ default: StyleDictionary }) => {
    registerTransforms(StyleDictionary);
    return StyleDictionary;
  });
  return sdPromise;
}

function registerTransforms(StyleDictionary) {
  // DTCG dimensions: `{ value, unit }` -> "1.5em"; CSS keywords ("medium", "100%") pass through.
  StyleDictionary.registerTransform({
    name: 'pv/dimension',
    type: 'value',
    filter: (token) => token.$type === 'dimension',
    transform: (token) => {
      const v = token.$value;
      if (isPlainObject(v) && 'value' in v) return `${v.value}${v.unit ?? ''}`;
      return typeof v === 'number' ? `${v}px` : String(v);
    },
  });

  // Colours: lower-case `#rrggbb`, or `#rrggbbaa` when translucent (short, exact, valid CSS).
  StyleDictionary.registerTransform({
    name: 'pv/color',
    type: 'value',
    filter: (token) => token.$type === 'color',
    transform: (token) => {
      const rgba = parseColor(String(token.$value));
      if (!rgba) return token.$value;
      const hex = toHex(rgba);
      return rgba.a < 1 ? hex + Math.round(rgba.a * 255).toString(16).padStart(2, '0') : hex;
    },
  });
}

const TRANSFORMS = ['attribute/cti', 'name/kebab', 'pv/dimension', 'pv/color', 'fontFamily/css', 'shadow/css/shorthand'];
const LAYERS = ['primitives', 'semantic', 'components'];

/**
 * @typedef {{ name: string, value: string, type: string, description: string, layer: string, ref?: string }} FlatToken
 *   name: the custom property (`--pv-color-action-default`); value: resolved CSS value;
 *   ref: the custom property it aliases, when the source value is a reference.
 */

/**
 * Runs Style Dictionary (parse, resolve aliases, transform) on a merged theme tree and returns the
 * flat token list. CSS is written by `cssBlock`, so that references stay `var(--pv-…)`.
 * @param {{ tree: object, layerOf: Map<string, string> }} theme
 * @returns {Promise<FlatToken[]>}
 */
export async function resolveTokens({ tree, layerOf }) {
  const StyleDictionary = await loadStyleDictionary();
  const config = (verbosity) => ({
    tokens: tree,
    usesDtcg: true,
    log: { verbosity, warnings: 'disabled' },
    platforms: { css: { transforms: TRANSFORMS, prefix: PREFIX } },
  });
  let dictionary;
  try {
    dictionary = await new StyleDictionary(config('silent')).getPlatformTokens('css');
  } catch (error) {
    // Style Dictionary only details reference errors in verbose mode: rerun to get the details.
    await new StyleDictionary(config('verbose')).getPlatformTokens('css');
    throw error;
  }
  const nameOf = new Map(dictionary.allTokens.map((t) => [t.path.join('.'), `--${t.name}`]));
  // A token without a description takes its nearest group's (e.g. accent-hover: "Accent …").
  const inherited = new Map();
  (function walk(node, path, description) {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('$') || !isPlainObject(value)) continue;
      const id = [...path, key];
      if (isToken(value)) inherited.set(id.join('.'), value.$description ?? description);
      else walk(value, id, value.$description ?? description);
    }
  })(tree, [], '');
  const tokens = dictionary.allTokens.map((t) => {
    const id = t.path.join('.');
    const original = t.original?.$value;
    /** @type {FlatToken} */
    const entry = {
      name: `--${t.name}`,
      value: typeof t.$value === 'string' ? t.$value : JSON.stringify(t.$value),
      type: t.$type,
      description: t.$description ?? inherited.get(id) ?? '',
      layer: layerOf.get(id) ?? 'semantic',
    };
    const ref = typeof original === 'string' ? /^\{([^{}]+)\}$/.exec(original)?.[1] : undefined;
    if (ref) entry.ref = nameOf.get(ref);
    return entry;
  });
  // Source order inside each layer; layers in dependency order.
  return LAYERS.flatMap((layer) => tokens.filter((t) => t.layer === layer));
}

/**
 * A CSS rule setting every token; aliases are written `var(--pv-…)` so a theme stays readable and
 * a page can override one primitive or role and see it flow through.
 * @param {FlatToken[]} tokens
 * @param {string | string[]} selector a selector, or [at-rule, selector] to nest it
 */
export function cssBlock(tokens, selector) {
  const [outer, inner] = Array.isArray(selector) ? selector : [null, selector];
  const pad = outer ? '    ' : '  ';
  const lines = [];
  let layer = '';
  for (const t of tokens) {
    if (t.layer !== layer) {
      layer = t.layer;
      lines.push(`${pad}/* ${layer} */`);
    }
    lines.push(`${pad}${t.name}: ${t.ref ? `var(${t.ref})` : t.value};`);
  }
  const rule = `${outer ? '  ' : ''}${inner} {\n${lines.join('\n')}\n${outer ? '  ' : ''}}`;
  return outer ? `${outer} {\n${rule}\n}\n` : `${rule}\n`;
}

/**
 * A scoped theme (`data-pv-theme="dark"` on a widget inside a light commune page) must paint its own
 * surface: without it, light text from the dark theme would sit on the host page's white background.
 * `:root` is left alone, so loading a theme file never repaints the host page.
 * @param {string | string[]} selector the theme's selector, or [at-rule, selector]
 */
export function surfaceBlock(selector) {
  const [outer, inner] = Array.isArray(selector) ? selector : [null, selector];
  const scoped = inner.split(',').map((s) => s.trim()).filter((s) => s !== ':root').join(', ');
  const rule = `${outer ? '  ' : ''}${scoped} {\n${outer ? '    ' : '  '}color-scheme: var(--pv-color-scheme);\n${outer ? '    ' : '  '}background-color: var(--pv-color-bg-default);\n${outer ? '    ' : '  '}color: var(--pv-color-text-default);\n${outer ? '  ' : ''}}`;
  return outer ? `${outer} {\n${rule}\n}\n` : `${rule}\n`;
}

/**
 * The smallest token set that renders the default theme: `parvis.css` is loaded by every page that
 * uses the script tag. Palette entries are replaced by their resolved values and component contracts
 * are left out (every component reads them as `var(--pv-button-…, var(--pv-color-…))`, so the
 * semantic role is the default; a page may still set a contract). `themes/*.css` keep every layer.
 * @param {FlatToken[]} tokens
 */
export function essentialTokens(tokens) {
  const palette = (name) => name.startsWith(`--${PREFIX}-palette-`);
  return tokens
    .filter((t) => t.layer !== 'components' && !palette(t.name))
    .map((t) => (t.ref && palette(t.ref) ? { ...t, ref: undefined } : t));
}

/** Values by custom property name, resolved (for contrast checks). */
export function valuesOf(tokens) {
  return Object.fromEntries(tokens.map((t) => [t.name, t.value]));
}
