// Colour maths shared by the token build, the theme generator and the contrast tests.
// No dependency: sRGB hex parsing, WCAG 2.x relative luminance and contrast ratio, OKLCH
// conversion and the "find the nearest accessible shade" search used for collectivité themes.

/** @typedef {{ r: number, g: number, b: number, a: number }} Rgba  (r, g, b in 0..255; a in 0..1) */
/** @typedef {{ l: number, c: number, h: number }} Oklch */

const HEX_RE = /^#?([0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/**
 * Parses `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa` (the leading `#` is optional).
 * @param {string} input
 * @returns {Rgba | null}
 */
export function parseHex(input) {
  if (typeof input !== 'string') return null;
  const match = HEX_RE.exec(input.trim());
  if (!match) return null;
  let hex = match[1];
  if (hex.length <= 4) hex = [...hex].map((ch) => ch + ch).join('');
  const n = (i) => parseInt(hex.slice(i, i + 2), 16);
  return { r: n(0), g: n(2), b: n(4), a: hex.length === 8 ? n(6) / 255 : 1 };
}

/** True for an opaque or translucent hex colour the parser accepts. */
export function isHex(input) {
  return parseHex(input) !== null;
}

const RGB_FN_RE = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i;

/**
 * Parses a CSS colour as Style Dictionary writes it: hex, `rgb()`/`rgba()` (legacy or space syntax).
 * @param {string} input
 * @returns {Rgba | null}
 */
export function parseColor(input) {
  if (typeof input !== 'string') return null;
  const value = input.trim();
  const hex = parseHex(value);
  if (hex && value.startsWith('#')) return hex;
  const m = RGB_FN_RE.exec(value);
  if (m) {
    let a = 1;
    if (m[4] !== undefined) a = m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    return { r: +m[1], g: +m[2], b: +m[3], a };
  }
  return null;
}

/** @param {number} x */
const clamp255 = (x) => Math.min(255, Math.max(0, Math.round(x)));

/**
 * @param {{ r: number, g: number, b: number }} rgb
 * @returns {string} `#rrggbb` (lower case)
 */
export function toHex({ r, g, b }) {
  return '#' + [r, g, b].map((v) => clamp255(v).toString(16).padStart(2, '0')).join('');
}

/** Normalises any accepted hex notation to `#rrggbb`; throws on invalid input. */
export function normalizeHex(input) {
  const rgb = parseHex(input);
  if (!rgb) throw new TypeError(`Not a hex colour: ${input}`);
  return toHex(rgb);
}

