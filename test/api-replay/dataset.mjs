// The one table every replayed API serves: 57 French communes (made-up figures) with hostile strings
// in values and in one column name, so tests check that both come back as inert text.
export const HOSTILE_COLUMN = '<img src=x onerror=alert(1)>';
export const HOSTILE_VALUES = [
  '<script>alert(1)</script>',
  '"; DROP TABLE communes; --',
  "' or 1=1 --",
  '`nom` = "x" or `nom` != "x"',
  '\\"\\\\ « guillemets » \u202Eà l’envers',
  '{{constructor.constructor("alert(1)")()}}',
  'javascript:alert(1)',
];

const NAMES = ['Amiens', 'Abbeville', 'Albert', 'Péronne', 'Montdidier', 'Doullens', 'Ham', 'Roye', 'Corbie', 'Rue'];

/** Columns: name and csv-detective / CKAN / ODS types. */
export const COLUMNS = [
  { name: 'code', python: 'string', ckan: 'text', ods: 'text', label: 'Code INSEE' },
  { name: 'nom', python: 'string', ckan: 'text', ods: 'text', label: 'Nom de la commune' },
  { name: 'population', python: 'int', ckan: 'int4', ods: 'int', label: 'Population' },
  { name: 'densite', python: 'float', ckan: 'numeric', ods: 'double', label: 'Densité (hab./km²)' },
  { name: 'chef_lieu', python: 'bool', ckan: 'bool', ods: 'boolean', label: 'Chef-lieu' },
  // ODS field names are identifiers: there the hostile text is the label of `note`
  { name: HOSTILE_COLUMN, odsName: 'note', python: 'string', ckan: 'text', ods: 'text', label: HOSTILE_COLUMN },
];

export const ROWS = Array.from({ length: 57 }, (_, index) => {
  const i = index + 1;
  return [
    String(80000 + i * 7).padStart(5, '0').replace(/^8/, '0'), // leading zeros kept: "00007"…
    i <= HOSTILE_VALUES.length ? HOSTILE_VALUES[index] : `${NAMES[index % NAMES.length]} ${i}`,
    (i * 7919) % 50000,
    Math.round(((i * 37) % 1000) * 1.25 * 100) / 100,
    i % 10 === 0,
    i % 3 === 0 ? `note ${i} <b>gras</b>` : null,
  ];
});

/** JSON text of an object from [key, value] pairs: a key `__proto__` stays an ordinary key. */
export function objectJson(pairs) {
  return `{${pairs.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`).join(',')}}`;
}

// ---- shared query semantics (exact, contains, ≥, ≤, full text, sort) ----

const isNumeric = (v) => typeof v === 'number' || (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)));

export function matches(cell, op, value) {
  if (op === 'exact') return cell !== null && String(cell) === String(value);
  if (op === 'contains') return cell !== null && String(cell).toLowerCase().includes(String(value).toLowerCase());
  if (cell === null) return false;
  const [a, b] = isNumeric(cell) && isNumeric(value) ? [Number(cell), Number(value)] : [String(cell), String(value)];
  return op === 'gte' ? a >= b : a <= b;
}

export function fullText(row, text) {
  const needle = text.toLowerCase();
  return row.some((cell) => cell !== null && String(cell).toLowerCase().includes(needle));
}

export function sortRows(rows, index, direction) {
  const sorted = [...rows].sort((x, y) => {
    const [a, b] = [x[index], y[index]];
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    return a < b ? -1 : 1;
  });
  return direction === 'desc' ? sorted.reverse() : sorted;
}
