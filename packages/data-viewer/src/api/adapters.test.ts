import { expect } from '@open-wc/testing';
import {
  COLUMNS, HOSTILE_COLUMN, HOSTILE_VALUES, ROWS, apiError, configFor, failureSuite, requestsFor, uniqueId, type ApiName,
} from '../../../../test/api-replay/client.js';
import { naughtyStrings } from '../../../../test/helpers/naughty.js';
import { createTableSource, type Filter, type PageQuery, type TableSource } from './index.js';

// Every adapter against its replayed API (test/api-replay): same table, same expectations.
const APIS: ApiName[] = ['tabular', 'ckan', 'ods', 'datasette'];

const open = (api: ApiName, id = uniqueId()): TableSource => createTableSource(configFor(api, id));
/** ODS field names are identifiers: there the hostile column is `note` (its label keeps the text). */
const hostileName = (api: ApiName) => (api === 'ods' ? 'note' : HOSTILE_COLUMN);
const count = (test: (row: (typeof ROWS)[number]) => boolean) => ROWS.filter(test).length;

for (const api of APIS) {
  describe(`${api} adapter`, () => {
    it('describes the columns (names, titles, types) and the total', async () => {
      const { columns, total, capabilities } = await open(api).describe();
      expect(total).to.equal(57);
      expect(columns.map((c) => c.name)).to.deep.equal(COLUMNS.map((c) => (api === 'ods' ? c.odsName ?? c.name : c.name)));
      if (api !== 'datasette') {
        expect(columns.map((c) => c.type)).to.deep.equal(['string', 'string', 'integer', 'number', 'boolean', 'string']);
      }
      if (api === 'ods') expect(columns[5]!.title).to.equal(HOSTILE_COLUMN);
      expect(capabilities.operators).to.include('eq');
    });

    it('pages: first, middle (across the API’s own pages) and last', async () => {
      const table = open(api);
      await table.describe();
      const first = await table.page({ offset: 0, limit: 20 });
      expect(first.total).to.equal(57);
      expect(first.rows.map((r) => r['code'])).to.deep.equal(ROWS.slice(0, 20).map((r) => r[0]));
      const middle = await table.page({ offset: 45, limit: 10 });
      expect(middle.rows.map((r) => r['code'])).to.deep.equal(ROWS.slice(45, 55).map((r) => r[0]));
      const last = await table.page({ offset: 50, limit: 20 });
      expect(last.rows).to.have.length(7);
      expect(last.rows[6]!['code']).to.equal(ROWS[56]![0]);
    });

    it('asks the server for big pages in slices the API accepts', async () => {
      const id = uniqueId();
      const { rows } = await open(api, id).page({ offset: 0, limit: 57 });
      expect(rows.map((r) => r['population'])).to.deep.equal(ROWS.map((r) => r[2]));
    });

    it('sorts on the server, both directions', async () => {
      const table = open(api);
      const populations = ROWS.map((r) => r[2]).sort((a, b) => a - b);
      const asc = await table.page({ offset: 0, limit: 3, sort: { column: 'population', direction: 'asc' } });
      expect(asc.rows.map((r) => r['population'])).to.deep.equal(populations.slice(0, 3));
      const desc = await table.page({ offset: 0, limit: 3, sort: { column: 'population', direction: 'desc' } });
      expect(desc.rows.map((r) => r['population'])).to.deep.equal(populations.reverse().slice(0, 3));
    });

    it('filters on exact values, hostile ones included, sent encoded', async () => {
      const table = open(api);
      for (const value of HOSTILE_VALUES) {
        const { rows, total } = await table.page({ offset: 0, limit: 5, filters: [{ column: 'nom', operator: 'eq', value }] });
        expect(total, value).to.equal(1);
        expect(rows[0]!['nom']).to.equal(value);
      }
      const none = await table.page({ offset: 0, limit: 5, filters: [{ column: 'nom', operator: 'eq', value: 'Amiens' }] });
      expect(none.total).to.equal(0);
    });

    it('keeps hostile values and column names as inert text, leading zeros as text', async () => {
      const table = open(api);
      await table.describe();
      const { rows } = await table.page({ offset: 0, limit: 10 });
      expect(rows.map((r) => r['nom'])).to.deep.equal(ROWS.slice(0, 10).map((r) => r[1]));
      expect(rows[2]![hostileName(api)]).to.equal(ROWS[2]![5]);
      expect(rows[0]![hostileName(api)]).to.equal(null);
      expect(rows[0]!['code']).to.equal('00007');
      expect(rows[9]!['chef_lieu']).to.equal(true);
      expect(Object.getPrototypeOf(rows[0])).to.equal(null);
      expect(Object.isFrozen(rows[0])).to.equal(true);
      expect(rows[0]).not.to.have.property('__id');
      expect(rows[0]).not.to.have.property('_id');
    });

    it('filters on the hostile column, its name sent encoded', async () => {
      const value = ROWS[2]![5]!;
      const { rows, total } = await open(api).page({ offset: 0, limit: 5, filters: [{ column: hostileName(api), operator: 'eq', value }] });
      expect(total).to.equal(count((r) => r[5] === value));
      expect(rows[0]![hostileName(api)]).to.equal(value);
    });

    it('refuses malformed queries before sending anything', async () => {
      const id = uniqueId();
      const table = open(api, id);
      const bad: unknown[] = [
        { offset: -1, limit: 5 }, { offset: 0, limit: 0 }, { offset: 0.5, limit: 5 }, { offset: 0, limit: 5000 },
        { offset: 0, limit: 5, sort: { column: 'nom', direction: 'sideways' } },
        { offset: 0, limit: 5, filters: [{ column: 'nom', operator: 'regex', value: '.*' }] },
      ];
      for (const query of bad) expect((await apiError(table.page(query as PageQuery))).code).to.equal('unsupported');
      expect(await requestsFor(id)).to.have.length(0);
    });
  });
  failureSuite(api);
}