/** sRGB channel (0..255) -> linear light (0..1). */
function toLinear(channel) {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Linear light (0..1) -> sRGB channel (0..255, unrounded). */
function fromLinear(linear) {
  const c = linear <= 0.0031308 ? linear * 12.92 : 1.055 * linear ** (1 / 2.4) - 0.055;
  return c * 255;
}

/**
 * WCAG 2.x relative luminance.
 * @param {string | Rgba} color
 */
export function relativeLuminance(color) {
  const rgb = typeof color === 'string' ? parseColor(color) : color;
  if (!rgb) throw new TypeError(`Not a colour: ${color}`);
  return 0.2126 * toLinear(rgb.r) + 0.7152 * toLinear(rgb.g) + 0.0722 * toLinear(rgb.b);
}

/**
 * WCAG 2.x contrast ratio (1..21) between two opaque colours.
 * @param {string | Rgba} a
 * @param {string | Rgba} b
 */
export function contrastRatio(a, b) {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Formats a ratio for humans, rounded DOWN to one decimal so that 4.49 never prints as "4.5:1".
 * @param {number} ratio
 */
export function formatRatio(ratio) {
  return `${(Math.floor(ratio * 10 + 1e-9) / 10).toFixed(1)}:1`;
}

// --- OKLab / OKLCH (Björn Ottosson) ---------------------------------------------------------

/**
 * @param {string | Rgba} color
 * @returns {Oklch}
 */
export function toOklch(color) {
  const rgb = typeof color === 'string' ? parseColor(color) : color;
  if (!rgb) throw new TypeError(`Not a colour: ${color}`);
  const r = toLinear(rgb.r);
  const g = toLinear(rgb.g);
  const b = toLinear(rgb.b);
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  const L = 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
  const A = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const B = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  const c = Math.hypot(A, B);
  if (c < 2e-4) return { l: L, c: 0, h: 0 }; // a grey: no hue to keep
  let h = (Math.atan2(B, A) * 180) / Math.PI;
  if (h < 0) h += 360;
  return { l: L, c, h };
}

/** OKLCH -> unclamped linear sRGB. */
function oklchToLinear({ l, c, h }) {
  const hr = (h * Math.PI) / 180;
  const A = c * Math.cos(hr);
  const B = c * Math.sin(hr);
  const l_ = (l + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const m_ = (l - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const s_ = (l - 0.0894841775 * A - 1.291485548 * B) ** 3;
  return [
    4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_,
    -1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_,
    -0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_,
  ];
}

const inGamut = (lin) => lin.every((v) => v >= -1e-4 && v <= 1 + 1e-4);

/**
 * OKLCH -> `#rrggbb`. Out-of-gamut colours keep lightness and hue and lose chroma until they fit
 * (binary search), which is what a designer expects from "the same colour, darker".
 * @param {Oklch} oklch
 */
export function oklchToHex({ l, c, h }) {
  const L = Math.min(1, Math.max(0, l));
  let lin = oklchToLinear({ l: L, c, h });
  if (!inGamut(lin)) {
    let lo = 0;
    let hi = c;
    for (let i = 0; i < 24; i++) {
      const mid = (lo + hi) / 2;
      if (inGamut(oklchToLinear({ l: L, c: mid, h }))) lo = mid;
      else hi = mid;
    }
    lin = oklchToLinear({ l: L, c: lo, h });
  }
  const [r, g, b] = lin.map((v) => fromLinear(Math.min(1, Math.max(0, v))));
  return toHex({ r, g, b });
}

// --- accessible shade search -------------------------------------------------------------------

/**
 * Smallest contrast between `color` and every colour of `against`.
 * @param {string} color
 * @param {string[]} against
 */
export function minContrast(color, against) {
  return Math.min(...against.map((other) => contrastRatio(color, other)));
}

/**
 * Moves `hex` along the OKLCH lightness axis (hue kept, chroma clamped to the sRGB gamut) until it
 * reaches `target` contrast against every colour of `against`, staying as close as possible to the
 * original. Returns the colour unchanged when it already passes.
 *
 * @param {string} hex
 * @param {string[]} against backgrounds (or foregrounds) the result must contrast with
 * @param {number} target e.g. 4.5
 * @param {{ direction?: 'darker' | 'lighter' | 'auto' }} [options]
 * @returns {{ hex: string, ratio: number, changed: boolean, reachable: boolean }}
 */
export function adjustForContrast(hex, against, target, { direction = 'auto' } = {}) {
  const start = normalizeHex(hex);
  const startRatio = minContrast(start, against);
  if (startRatio >= target) return { hex: start, ratio: startRatio, changed: false, reachable: true };

  const { l, c, h } = toOklch(start);
  const search = (dir) => {
    // Lightness bound in the chosen direction: 0 (black) or 1 (white).
    const end = dir === 'darker' ? 0 : 1;
    const at = (t) => oklchToHex({ l: l + (end - l) * t, c, h });
    if (minContrast(at(1), against) < target) return null;
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < 30; i++) {
      const mid = (lo + hi) / 2;
      if (minContrast(at(mid), against) >= target) hi = mid;
      else lo = mid;
    }
    // `hi` passes; hex rounding can still tip it under the target, so nudge until it holds.
    let t = hi;
    let result = at(t);
    while (minContrast(result, against) < target && t < 1) {
      t = Math.min(1, t + 0.002);
      result = at(t);
    }
    return { hex: result, ratio: minContrast(result, against), t };
  };

  const candidates = [];
  if (direction !== 'lighter') candidates.push(search('darker'));
  if (direction !== 'darker') candidates.push(search('lighter'));
  const found = candidates.filter(Boolean).sort((a, b) => a.t - b.t)[0];
  if (!found) return { hex: start, ratio: startRatio, changed: false, reachable: false };
  return { hex: found.hex, ratio: found.ratio, changed: found.hex !== start, reachable: true };
}

/**
 * Shifts the OKLCH lightness of a colour by `delta` (negative = darker), chroma clamped to gamut.
 * @param {string} hex
 * @param {number} delta
 */
export function shiftLightness(hex, delta) {
  const { l, c, h } = toOklch(hex);
  return oklchToHex({ l: Math.min(1, Math.max(0, l + delta)), c, h });
}

/**
 * A tint of the colour's hue at OKLCH lightness `l` with at most `maxChroma` chroma.
 * @param {string} hex
 * @param {number} l
 * @param {number} maxChroma
 */
export function tint(hex, l, maxChroma) {
  const { c, h } = toOklch(hex);
  return oklchToHex({ l, c: Math.min(c, maxChroma), h });
}

/**
 * Derives the five variants of a colour role (default, hover, active, subtle, inverse) from one
 * brand colour so that every pair the contrast rules check passes:
 *   default/hover/active ≥ target on each background and with `inverse` text on them,
 *   `text` ≥ target on subtle, default ≥ target on subtle.
 * The brand colour is kept when it passes; otherwise its OKLCH lightness moves (hue kept) to the
 * nearest shade that passes.
 *
 * @param {string} brand hex
 * @param {{ backgrounds: string[], text: string, inverse: string, target?: number }} base
 *   colours of the theme the role is placed in (bg-default, bg-subtle…, text-default, inverse text)
 */
export function deriveRole(brand, { backgrounds, text, inverse, target = 4.5 }) {
  const input = normalizeHex(brand);
  const lightInverse = relativeLuminance(inverse) > 0.18;
  const direction = lightInverse ? 'darker' : 'lighter';
  const { c } = toOklch(input);

  // subtle: a pale (or, on dark themes, deep) tint of the hue, readable under the theme's text.
  let subtle = tint(input, lightInverse ? 0.967 : 0.3, lightInverse ? 0.028 : 0.06);
  subtle = adjustForContrast(subtle, [text], target, { direction: lightInverse ? 'lighter' : 'darker' }).hex;

  const against = [...backgrounds, subtle, inverse];
  const fixed = adjustForContrast(input, against, target, { direction });
  if (!fixed.reachable) throw new RangeError(`No shade of ${input} reaches ${target}:1 against ${against.join(', ')}`);
  const def = fixed.hex;

  // hover / active: two steps further from the backgrounds (more contrast); when the colour is
  // already at the end of the scale, two steps back towards it, kept above the target.
  const step = lightInverse ? -0.06 : 0.06;
  const { l } = toOklch(def);
  const room = lightInverse ? l - 0.12 : 0.98 - (l + 0.12);
  const shade = (k) => {
    if (room >= 0.1) return shiftLightness(def, step * k);
    return adjustForContrast(shiftLightness(def, -step * k), against, target, { direction }).hex;
  };
  const hover = shade(1);
  const active = shade(2);

  return {
    input,
    default: def,
    hover,
    active,
    subtle,
    inverse: normalizeHex(inverse),
    changed: fixed.changed,
    before: contrastRatio(input, backgrounds[0]),
    after: contrastRatio(def, backgrounds[0]),
    minAfter: minContrast(def, against),
    lowChroma: c < 0.02,
  };
}

/** Distance in OKLab (0 = identical; ~0.02 is a just-noticeable difference). */
export function deltaE(a, b) {
  const p = toOklch(a);
  const q = toOklch(b);
  const ab = (o) => [o.l, o.c * Math.cos((o.h * Math.PI) / 180), o.c * Math.sin((o.h * Math.PI) / 180)];
  const [x, y] = [ab(p), ab(q)];
  return Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]);
}

// --- colour-vision deficiencies ----------------------------------------------------------------

/**
 * Machado, Oliveira & Fernandes (2009) matrices at full severity, applied to linear sRGB: how a
 * colour looks to someone with protanopia, deuteranopia or tritanopia (the dichromacies; the
 * common anomalous trichromacies see less of a difference than these, so passing here is enough).
 */
const CVD = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
export const COLOR_VISION_DEFICIENCIES = /** @type {Array<keyof typeof CVD>} */ (Object.keys(CVD));

/**
 * The colour as seen with a colour-vision deficiency (simulation), as `#rrggbb`.
 * @param {string | Rgba} color
 * @param {keyof typeof CVD} kind
 */
export function simulateColorVision(color, kind) {
  const rgb = typeof color === 'string' ? parseColor(color) : color;
  if (!rgb) throw new TypeError(`Not a colour: ${color}`);
  const matrix = CVD[kind];
  if (!matrix) throw new RangeError(`Unknown colour-vision deficiency: ${kind}`);
  const lin = [toLinear(rgb.r), toLinear(rgb.g), toLinear(rgb.b)];
  const [r, g, b] = matrix.map((row) => fromLinear(Math.min(1, Math.max(0, row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2]))));
  return toHex({ r, g, b });
}
