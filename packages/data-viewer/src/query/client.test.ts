import { expect } from '@open-wc/testing';
import { naughtyStrings } from '../../../../test/helpers/naughty.js';
import { packTable } from '../source/transfer.js';
import type { DataTable } from '../source/table.js';
import { createRemoteQuery, isStale } from './client.js';
import { createQueryEngine } from './engine.js';
import { isBlank } from './dict.js';
import { naiveQuery } from './naive.js';
import { makeTable } from './query.examples.js';

// The test server serves TypeScript sources: point at worker.ts (the build ships worker.js).
const workerUrl = new URL('./worker.ts', import.meta.url);

const table = makeTable([
  { name: 'nom', type: 'text', values: ['Emma', 'Élodie', 'Eliane', null, 'Zoé', 'élodie'] },
  { name: 'n', type: 'integer', values: [3, 1, 2, 5, null, 1] },
  { name: 'date', type: 'date', values: ['2024-01-02', null, '2023-05-06', '2024-01-02', '2022-01-01', '2021-12-31'] },
]);

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('query/createRemoteQuery', () => {
  it('answers as the engine does, from a worker', async () => {
    const remote = createRemoteQuery(table, { workerUrl });
    try {
      const query = { sort: [{ column: 0, direction: 'ascending' as const }], search: 'el' };
      const local = createQueryEngine(table);
      expect(await remote.run(query)).to.deep.equal(local.run(query));
      expect(remote.inWorker).to.equal(true);
      expect(await remote.rows(0, 10)).to.deep.equal(local.rows(0, 10));
      expect(await remote.groups({ by: 2, measure: 'sum', value: 1 })).to.deep.equal(local.groups({ by: 2, measure: 'sum', value: 1 }));
      expect(await remote.distinct(0, 2)).to.deep.equal(local.distinct(0, 2));
      // The caller's table is untouched (copied, not transferred).
      expect((table.data[1] as Float64Array).length).to.equal(6);
      const error = await rejection(remote.groups({ by: 0, measure: 'sum', value: 0 }));
      expect(error).to.be.instanceOf(Error);
      expect(isStale(error)).to.equal(false);
    } finally {
      remote.terminate();
    }
  });

  it('drops stale answers: an earlier run, and rows asked before a newer run', async () => {
    const remote = createRemoteQuery(table, { workerUrl });
    try {
      const first = remote.run({ search: 'e' });
      const oldRows = remote.rows(0, 10);
      const second = remote.run({ search: 'zoé' });
      const rows = remote.rows(0, 10);
      const [a, b, c, d] = await Promise.allSettled([first, oldRows, second, rows]);
      expect(a.status === 'rejected' && isStale(a.reason)).to.equal(true);
      expect(b.status === 'rejected' && isStale(b.reason)).to.equal(true);
      expect(c).to.deep.equal({ status: 'fulfilled', value: { total: 1 } });
      expect(d.status === 'fulfilled' && d.value).to.deep.equal([['Zoé', null, '2022-01-01']]);
      // distinct does not depend on the query: never stale.
      const list = remote.distinct(1);
      remote.run({}).catch(() => {});
      expect((await list).length).to.equal(4);
    } finally {
      remote.terminate();
    }
  });

  it('terminate rejects pending and later calls', async () => {
    const remote = createRemoteQuery(table, { workerUrl });
    const pending = remote.run({});
    remote.terminate();
    expect(isStale(await rejection(pending))).to.equal(true);
    expect(isStale(await rejection(remote.rows(0, 1)))).to.equal(true);
  });

  it('runs on the main thread when asked, or when the worker cannot start', async () => {
    for (const options of [{ mainThread: true }, { workerUrl: new URL('./no-such-worker.js', import.meta.url) }]) {
      const remote = createRemoteQuery(table, options);
      expect(await remote.run({ sort: [{ column: 1, direction: 'descending' }] })).to.deep.equal({ total: 6 });
      expect((await remote.rows(0, 2)).map((r) => r[1])).to.deep.equal([5, 3]);
      expect(remote.inWorker).to.equal(false);
      remote.terminate();
    }
  });

  it('takes a packed table (as the parsing worker posts it), transferred', async () => {
    const full: DataTable = { ...table, columns: table.columns, issues: [], issueCounts: {}, source: { format: 'csv' } };
    const { packed } = packTable({ ...full, data: full.data.map((d) => (d instanceof Float64Array ? d.slice() : d)) });
    // Without `transfer`, the packed table stays usable here.
    const copying = createRemoteQuery(packed, { workerUrl });
    expect(await copying.run({ search: 'zoe' })).to.deep.equal({ total: 1 });
    copying.terminate();
    expect((packed.data[0] as { units: Uint16Array }).units.length).to.be.greaterThan(0);
    const remote = createRemoteQuery(packed, { workerUrl, transfer: true });
    try {
      await remote.run({ sort: [{ column: 0, direction: 'descending' }] });
      expect((await remote.rows(0, 6)).map((r) => r[0])).to.deep.equal(['Zoé', 'Emma', 'Élodie', 'élodie', 'Eliane', null]);
      expect((packed.data[1] as Float64Array).length).to.equal(0); // transferred
    } finally {
      remote.terminate();
    }
  });

  it('keeps hostile strings as plain values and column names, through the worker', async function () {
    this.timeout(30_000);
    const naughty = (await naughtyStrings()).slice(0, 400);
    const hostile = makeTable([
      { name: naughty[5] ?? '__proto__', type: 'text', values: naughty },
      { name: '__proto__', type: 'integer', values: naughty.map((_, i) => i) },
      { name: '<img src=x onerror=alert(1)>', type: 'code', values: naughty.map((s) => s.slice(0, 5)) },
    ]);
    const remote = createRemoteQuery(hostile, { workerUrl });
    try {
      for (const query of [{ sort: [{ column: 0, direction: 'ascending' as const }] }, { sort: [{ column: 2, direction: 'descending' as const }, { column: 0, direction: 'ascending' as const }] }, { search: naughty[40] }, { filters: [{ column: 0, kind: 'text' as const, contains: '<script>' }] }]) {
        const { total } = await remote.run(query);
        const expected = naiveQuery(hostile, query);
        expect(total).to.equal(expected.length);
        const rows = await remote.rows(0, total);
        expect(rows.map((r) => r[1])).to.deep.equal(expected);
        // Each value comes back as the very same string (blank as the reader counts it: null).
        rows.forEach((r) => {
          const v = hostile.data[0]![r[1] as number] as string;
          expect(r[0]).to.equal(isBlank(v) ? null : v);
        });
      }
      const values = await remote.distinct(0, 1000);
      expect(values.reduce((n, v) => n + v.count, 0)).to.be.greaterThan(300);
      expect((await remote.groups({ by: 2, measure: 'count', limit: 5 })).at(-1)).to.include({ label: 'Autres', other: true });
    } finally {
      remote.terminate();
    }
  });
});
