import { expect } from '@open-wc/testing';
import type { TableQuery } from '../model.js';
import { createQueryEngine } from './engine.js';
import { naiveCell, naiveGroups, naiveQuery } from './naive.js';
import { FRENCH_WORDS, makeTable, prng, randomText } from './query.examples.js';


/** Values of the result of `query`, column `c`, in order. */
function column(table: ReturnType<typeof makeTable>, query: TableQuery, c: number) {
  const engine = createQueryEngine(table);
  const { total } = engine.run(query);
  return engine.rows(0, total).map((row) => row[c]);
}

describe('query/engine sort', () => {
  const names = ['Emma', 'Élodie', 'Eliane', '', 'élodie', 'Zoé', 'eliane', 'Éric', '  '];
  const table = makeTable([
    { name: 'prénom', type: 'text', values: names.map((v) => v || null) },
    { name: 'âge', type: 'integer', values: [30, null, 5, 12, 5, 100, 30, 2, 7] },
    { name: 'date', type: 'date', values: ['2024-03-01', '2023-12-31', null, '2024-01-15', '2024-03-01', '1999-07-14', '2030-01-01', '2024-03-01', null] },
  ]);

  it('puts Élodie between Eliane and Emma, lower case then accents on ties, empty last', () => {
    expect(column(table, { sort: [{ column: 0, direction: 'ascending' }] }, 0)).to.deep.equal(['eliane', 'Eliane', 'élodie', 'Élodie', 'Emma', 'Éric', 'Zoé', null, null]);
  });

  it('keeps empty values last when descending, and ties in file order (stable)', () => {
    const engine = createQueryEngine(makeTable([{ name: 'x', type: 'text', values: ['b', 'a', null, 'b', 'a', 'B', 'b '] }]));
    engine.run({ sort: [{ column: 0, direction: 'descending' }] });
    expect(engine.rowNumbers(0, 7)).to.deep.equal([5, 0, 3, 6, 1, 4, 2]);
    engine.run({ sort: [{ column: 0, direction: 'ascending' }] });
    expect(engine.rowNumbers(0, 7)).to.deep.equal([1, 4, 0, 3, 6, 5, 2]);
  });

  it('sorts numbers and dates numerically, empty last both ways', () => {
    expect(column(table, { sort: [{ column: 1, direction: 'ascending' }] }, 1)).to.deep.equal([2, 5, 5, 7, 12, 30, 30, 100, null]);
    expect(column(table, { sort: [{ column: 1, direction: 'descending' }] }, 1)).to.deep.equal([100, 30, 30, 12, 7, 5, 5, 2, null]);
    expect(column(table, { sort: [{ column: 2, direction: 'descending' }] }, 2)).to.deep.equal(['2030-01-01', '2024-03-01', '2024-03-01', '2024-03-01', '2024-01-15', '2023-12-31', '1999-07-14', null, null]);
  });

  /** Numbers: mostly tiny, huge, negative, special; `spread` of them distinct (few: looked up; many: sorted whole). */
  function numbers(rand: () => number, n: number, spread: number) {
    const special = [0, -0, 1, -1, Infinity, -Infinity, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, 2 ** 53, 0.1, 0.30000000000000004, 1e-300];
    const random = Array.from({ length: spread }, () => (rand() - 0.5) * 10 ** Math.floor(rand() * 40 - 20));
    return Array.from({ length: n }, () => {
      const x = rand();
      if (x < 0.1) return null;
      if (x < 0.4) return special[Math.floor(rand() * special.length)]!;
      if (x < 0.6) return Math.round((rand() - 0.5) * 2000) / 4;
      return random[Math.floor(rand() * random.length)]!;
    });
  }

  for (const [n, spread] of [[5000, 1000], [120_000, 120_000]] as const) {
    it(`sorts ${n} numbers (${spread} drawn) as a comparator does: negatives, -0 and 0 as one value, infinities, ties in file order`, () => {
      const values = numbers(prng(n), n, spread);
      const table = makeTable([{ name: 'x', type: 'number', values }]);
      const engine = createQueryEngine(table);
      for (const direction of ['ascending', 'descending'] as const) {
        const query: TableQuery = { sort: [{ column: 0, direction }] };
        const { total } = engine.run(query);
        if (JSON.stringify(engine.rowNumbers(0, total)) !== JSON.stringify(naiveQuery(table, query))) expect.fail(`${direction}: not the comparator's order`);
      }
      // -0 and 0 are one value for pick-lists and groups.
      const zeros = engine.distinct(0, 100_000).filter((d) => d.value === '0');
      expect(zeros).to.have.length(1);
      expect(zeros[0]!.count).to.equal(values.filter((v) => v === 0).length);
    });
  }

  it('sorts by two keys (date descending, then name ascending)', () => {
    const engine = createQueryEngine(table);
    engine.run({ sort: [{ column: 2, direction: 'descending' }, { column: 0, direction: 'ascending' }] });
    expect(engine.rows(1, 4).map((r) => r[0])).to.deep.equal(['élodie', 'Emma', 'Éric']);
  });

  it('prepare builds ahead without changing any answer', () => {
    const engine = createQueryEngine(table);
    for (let c = 0; c < 3; c++) engine.prepare(c, true);
    engine.run({ sort: [{ column: 0, direction: 'ascending' }], search: 'e' });
    expect(engine.rows(0, 3).map((r) => r[0])).to.deep.equal(['eliane', 'Eliane', 'élodie']);
  });

  it('sorts numbers inside text by value (numeric collation)', () => {
    expect(column(makeTable([{ name: 'x', type: 'text', values: ['lot 10', 'lot 9', 'lot 100', 'lot 09', 'Lot 1'] }]), { sort: [{ column: 0, direction: 'ascending' }] }, 0)).to.deep.equal(['Lot 1', 'lot 9', 'lot 09', 'lot 10', 'lot 100']);
  });
});

