// Whitespace minification of Lit `css` and `html` tagged templates (script-tag bundle only).
// The JS minifier keeps template literal text as is; the component styles are mostly
// indentation and newlines.
//
// css``: comments removed, whitespace collapsed, and removed next to { } ; , > and after :
//        and before !important, leading zeros dropped (0.5em → .5em) — never inside quoted strings. (Removing spaces BEFORE ':' would turn
//        `:host ::slotted()` into a different selector, so it is not done.)
// html``: only runs of whitespace that contain a newline are collapsed to one space, which
//        renders the same under `white-space: normal` (forced on every Parvis host).
//        Whitespace inside <pre>/<textarea> templates would differ: a template containing
//        either tag is left untouched.
import { parseSync } from 'vite';

function minifyCssText(text, { first, last }) {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      const end = text.indexOf(ch, i + 1);
      if (end === -1) return text; // string continues across an interpolation: leave the quasi alone
      out += text.slice(i, end + 1);
      i = end + 1;
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end === -1) return text;
      i = end + 2;
      out += ' ';
    } else {
      out += ch;
      i++;
    }
  }
  // split again around strings to compress only the code parts
  const parts = out.split(/("[^"]*"|'[^']*')/);
  for (let p = 0; p < parts.length; p += 2) {
    parts[p] = parts[p]
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,>]) ?/g, '$1')
      .replace(/: /g, ':')
      .replace(/ !important/g, '!important')
      // 0.5em → .5em (a digit before the 0 means another number: 10.5em stays)
      .replace(/(^|[^\w.#-])0\.(\d)/g, '$1.$2')
      .replace(/;}/g, '}');
  }
  let result = parts.join('');
  if (first) result = result.replace(/^ /, '');
  if (last) result = result.replace(/ $/, '').replace(/;$/, '');
  return result;
}

function minifyHtmlText(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

/**
 * @param {string} code JavaScript (after TypeScript stripping)
 * @returns {string} code with minified css``/html`` template text
 */
export function minifyTemplates(code) {
  if (!code.includes('css`') && !code.includes('html`')) return code;
  const { program } = parseSync('x.js', code);
  const edits = [];
  const walk = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && (node.tag.name === 'css' || node.tag.name === 'html')) {
      const quasis = node.quasi.quasis;
      const isCss = node.tag.name === 'css';
      const whole = quasis.map((q) => q.value.raw).join('');
      if (isCss || !/<(pre|textarea)\b/i.test(whole)) {
        quasis.forEach((q, index) => {
          const raw = code.slice(q.start, q.end);
          if (raw !== q.value.raw) return; // unexpected offsets: skip
          const min = isCss ? minifyCssText(raw, { first: index === 0, last: index === quasis.length - 1 }) : minifyHtmlText(raw);
          if (min !== raw) edits.push({ start: q.start, end: q.end, text: min });
        });
      }
    }
    for (const key of Object.keys(node)) {
      if (key === 'parent') continue;
      const value = node[key];
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') walk(value);
    }
  };
  walk(program);
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