describe('operators and search per API', () => {
  const contains: Filter = { column: 'nom', operator: 'contains', value: 'amiens' };
  const atLeast: Filter = { column: 'population', operator: 'gte', value: '25000' };
  const expectedContains = count((r) => r[1].toLowerCase().includes('amiens'));
  const expectedAtLeast = count((r) => r[2] >= 25000);

  for (const api of ['tabular', 'ods', 'datasette'] as const) {
    it(`${api}: contains and ≥ on the server`, async () => {
      const table = open(api);
      expect((await table.page({ offset: 0, limit: 5, filters: [contains] })).total).to.equal(expectedContains);
      expect((await table.page({ offset: 0, limit: 5, filters: [atLeast] })).total).to.equal(expectedAtLeast);
      const both = await table.page({ offset: 0, limit: 50, filters: [contains, atLeast] });
      expect(both.total).to.equal(count((r) => r[1].toLowerCase().includes('amiens') && r[2] >= 25000));
      expect(both.rows.every((r) => String(r['nom']).includes('Amiens') && Number(r['population']) >= 25000)).to.equal(true);
    });
  }

  for (const api of ['ckan', 'ods', 'datasette'] as const) {
    it(`${api}: full-text search, trimmed; an empty search is none`, async () => {
      const table = open(api);
      expect((await table.page({ offset: 0, limit: 5, search: '  Péronne ' })).total).to.equal(count((r) => r[1].includes('Péronne')));
      expect((await table.page({ offset: 0, limit: 5, search: '   ' })).total).to.equal(57);
    });
  }

  it('tabular: no full-text search (unsupported, nothing sent)', async () => {
    const id = uniqueId();
    const table = open('tabular', id);
    expect((await table.describe()).capabilities.search).to.equal(false);
    const before = (await requestsFor(id)).length;
    expect((await apiError(table.page({ offset: 0, limit: 5, search: 'Amiens' }))).code).to.equal('unsupported');
    expect(await requestsFor(id)).to.have.length(before);
  });

  it('tabular: without a profile, columns come from the data, typed unknown', async () => {
    const { columns, total } = await open('tabular', uniqueId('sans-profil')).describe();
    expect(total).to.equal(57);
    expect(columns.map((c) => c.name)).to.deep.equal(COLUMNS.map((c) => c.name));
    expect(columns.every((c) => c.type === 'unknown')).to.equal(true);
  });

  it('datasette: a jump too far ahead is refused rather than walked', async () => {
    const id = uniqueId();
    // pages of 2 rows: reaching row 50 would take 25 requests, more than the 20 allowed
    expect((await apiError(open('datasette', id).page({ offset: 50, limit: 2 }))).code).to.equal('unsupported');
    expect(await requestsFor(id)).to.have.length(20);
  });

  it('ckan: exact filters only; names and values go through JSON.stringify', async () => {
    const id = uniqueId();
    const table = open('ckan', id);
    expect((await table.describe()).capabilities.operators).to.deep.equal(['eq']);
    expect((await apiError(table.page({ offset: 0, limit: 5, filters: [contains] }))).code).to.equal('unsupported');
    const value = HOSTILE_VALUES[1]!;
    await table.page({ offset: 0, limit: 5, filters: [{ column: 'nom', operator: 'eq', value }], sort: { column: 'nom', direction: 'desc' } });
    const last = (await requestsFor(id)).at(-1)!;
    const params = new Map(last.params);
    expect(JSON.parse(params.get('filters')!)).to.deep.equal({ nom: value });
    expect(params.get('sort')).to.equal('"nom" desc');
  });

  it('ckan: a data-dictionary label and notes become title and description (text)', async () => {
    const { columns } = await open('ckan').describe();
    expect(columns[1]).to.deep.include({ name: 'nom', title: 'Nom de la commune', description: 'Nom officiel <i>(COG)</i>' });
  });

  it('ckan: a sort column with a quote or comma cannot be written safely: refused', async () => {
    const table = open('ckan');
    for (const column of ['a"b', 'a,b']) {
      expect((await apiError(table.page({ offset: 0, limit: 5, sort: { column, direction: 'asc' } }))).code).to.equal('unsupported');
    }
  });

  it('ods: where is ODSQL with escaped literals; the server parses back the exact values', async () => {
    const id = uniqueId();
    const table = open('ods', id);
    const value = 'a "quoted" \\ back\\"slash` and `nom` = "x';
    const result = await table.page({ offset: 0, limit: 5, filters: [{ column: 'nom', operator: 'eq', value }], search: 'x" or "1"="1' });
    expect(result.total).to.equal(0);
    const last = (await requestsFor(id)).at(-1)!;
    expect(last.where).to.deep.equal([{ search: 'x" or "1"="1' }, { field: 'nom', op: 'exact', value }]);
  });

  it('ods and ckan: every naughty string reaches the server as the exact filter value', async function () {
    this.timeout(60_000);
    const wellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
    // lone surrogates cannot travel in a URL (they become U+FFFD): left out
    const strings = (await naughtyStrings()).filter(wellFormed);
    const [odsId, ckanId] = [uniqueId(), uniqueId()];
    const [ods, ckan] = [open('ods', odsId), open('ckan', ckanId)];
    // In batches: all at once, the requests queued behind the browser's few connections ran into
    // the client's own 15 s time limit on a busy CI machine.
    for (let i = 0; i < strings.length; i += 20) {
      await Promise.all(strings.slice(i, i + 20).flatMap((value) => {
        const filters: Filter[] = [{ column: 'nom', operator: 'eq', value }];
        return [ods.page({ offset: 0, limit: 1, filters }), ckan.page({ offset: 0, limit: 1, filters })];
      }));
    }
    const sorted = (values: unknown[]) => values.map(String).sort();
    const odsValues = (await requestsFor(odsId)).map((r) => r.where?.[0]?.value);
    const ckanValues = (await requestsFor(ckanId)).map((r) => JSON.parse(new Map(r.params).get('filters')!).nom as string);
    expect(sorted(odsValues)).to.deep.equal(sorted(strings));
    expect(sorted(ckanValues)).to.deep.equal(sorted(strings));
  });

  it('ods: field names that are not identifiers are refused, not escaped', async () => {
    const id = uniqueId();
    const table = open('ods', id);
    for (const column of ['nom` = "x" or `nom', HOSTILE_COLUMN, '']) {
      const filters: Filter[] = [{ column: column || 'a b', operator: 'eq', value: 'x' }];
      expect((await apiError(table.page({ offset: 0, limit: 5, filters }))).code).to.equal('unsupported');
      expect((await apiError(table.page({ offset: 0, limit: 5, sort: { column: column || 'a-b', direction: 'asc' } }))).code).to.equal('unsupported');
    }
    expect(await requestsFor(id)).to.have.length(0);
  });

  it('ods: comparisons follow the column type once described; beyond 10 000 rows is unsupported', async () => {
    const id = uniqueId();
    const table = open('ods', id);
    const lastWhere = async () => new Map((await requestsFor(id)).at(-1)!.params).get('where');
    await table.describe();
    await table.page({ offset: 0, limit: 5, filters: [{ column: 'densite', operator: 'lte', value: '100.5' }] });
    expect(await lastWhere()).to.equal('`densite` <= 100.5');
    const { total } = await table.page({ offset: 0, limit: 5, filters: [{ column: 'code', operator: 'gte', value: '00300' }] });
    expect(await lastWhere()).to.equal('`code` >= "00300"'); // a text column compares as text
    expect(total).to.equal(count((r) => r[0] >= '00300'));
    expect((await apiError(table.page({ offset: 10_000, limit: 5 }))).code).to.equal('unsupported');
    expect((await table.describe()).capabilities.maxOffset).to.equal(10_000);
  });

  it('datasette: table and database names are tilde-encoded in the path', async () => {
    const table = `${uniqueId()}/2024.v2 ~ é`;
    const source = createTableSource({ api: 'datasette', base: `${location.origin}/api-replay/datasette`, database: 'base.db', table });
    await source.page({ offset: 0, limit: 2 });
    const [request] = await requestsFor(table);
    expect(request!.path).to.match(/\/base~2Edb\//);
    expect(request!.table).to.equal(table);
    expect(request!.database).to.equal('base.db');
  });

  it('datasette: remembers _next tokens, so going back and forth reuses them', async () => {
    const id = uniqueId();
    const table = open('datasette', id);
    const far = await table.page({ offset: 40, limit: 10 });
    expect(far.rows.map((r) => r['code'])).to.deep.equal(ROWS.slice(40, 50).map((r) => r[0]));
    const walked = (await requestsFor(id)).length;
    expect(walked).to.equal(5); // 0, 10, 20, 30, 40
    await table.page({ offset: 40, limit: 10 });
    expect(await requestsFor(id)).to.have.length(walked + 1);
  });
});