describe('query/engine cells', () => {
  it('gives numbers as numbers, dates as ISO text, booleans, empty as null', () => {
    const table = makeTable([
      { name: 'n', type: 'number', values: [1.5, null] },
      { name: 'd', type: 'date', values: ['2024-03-15', null] },
      { name: 't', type: 'date', values: ['2024-03-15T08:30:00', null], withTime: true },
      { name: 'b', type: 'boolean', values: [1, 0] },
      { name: 's', type: 'text', values: ['x', ' '] },
    ]);
    const engine = createQueryEngine(table);
    engine.run({});
    expect(engine.rows(0, 2)).to.deep.equal([[1.5, '2024-03-15', '2024-03-15T08:30:00', true, 'x'], [null, null, null, false, null]]);
    expect(engine.rows(-5, 99).length).to.equal(2);
    expect(engine.rows(2, 1)).to.deep.equal([]);
  });
});

describe('query/engine filters', () => {
  const table = makeTable([
    { name: 'commune', type: 'text', values: ['Saint-Étienne', 'Paris', 'L’Haÿ-les-Roses', 'Lyon', null, 'CŒUR de ville'] },
    { name: 'montant', type: 'number', values: [12.5, 100, null, 3, 50, 7] },
    { name: 'date', type: 'date', values: ['2024-01-01', '2024-06-30', '2023-05-05', null, '2024-12-31', '2024-06-30'] },
    { name: 'catégorie', type: 'code', values: ['A', 'B', 'A', 'C', 'B', null] },
  ]);
  const rowsOf = (query: TableQuery) => {
    const e = createQueryEngine(table);
    const { total } = e.run(query);
    return e.rowNumbers(0, total);
  };

  it('text contains ignores accents, case and punctuation', () => {
    expect(rowsOf({ filters: [{ column: 0, kind: 'text', contains: 'saint etienne' }] })).to.deep.equal([0]);
    expect(rowsOf({ filters: [{ column: 0, kind: 'text', contains: 'HAY' }] })).to.deep.equal([2]);
    expect(rowsOf({ filters: [{ column: 0, kind: 'text', contains: 'coeur' }] })).to.deep.equal([5]);
    expect(rowsOf({ filters: [{ column: 0, kind: 'text', contains: '  ' }] })).to.have.length(6);
    expect(rowsOf({ filters: [{ column: 1, kind: 'text', contains: '12,5' }] })).to.deep.equal([0]);
  });

  it('number range (bounds included, empty excluded), open on one side', () => {
    expect(rowsOf({ filters: [{ column: 1, kind: 'range', min: 7, max: 50 }] })).to.deep.equal([0, 4, 5]);
    expect(rowsOf({ filters: [{ column: 1, kind: 'range', max: 7 }] })).to.deep.equal([3, 5]);
    expect(rowsOf({ filters: [{ column: 0, kind: 'range', min: 0 }] })).to.deep.equal([]);
  });

  it('date range: `to` includes its whole day', () => {
    expect(rowsOf({ filters: [{ column: 2, kind: 'date', from: '2024-01-01', to: '2024-06-30' }] })).to.deep.equal([0, 1, 5]);
    expect(rowsOf({ filters: [{ column: 2, kind: 'date', from: '2024-07-01' }] })).to.deep.equal([4]);
    expect(rowsOf({ filters: [{ column: 2, kind: 'date', to: 'pas une date' }] })).to.have.length(6);
  });

  it('enum (none ticked: every row), and filters combine with AND', () => {
    expect(rowsOf({ filters: [{ column: 3, kind: 'enum', values: ['A', 'C'] }] })).to.deep.equal([0, 2, 3]);
    expect(rowsOf({ filters: [{ column: 3, kind: 'enum', values: [] }] })).to.have.length(6);
    expect(rowsOf({ filters: [{ column: 3, kind: 'enum', values: ['B'] }, { column: 1, kind: 'range', min: 60 }] })).to.deep.equal([1]);
    expect(rowsOf({ filters: [{ column: 1, kind: 'enum', values: ['12.5'] }] })).to.deep.equal([0]);
  });

  it('global search: every word in some cell, accents ignored, numbers and dates as written', () => {
    expect(rowsOf({ search: 'étienne a' })).to.deep.equal([0]);
    expect(rowsOf({ search: 'LES roses' })).to.deep.equal([2]);
    expect(rowsOf({ search: '30/06/2024' })).to.deep.equal([1, 5]);
    expect(rowsOf({ search: '2024-06 ville' })).to.deep.equal([5]);
    expect(rowsOf({ search: 'introuvable' })).to.deep.equal([]);
  });

  it('a narrowing keystroke gives the same rows as a fresh query, and widening works again', () => {
    const e = createQueryEngine(table);
    const typed: number[][] = [];
    for (const search of ['l', 'ly', 'lyo', 'ly', '', 'p a']) {
      const { total } = e.run({ search, filters: [{ column: 1, kind: 'range', min: 0 }] });
      typed.push(e.rowNumbers(0, total));
    }
    expect(typed).to.deep.equal(['l', 'ly', 'lyo', 'ly', '', 'p a'].map((search) => rowsOf({ search, filters: [{ column: 1, kind: 'range', min: 0 }] })));
  });
});

