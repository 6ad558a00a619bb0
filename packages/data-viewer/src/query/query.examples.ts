/** Tables and random data for the query tests and the benchmark (not shipped: imported by tests only). */
import type { ColumnInfo, ColumnType } from '../source/columns.js';
import type { QueryTable } from './engine.js';

export type Column = { name: string; type: ColumnType; values: readonly (string | number | null)[]; withTime?: boolean };

/** A `DataTable`-shaped table from plain columns (null: empty; dates as ISO text). */
export function makeTable(columns: readonly Column[]): QueryTable {
  const rowCount = columns[0]?.values.length ?? 0;
  const infos: ColumnInfo[] = columns.map((c) => ({ name: c.name, sourceName: c.name, type: c.type, empty: 0, withTime: c.withTime }));
  const data = columns.map((c) => {
    if (c.type === 'text' || c.type === 'code') return c.values.map((v) => (v === null ? '' : String(v)));
    return Float64Array.from(c.values, (v) => (v === null ? NaN : typeof v === 'string' ? Date.parse(v.length === 10 ? `${v}T00:00:00Z` : `${v}Z`) : v));
  });
  return { columns: infos, rowCount, data };
}

/** Seeded pseudo-random numbers in [0, 1). */
export function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

export const FRENCH_WORDS = [
  'école', 'Ecole', 'élève', 'Eliane', 'Emma', 'Élodie', 'elodie', 'ÉLODIE', 'rue', 'Rue', 'avenue', 'Saint-Étienne', 'Saint Étienne',
  'saint-etienne', 'Paris', 'Lyon', 'marché', 'marche', 'Marché', 'forêt', 'foret', 'château', 'îlot', 'garçon', 'cœur', 'coeur', 'Zoé',
  'août', 'L’Haÿ-les-Roses', "l'Isle", 'L Isle', 'Œuvre', 'œuvre', 'résumé', 'resume', 'Résumé', 'côte', 'coté', 'côté', 'cote',
  'pêche', 'péché', 'pèche', 'Ça', 'ça', 'Ødegaard', 'Łódź', 'straße', 'Strasse', 'Ñandú', 'façade', 'naïve', 'Noël', 'noel',
];

const PIECES = [...FRENCH_WORDS, '1', '2', '10', '007', '7', '12,5', '12.5', '-', "'", ' ', '  ', '_', '.', '(', '#', '2A', '01000', 'e\u0301', '😀', 'Ⅻ', 'ﬁ', '\u00a0', '\u202f', '\t', 'A', 'z', 'Z', 'ſ'];

/** A random French-looking string of 1 to 4 pieces (words, numbers, punctuation, hostile bits). */
export function randomText(rand: () => number): string {
  const k = 1 + Math.floor(rand() * 4);
  let s = '';
  for (let i = 0; i < k; i++) s += (i && rand() < 0.6 ? ' ' : '') + PIECES[Math.floor(rand() * PIECES.length)];
  return s;
}
