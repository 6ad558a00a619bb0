#!/usr/bin/env node
// Générateur de thème pour une collectivité :
//   pnpm theme --name <slug> --brand <#hex> [--accent <#hex>] [--font <pile>] [--out <dossier>]
// Écrit <slug>.tokens.json (surcharges DTCG), <slug>.css (tous les jetons, portée
// `:root, .pv-theme-<slug>, [data-pv-theme="<slug>"]`) et README.md. Quand la couleur de marque
// ne donne pas 4,5:1, des nuances accessibles sont dérivées (OKLCH, teinte conservée) et affichées.
import { realpathSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contrastRatio, deltaE, deriveRole, formatRatio, normalizeHex, parseHex } from './color.mjs';
import { checkThemeContrast, contrastReport, formatFailures } from './contrast.mjs';
import { stringifyTokens } from './json.mjs';
import { PACKAGE_DIR, RESERVED_THEME_NAMES, THEMES_DIR, cssBlock, surfaceBlock, loadTheme, resolveTokens, themeSelector, valuesOf } from './lib.mjs';

const USAGE = `Usage : pnpm theme --name <slug> --brand <#hex> [--accent <#hex>] [--font <pile>] [--out <dossier>]

  --name    identifiant du thème : minuscules, chiffres et tirets (ex. ville-de-saint-lo)
  --brand   couleur principale de la collectivité, en hexadécimal (#1a6b5c ou 1a6b5c)
  --accent  couleur d'accent (facultatif ; sinon l'accent Parvis est gardé)
  --font    pile de polices (facultatif), ex. "Luciole, Arial, sans-serif" ; fontes auto-hébergées
  --out     dossier de sortie (défaut : packages/tokens/themes/<slug>)

Le # commence un commentaire dans le shell : écrivez --brand '#e4a11b' (entre guillemets) ou --brand e4a11b.`;

/** Input errors: exit code 2, French message. */
export class ThemeInputError extends Error {}

const SLUG_RE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
// The State's identity (bleu France / rouge Marianne): a collectivité theme should not imitate it.
const STATE_COLOURS = { '#000091': 'bleu France', '#e1000f': 'rouge Marianne' };

/** @param {string[]} argv */
export function parseArgs(argv) {
  const known = new Set(['name', 'brand', 'accent', 'font', 'out', 'help']);
  /** @type {Record<string, string | true>} */
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') continue;
    const m = /^--([a-z]+)(?:=(.*))?$/s.exec(arg);
    if (!m) throw new ThemeInputError(`Argument inattendu : « ${arg} ».`);
    const [, key, inline] = m;
    if (!known.has(key)) throw new ThemeInputError(`Option inconnue : --${key}.`);
    if (key === 'help') {
      opts.help = true;
      continue;
    }
    const value = inline ?? argv[i + 1];
    if (inline === undefined) i++;
    if (value === undefined || (inline === undefined && value.startsWith('--')))
      throw new ThemeInputError(
        `Valeur manquante pour --${key}.${key === 'brand' || key === 'accent' ? ` Pensez aux guillemets : --${key} '#e4a11b' (dans le shell, # commence un commentaire).` : ''}`,
      );
    opts[key] = value;
  }
  return opts;
}