describe('query/engine groups and distinct', () => {
  const table = makeTable([
    { name: 'cat', type: 'text', values: ['b', 'a', 'c', 'a', 'b', 'a', null, 'd'] },
    { name: 'v', type: 'number', values: [1, 2, 3, 4, 5, null, 7, 8] },
  ]);

  it('count, sum, avg, largest first, ties by label', () => {
    const e = createQueryEngine(table);
    e.run({});
    expect(e.groups({ by: 0, measure: 'count' })).to.deep.equal([
      { label: 'a', value: 3, count: 3 }, { label: 'b', value: 2, count: 2 }, { label: 'c', value: 1, count: 1 }, { label: 'd', value: 1, count: 1 },
    ]);
    expect(e.groups({ by: 0, measure: 'sum', value: 1 }).map((g) => [g.label, g.value])).to.deep.equal([['d', 8], ['a', 6], ['b', 6], ['c', 3]]);
    expect(e.groups({ by: 0, measure: 'avg', value: 1 }).map((g) => [g.label, g.value])).to.deep.equal([['d', 8], ['a', 3], ['b', 3], ['c', 3]]);
    expect(() => e.groups({ by: 0, measure: 'sum', value: 0 })).to.throw(RangeError);
  });

  it('limit gathers the rest in "Autres"; label order; groups follow the filters', () => {
    const e = createQueryEngine(table);
    e.run({});
    expect(e.groups({ by: 0, measure: 'count', limit: 2, order: 'label' })).to.deep.equal([
      { label: 'a', value: 3, count: 3 }, { label: 'b', value: 2, count: 2 }, { label: 'Autres', value: 2, count: 2, other: true },
    ]);
    e.run({ filters: [{ column: 1, kind: 'range', min: 3 }] });
    expect(e.groups({ by: 0, measure: 'count' }).map((g) => g.label)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(e.groups({ by: 1, measure: 'count', order: 'label' }).map((g) => g.label)).to.deep.equal(['3', '4', '5', '7', '8']);
  });

  it('distinct: most frequent first, then in order, empty left out, limit', () => {
    const e = createQueryEngine(table);
    expect(e.distinct(0)).to.deep.equal([{ value: 'a', count: 3 }, { value: 'b', count: 2 }, { value: 'c', count: 1 }, { value: 'd', count: 1 }]);
    expect(e.distinct(0, 1)).to.deep.equal([{ value: 'a', count: 3 }]);
    expect(e.distinct(1, 2)).to.deep.equal([{ value: '1', count: 1 }, { value: '2', count: 1 }]);
    expect(() => e.distinct(9)).to.throw(RangeError);
  });
});

describe('query/engine against the straightforward implementation', () => {
  function randomTable(rand: () => number, n: number) {
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    const maybe = <T,>(v: T) => (rand() < 0.1 ? null : v);
    return makeTable([
      { name: 'texte', type: 'text', values: Array.from({ length: n }, () => maybe(randomText(rand))) },
      { name: 'commune', type: 'text', values: Array.from({ length: n }, () => maybe(pick(FRENCH_WORDS))) },
      { name: 'entier', type: 'integer', values: Array.from({ length: n }, () => maybe(Math.floor(rand() * 20) - 5)) },
      { name: 'décimal', type: 'number', values: Array.from({ length: n }, () => maybe(Math.round(rand() * 1000) / 100)) },
      { name: 'date', type: 'date', values: Array.from({ length: n }, () => maybe(`202${Math.floor(rand() * 5)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`)) },
      { name: 'code', type: 'code', values: Array.from({ length: n }, () => maybe(pick(['01000', '2A004', '75056', '1000', '2B033']))) },
      { name: 'bool', type: 'boolean', values: Array.from({ length: n }, () => maybe(rand() < 0.5 ? 1 : 0)) },
    ]);
  }

  it('gives the same rows in the same order on 30 random tables and queries', function () {
    this.timeout(60_000);
    const rand = prng(2024);
    for (let t = 0; t < 30; t++) {
      const table = randomTable(rand, 50 + Math.floor(rand() * 300));
      const engine = createQueryEngine(table);
      for (let q = 0; q < 6; q++) {
        const sort = Array.from({ length: Math.floor(rand() * 3) }, () => ({ column: Math.floor(rand() * 7), direction: rand() < 0.5 ? 'ascending' as const : 'descending' as const }));
        const filters: NonNullable<TableQuery['filters']>[number][] = [];
        if (rand() < 0.3) filters.push({ column: Math.floor(rand() * 2), kind: 'text', contains: randomText(rand).slice(0, 3) });
        if (rand() < 0.3) filters.push({ column: 2, kind: 'range', min: Math.floor(rand() * 10) - 5 });
        if (rand() < 0.3) filters.push({ column: 4, kind: 'date', from: '2021-01-01', to: '2023-06-30' });
        if (rand() < 0.3) filters.push({ column: 5, kind: 'enum', values: ['01000', '2A004'] });
        const search = rand() < 0.3 ? FRENCH_WORDS[Math.floor(rand() * FRENCH_WORDS.length)]!.slice(0, 2 + Math.floor(rand() * 3)) : undefined;
        const query: TableQuery = { sort, filters, search };
        const expected = naiveQuery(table, query);
        const { total } = engine.run(query);
        const got = engine.rowNumbers(0, total);
        if (JSON.stringify(got) !== JSON.stringify(expected)) expect.fail(`table ${t} query ${JSON.stringify(query)}: ${got.length} rows vs ${expected.length}`);
        const rows = engine.rows(0, 20);
        rows.forEach((row, i) => row.forEach((v, c) => expect(v).to.deep.equal(naiveCell(table, c, expected[i]!))));
        const by = Math.floor(rand() * 7);
        // Sums in file order on both sides (floating-point addition is not associative).
        const inFileOrder = [...expected].sort((a, b) => a - b);
        for (const g of [{ by, measure: 'count' as const, limit: 3 }, { by, measure: 'sum' as const, value: 3, order: 'label' as const }, { by, measure: 'avg' as const, value: 2, limit: 2 }]) {
          const a = JSON.stringify(engine.groups(g));
          const b = JSON.stringify(naiveGroups(table, inFileOrder, g));
          if (a !== b) expect.fail(`groups ${JSON.stringify(g)} differ: ${a.slice(0, 300)} vs ${b.slice(0, 300)}`);
        }
      }
    }
  });
});
