// The contrast rules a Parvis theme must meet (WCAG 1.4.3 text 4.5:1, 1.4.11 UI 3:1), checked by
// the build (built-in themes) and by the theme generator (collectivité themes). The node tests
// keep their own copy of the list on purpose, so that the rule and its check stay independent.
import { contrastRatio, formatRatio, parseColor } from './color.mjs';

export const ROLES = ['action', 'accent', 'info', 'success', 'warning', 'error', 'disabled', 'selected', 'focus'];
export const TEXT = 4.5;
export const UI = 3;
/** Size of the categorical palette of the charts (`--pv-color-data-1` …). */
export const DATA_COLOURS = 8;

const v = (name) => `--pv-${name}`;

/** @returns {Array<{ fg: string, bg: string, min: number, kind: 'texte' | 'interface' }>} */
export function contrastPairs() {
  const pairs = [];
  const text = (fg, bg) => pairs.push({ fg: v(fg), bg: v(bg), min: TEXT, kind: 'texte' });
  const ui = (fg, bg) => pairs.push({ fg: v(fg), bg: v(bg), min: UI, kind: 'interface' });
  for (const fg of ['color-text-default', 'color-text-subtle'])
    for (const bg of ['color-bg-default', 'color-bg-subtle', 'color-bg-muted']) text(fg, bg);
  text('color-text-inverse', 'color-bg-inverse');
  for (const role of ROLES) {
    for (const state of ['default', 'hover', 'active']) {
      text(`color-${role}-${state}`, 'color-bg-default');
      text(`color-${role}-inverse`, `color-${role}-${state}`);
    }
    text(`color-${role}-default`, 'color-bg-subtle');
    text('color-text-default', `color-${role}-subtle`);
    text(`color-${role}-default`, `color-${role}-subtle`);
  }
  for (const fg of ['color-border-default', 'color-border-strong', 'color-focus-default'])
    for (const bg of ['color-bg-default', 'color-bg-subtle']) ui(fg, bg);
  ui('color-focus-default', 'color-focus-inverse');
  ui('control-border', 'control-background');
  ui('progress-bar', 'progress-track');
  for (const state of ['done', 'current', 'todo', 'error']) ui(`stepper-${state}`, 'color-bg-default');
  // Chart series (bars, slices, lines) are graphical objects: 3:1 against the surfaces a chart is
  // drawn on (WCAG 1.4.11). The patterns over them are drawn in bg-default, so this pair also
  // keeps the patterns visible.
  for (let n = 1; n <= DATA_COLOURS; n++) for (const bg of ['color-bg-default', 'color-bg-subtle']) ui(`color-data-${n}`, bg);
  return pairs;
}

/**
 * @param {Record<string, string>} values custom property name -> resolved colour
 * @returns {Array<{ fg: string, bg: string, fgValue: string, bgValue: string, ratio: number, min: number, kind: string, pass: boolean }>}
 */
export function contrastReport(values) {
  return contrastPairs().map((pair) => {
    const fgValue = values[pair.fg];
    const bgValue = values[pair.bg];
    const fg = parseColor(fgValue ?? '');
    const bg = parseColor(bgValue ?? '');
    if (!fg || !bg || fg.a < 1 || bg.a < 1) return { ...pair, fgValue, bgValue, ratio: 0, pass: false };
    const ratio = contrastRatio(fg, bg);
    return { ...pair, fgValue, bgValue, ratio, pass: ratio >= pair.min };
  });
}

/** Only the failing pairs. */
export function checkThemeContrast(values) {
  return contrastReport(values).filter((r) => !r.pass);
}

/** One line per failing pair, with its values. */
export function formatFailures(failures) {
  return failures
    .map((f) =>
      f.ratio === 0
        ? `  ${f.fg} (${f.fgValue ?? 'absent'}) sur ${f.bg} (${f.bgValue ?? 'absent'}) : couleur absente ou transparente`
        : `  ${f.fg} (${f.fgValue}) sur ${f.bg} (${f.bgValue}) : ${formatRatio(f.ratio)} < ${f.min}:1 (${f.kind})`,
    )
    .join('\n');
}
