// Stable, readable JSON for DTCG token files: groups are indented, tokens (objects with $value)
// stay on one line, so a diff shows one changed token per line.

/** @param {unknown} value */
function inline(value) {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`);
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  }
  return JSON.stringify(value);
}

/**
 * @param {unknown} tree a DTCG token tree
 * @param {string} [indent]
 * @returns {string}
 */
export function stringifyTokens(tree, indent = '') {
  const isToken = tree && typeof tree === 'object' && !Array.isArray(tree) && '$value' in tree;
  if (isToken || !tree || typeof tree !== 'object' || Array.isArray(tree)) return inline(tree);
  const inner = indent + '  ';
  const entries = Object.entries(tree).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${stringifyTokens(v, inner)}`);
  return entries.length ? `{\n${entries.join(',\n')}\n${indent}}` : '{}';
}
