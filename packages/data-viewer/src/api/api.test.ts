import { expect } from '@open-wc/testing';
import { apiError, uniqueId } from '../../../../test/api-replay/client.js';
import { count, toCell, toRow } from './http.js';
import {
  ApiError, apiMessagesEn, apiRoot, createTableSource, isAborted, odsqlField, odsqlString, odsqlWhere, parseRetryAfter, tildeEncode,
} from './index.js';

describe('createTableSource: config from attributes', () => {
  it('accepts http(s) bases only, without query, fragment, credentials or trailing slash', () => {
    expect(apiRoot('https://tabular-api.data.gouv.fr/')).to.equal('https://tabular-api.data.gouv.fr');
    expect(apiRoot(' https://data.example.fr/ckan/?x=1#y ')).to.equal('https://data.example.fr/ckan');
    expect(apiRoot('/api-replay/ods')).to.equal(`${location.origin}/api-replay/ods`);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'mailto:a@b.fr', 'tel:+33', 'ftp://x.fr', 'https://u:p@x.fr', '', 42, null]) {
      expect(apiRoot(bad), String(bad)).to.equal(undefined);
    }
  });

  it('throws a config ApiError for a bad base, API name or id', () => {
    const base = 'https://x.fr';
    const configs = [
      { api: 'tabular', base: 'javascript:alert(1)', resource: 'r' },
      { api: 'sparql', base, resource: 'r' },
      { api: 'tabular', base },
      { api: 'tabular', base, resource: '..' },
      { api: 'ods', base, dataset: ' . ' },
      { api: 'ckan', base, resource: '  ' },
      { api: 'datasette', base, database: 'db' },
    ];
    for (const config of configs) {
      let error: unknown;
      try {
        createTableSource(config);
      } catch (e) {
        error = e;
      }
      expect(error, JSON.stringify(config)).to.be.instanceOf(ApiError);
      expect((error as ApiError).code).to.equal('config');
      expect((error as ApiError).message).to.match(/^La source de données est mal configurée/);
    }
  });

  it('encodes ids as one path segment', async () => {
    const id = `${uniqueId()}/../../x?y#z`;
    const { total } = await createTableSource({ api: 'tabular', base: '/api-replay/tabular', resource: id }).describe();
    expect(total).to.equal(57);
  });

  it('reports an unreachable server as a network error; messages can be English', async () => {
    const source = createTableSource({ api: 'ckan', base: 'http://127.0.0.1:9', resource: 'r' }, { messages: apiMessagesEn });
    const error = await apiError(source.describe());
    expect(error.code).to.equal('network');
    expect(error.message).to.equal(apiMessagesEn.network);
    expect(isAborted(error)).to.equal(false);
    expect(isAborted(new ApiError('aborted'))).to.equal(true);
  });
});

describe('answer validation helpers', () => {
  it('turns any JSON value into text, number, boolean or null', () => {
    expect(toCell('<b>x</b>')).to.equal('<b>x</b>');
    expect(toCell(12.5)).to.equal(12.5);
    expect(toCell(Number.NaN)).to.equal(null);
    expect(toCell(false)).to.equal(false);
    expect(toCell(undefined)).to.equal(null);
    expect(toCell({ lon: 2.3, lat: 49.9 })).to.equal('{"lon":2.3,"lat":49.9}');
    expect(toCell([1, '<i>'])).to.equal('[1,"<i>"]');
  });

  it('reads own properties only: hostile column names do not reach prototypes', () => {
    const raw = JSON.parse('{"__proto__": "p", "nom": "x"}') as unknown;
    const row = toRow(raw, ['__proto__', 'nom', 'constructor', 'toString'])!;
    expect(row['__proto__']).to.equal('p');
    expect(row['constructor']).to.equal(null);
    expect(row['toString']).to.equal(null);
    expect(Object.getPrototypeOf(row)).to.equal(null);
    expect(({} as Record<string, unknown>)['p']).to.equal(undefined);
    expect(toRow('x', ['a'])).to.equal(undefined);
  });

  it('accepts counts that are non-negative safe integers only', () => {
    expect([count(0), count(57), count(-1), count(1.5), count('3'), count(2 ** 60)]).to.deep.equal([0, 57, undefined, undefined, undefined, undefined]);
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-12-06T12:00:00Z');
    expect(parseRetryAfter('3', now)).to.equal(3000);
    expect(parseRetryAfter('Sun, 06 Dec 2026 12:00:10 GMT', now)).to.equal(10_000);
    expect(parseRetryAfter('Sun, 06 Dec 2026 11:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('-1', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
    expect(parseRetryAfter('bientôt', now)).to.equal(undefined);
  });
});

describe('query languages', () => {
  it('ODSQL: strings quoted and escaped, fields as identifiers only', () => {
    expect(odsqlString('a"b\\c')).to.equal('"a\\"b\\\\c"');
    expect(odsqlString('')).to.equal('""');
    expect(odsqlField('code_postal')).to.equal('`code_postal`');
    expect(odsqlField('a`b')).to.equal(undefined);
    expect(odsqlField('1abc')).to.equal(undefined);
    expect(odsqlWhere({ filters: [{ column: 'nom', operator: 'contains', value: 'l\'"x' }], search: 'Amiens' }, undefined))
      .to.equal('search("Amiens") and search(`nom`, "l\'\\"x")');
    expect(odsqlWhere({ filters: [{ column: 'd', operator: 'gte', value: '2024-01-31' }] }, undefined)).to.equal("`d` >= date'2024-01-31'");
    expect(odsqlWhere({ filters: [{ column: 'd', operator: 'gte', value: "1 or 1=1" }] }, undefined)).to.equal('`d` >= "1 or 1=1"');
    expect(odsqlWhere({}, undefined)).to.equal(undefined);
  });

  it('Datasette: tilde encoding of names', () => {
    expect(tildeEncode('communes')).to.equal('communes');
    expect(tildeEncode('a.b/c d~é')).to.equal('a~2Eb~2Fc+d~7E~C3~A9');
    expect(tildeEncode('table.json?x')).to.equal('table~2Ejson~3Fx');
  });
});