/** @param {Record<string, string | true>} opts */
export function validate(opts) {
  const name = String(opts.name ?? '');
  if (!name) throw new ThemeInputError('Nom manquant : --name <slug> (ex. --name ville-de-saint-lo).');
  if (!SLUG_RE.test(name) || name.length > 50)
    throw new ThemeInputError(
      `Nom invalide : « ${name} ». Utilisez des minuscules sans accents, des chiffres et des tirets, en commençant par une lettre (50 caractères au plus), ex. ville-de-saint-lo.`,
    );
  if (RESERVED_THEME_NAMES.includes(name))
    throw new ThemeInputError(`Nom réservé : « ${name} » est un thème intégré de Parvis. Choisissez le nom de la collectivité.`);

  const colour = (key, label) => {
    const raw = opts[key];
    if (raw === undefined) return undefined;
    const rgb = parseHex(String(raw));
    if (!rgb || rgb.a < 1 || ![3, 6].includes(String(raw).replace('#', '').length))
      throw new ThemeInputError(
        `${label} invalide : « ${raw} ». Attendu : une couleur hexadécimale opaque, #rrggbb ou #rgb (ex. '#1a6b5c').`,
      );
    return normalizeHex(String(raw));
  };
  const brand = colour('brand', 'Couleur de marque');
  if (!brand) throw new ThemeInputError("Couleur de marque manquante : --brand '#rrggbb'.");
  const accent = colour('accent', "Couleur d'accent");

  let font;
  if (opts.font !== undefined) {
    const raw = String(opts.font).trim();
    if (!raw || raw.length > 300 || /[;{}<>\\@]|url\s*\(|\/\*/i.test(raw))
      throw new ThemeInputError(
        `Pile de polices invalide : « ${opts.font} ». Donnez des noms de familles séparés par des virgules (ex. "Luciole, Arial, sans-serif"), sans url(), ni ; { } @.`,
      );
    if (/marianne|spectral/i.test(raw))
      throw new ThemeInputError(
        'Les fontes Marianne et Spectral sont réservées aux sites de l’État (DSFR) : une collectivité ne peut pas les utiliser. Choisissez une autre police.',
      );
    font = raw
      .split(',')
      .map((f) => f.trim().replace(/^(['"])(.*)\1$/, '$2'))
      .filter(Boolean);
    if (!/^(serif|sans-serif|monospace|system-ui|cursive|fantasy|ui-[a-z-]+)$/.test(font.at(-1)))
      font.push('sans-serif'); // always end on a generic family
  }
  const out = opts.out === undefined ? undefined : String(opts.out);
  return { name, brand, accent, font, out };
}

/** Where a theme goes when --out is absent: the repository's themes/ folder, or ./<slug> when installed. */
function defaultOut(name) {
  const installed = PACKAGE_DIR.split(sep).includes('node_modules');
  return installed ? resolve(process.env.INIT_CWD ?? process.cwd(), name) : join(THEMES_DIR, name);
}

const ROLE_LABEL = { action: 'action (couleur de marque)', accent: 'accent' };

/**
 * Builds a collectivité theme. Returns what it wrote and the lines to print.
 * @param {{ name: string, brand: string, accent?: string, font?: string[], out?: string }} input
 */
export async function generateTheme({ name, brand, accent, font, out }) {
  const base = valuesOf(await resolveTokens(await loadTheme('default')));
  const bg = base['--pv-color-bg-default'];
  const context = {
    backgrounds: [bg, base['--pv-color-bg-subtle']],
    text: base['--pv-color-text-default'],
    inverse: base['--pv-color-action-inverse'],
  };

  const roles = { action: deriveRole(brand, context) };
  if (accent) roles.accent = deriveRole(accent, context);

  const log = [];
  const notes = [];
  const rows = [];
  const color = {};
  for (const [role, d] of Object.entries(roles)) {
    const token = (variant) => `--pv-color-${role}-${variant}`;
    const why = {
      default: d.changed
        ? `couleur fournie ${d.input} trop claire : contraste ${formatRatio(d.before)} → ${formatRatio(d.after)} sur le fond ${bg} (teinte conservée, luminosité OKLCH ajustée)`
        : `contraste ${formatRatio(d.after)} sur le fond ${bg}, couleur fournie conservée`,
      hover: `dérivée de ${d.default} (survol), contraste ${formatRatio(contrastRatio(d.hover, bg))}`,
      active: `dérivée de ${d.default} (appui), contraste ${formatRatio(contrastRatio(d.active, bg))}`,
      subtle: `teinte claire pour les fonds, texte ${formatRatio(contrastRatio(context.text, d.subtle))}, ${role} ${formatRatio(contrastRatio(d.default, d.subtle))}`,
      inverse: `texte sur ${role}, contraste ${formatRatio(contrastRatio(d.inverse, d.default))}`,
    };
    color[role] = { $description: `Rôle ${ROLE_LABEL[role]} généré depuis ${d.input}.` };
    for (const variant of ['default', 'hover', 'active', 'subtle', 'inverse']) {
      color[role][variant] = { $value: d[variant], $description: why[variant] };
      // "#ffcc00 → #8a6d00 : contraste 1.5:1 → 4.9:1 …" on the terminal
      const shown =
        variant === 'default' && d.changed
          ? `${d.input} → ${d.default} : ${why.default.replace(/^.*? : /, '')}`
          : `${d[variant]} : ${why[variant]}`;
      log.push(`  ${token(variant).padEnd(26)} ${shown}`);
      rows.push(`| \`${token(variant)}\` | \`${d[variant]}\` | ${why[variant]} |`);
    }
    if (d.lowChroma) notes.push(`La couleur ${d.input} (${role}) est presque grise : le thème sera peu coloré.`);
    for (const [hex, label] of Object.entries(STATE_COLOURS))
      if (deltaE(d.input, hex) < 0.08 || deltaE(d.default, hex) < 0.08)
        notes.push(
          `La couleur ${d.input} (${role}) est proche du ${label} (${hex}) de l’identité de l’État : évitez l’association bleu-blanc-rouge qui prête à confusion avec un site de l’État.`,
        );
  }

  const overrides = {
    $description: `Thème Parvis « ${name} » : surcharges de la couche sémantique du thème default.`,
    $extensions: {
      'fr.parvis.theme': { name, base: 'default', brand, ...(accent ? { accent } : {}), ...(font ? { font } : {}), generator: 'packages/tokens/scripts/theme.mjs' },
    },
    color: { $type: 'color', ...color },
  };
  if (font) {
    overrides.font = { family: { $type: 'fontFamily', base: { $value: font, $description: 'Pile de polices de la collectivité (fontes auto-hébergées).' } } };
    log.push(`  ${'--pv-font-family-base'.padEnd(26)} ${font.join(', ')}`);
    rows.push(`| \`--pv-font-family-base\` | \`${font.join(', ')}\` | Pile de polices de la collectivité |`);
  }

  const tokens = await resolveTokens(await loadTheme('default', overrides));
  const report = contrastReport(valuesOf(tokens));
  const failures = checkThemeContrast(valuesOf(tokens));
  if (failures.length) throw new Error(`Le thème généré ne respecte pas les contrastes :\n${formatFailures(failures)}`);

  const dir = out ? (isAbsolute(out) ? out : resolve(process.env.INIT_CWD ?? process.cwd(), out)) : defaultOut(name);
  await mkdir(dir, { recursive: true });
  const files = {
    [`${name}.tokens.json`]: stringifyTokens(overrides) + '\n',
    [`${name}.css`]:
      `/**\n * Thème Parvis « ${name} » (couleur de marque ${brand}${accent ? `, accent ${accent}` : ''}).\n` +
      ` * Généré par packages/tokens/scripts/theme.mjs : ne pas modifier à la main, relancer le générateur.\n */\n` +
      cssBlock(tokens, themeSelector(name)) + surfaceBlock(themeSelector(name)),
    'README.md': readme({ name, brand, accent, font, rows, report, notes }),
  };
  await Promise.all(Object.entries(files).map(([file, content]) => writeFile(join(dir, file), content)));
  return { dir, files: Object.keys(files), log, notes, tokens, report };
}

function minOf(report, kind) {
  const r = report.filter((x) => x.kind === kind).sort((a, b) => a.ratio - b.ratio)[0];
  return `${formatRatio(r.ratio)} (\`${r.fg}\` sur \`${r.bg}\`)`;
}

function readme({ name, brand, accent, font, rows, report, notes }) {
  const command = [`pnpm theme --name ${name} --brand '${brand}'`, accent && `--accent '${accent}'`, font && `--font "${font.join(', ')}"`]
    .filter(Boolean)
    .join(' ');
  return `# Thème Parvis « ${name} »

Généré par \`${command}\`.
Ne modifiez pas ces fichiers à la main : relancez la commande (ou éditez \`${name}.tokens.json\` puis relancez).

## Fichiers

- \`${name}.tokens.json\` : les surcharges, au format DTCG, de la couche sémantique du thème \`default\`.
- \`${name}.css\` : tous les jetons \`--pv-*\` (primitives, rôles, contrats des composants) sur
  \`${themeSelector(name)}\`.

## Ce qui change par rapport au thème par défaut

| Jeton | Valeur | Pourquoi |
| --- | --- | --- |
${rows.join('\n')}

Les rôles \`selected\` (élément sélectionné, étape en cours) suivent le rôle \`action\`. Tout le reste
(textes, fonds, bordures, focus, messages d’erreur, palette des graphiques…) reste celui du thème par
défaut de Parvis.
${notes.length ? `\n## Remarques\n\n${notes.map((n) => `- ${n}`).join('\n')}\n` : ''}
## Contrastes vérifiés

${report.length} paires contrôlées, toutes conformes :

- texte (4,5:1 minimum, WCAG 1.4.3) : plus faible ${minOf(report, 'texte')} ;
- composants d’interface et focus (3:1 minimum, WCAG 1.4.11) : plus faible ${minOf(report, 'interface')}.

## Utilisation

\`\`\`html
<link rel="stylesheet" href="/parvis/parvis.css">
<link rel="stylesheet" href="/parvis/themes/${name}.css">
<!-- sur toute la page (:root), ou seulement dans une zone : -->
<section data-pv-theme="${name}"> … composants Parvis … </section>
\`\`\`

Voir \`docs/theming.md\` dans le dépôt Parvis.
`;
}

async function main(argv) {
  let input;
  try {
    const opts = parseArgs(argv);
    if (opts.help) {
      console.log(USAGE);
      return 0;
    }
    input = validate(opts);
  } catch (error) {
    if (error instanceof ThemeInputError) {
      console.error(`Erreur : ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  const result = await generateTheme(input);
  const rel = relative(process.env.INIT_CWD ?? process.cwd(), result.dir);
  const where = !rel ? '.' : rel.startsWith('..') ? result.dir : rel;
  console.log(`Thème « ${input.name} » (marque ${input.brand}${input.accent ? `, accent ${input.accent}` : ''})`);
  for (const line of result.log) console.log(line);
  for (const note of result.notes) console.log(`  Attention : ${note}`);
  console.log(`Contrastes : ${result.report.length} paires vérifiées, toutes conformes (texte ≥ 4,5:1, interface ≥ 3:1).`);
  console.log(`Écrit dans ${where}/ : ${result.files.join(', ')}`);
  return 0;
}

// Run as a command (also through the `parvis-theme` bin symlink), not when imported.
if (process.argv[1] && realpathSync(resolve(process.argv[1])) === realpathSync(fileURLToPath(import.meta.url))) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(`Erreur : ${error.message}`);
      process.exit(1);
    },
  );
}
