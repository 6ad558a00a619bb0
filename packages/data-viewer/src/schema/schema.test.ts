import { expect } from '@open-wc/testing';
import Papa from 'papaparse';
import { naughtyStrings } from '../../../../test/helpers/naughty.js';
import {
  checkRows, checkValue, readTableSchema, schemaMessagesEn, strptimePattern, type SchemaField, type TableSchema, type TypedValue,
} from './index.js';

const shared = (path: string) => fetch(`/shared-data/${path}`).then((r) => {
  if (!r.ok) throw new Error(`${path} not found`);
  return r;
});
const schemaFrom = async (path: string) => readTableSchema(await (await shared(path)).json())!;
const csv = async (path: string) =>
  Papa.parse<Record<string, string>>(await (await shared(path)).text(), { header: true, skipEmptyLines: true, delimiter: ';' });

/** One field from a descriptor, through readTableSchema (so defaults are applied as in real use). */
function field(descriptor: Record<string, unknown>, table: Record<string, unknown> = {}): SchemaField {
  const schema = readTableSchema({ ...table, fields: [{ name: 'f', ...descriptor }] })!;
  return schema.fields[0]!;
}

describe('readTableSchema with real schema.data.gouv.fr schemas', () => {
  let scdl: TableSchema;
  before(async () => {
    scdl = await schemaFrom('scdl-subventions-real/schema-scdl-subventions-2.1.1.json');
  });

  it('reads SCDL subventions 2.1.1: 40 fields, types, titles, descriptions, constraints', () => {
    expect(scdl.fields).to.have.length(40);
    expect(scdl.warnings).to.deep.equal([]);
    const montant = scdl.field('montant')!;
    expect(montant.type).to.equal('number');
    expect(montant.title).to.be.a('string').and.not.equal('');
    expect(montant.description).to.be.a('string');
    expect(scdl.field('nature')!.constraints.enum).to.include('aide en numéraire');
    expect(scdl.field('idAttribuant')!.constraints).to.include({ required: true });
    expect(scdl.field('idAttribuant')!.constraints.pattern!.test('21060004500392')).to.equal(true);
    expect(scdl.field('pourcentageSubvention')!.constraints).to.include({ minimum: 0.01, maximum: 1 });
    expect(scdl.field('objet')!.constraints.maxLength).to.equal(256);
    expect(scdl.missingValues).to.deep.equal(['']);
    expect(Object.isFrozen(scdl.fields[0])).to.equal(true);
  });

  it('reads the mediation standard schema: accented alternatives in patterns compile', async () => {
    const mediation = await schemaFrom('mediation-standard/schema.json');
    expect(mediation.fields).to.have.length(32);
    expect(mediation.warnings).to.deep.equal([]);
    const itinerance = mediation.field('itinerance')!;
    expect(checkValue(itinerance, 'Itinérant|Fixe').ok).to.equal(true);
    expect(checkValue(itinerance, 'Mobile').ok).to.equal(false);
    expect(mediation.field('date_maj')!.format).to.equal('default');
  });

  it('finds the real defects of a Haute-Garonne export, counted per column', async () => {
    const { data, meta } = await csv('scdl-subventions-real/SCDL_DEP_Haute_Garonne_datalocale-subvention.csv');
    const result = checkRows(scdl, data, { columns: meta.fields! });
    const natures = scdl.field('nature')!.constraints.enum!;
    const expectedNature = data.filter((row) => row['nature'] !== '' && !natures.includes(row['nature']!)).length;
    expect(expectedNature).to.be.above(0); // "Aide en numéraire": capital A, not in the enum
    expect(result.counts.get('nature')).to.equal(expectedNature);
    const badPeriods = data.filter((row) => !/^\d{4}-\d{2}-\d{2}(\/\d{4}-\d{2}-\d{2})?$/.test(row['datesPeriodeVersement']!)).length;
    expect(result.counts.get('datesPeriodeVersement')).to.equal(badPeriods); // "2017-01-01_2017-12-31"
    expect(result.counts.get('montant') ?? 0).to.equal(0); // "2400.0" is a number
    expect(result.cells.get(0)!.get('conditionsVersement')!.message).to.match(/^« Unique » ne fait pas partie des valeurs autorisées : unique, échelonné, autre\.$/);
    expect(result.total).to.equal([...result.counts.values()].reduce((a, b) => a + b, 0));
  });

  it('flags the float-damaged SIRETs of the Poitiers export, not a value of the valid example', async () => {
    const poitiers = readTableSchema({
      fields: [{ name: 'COLL_SIRET', type: 'string', constraints: { pattern: '^\\d{14}$' } }, { name: 'SUB_MONTANT', type: 'number' }],
    })!;
    const { data } = await csv('scdl-subventions-real/SCDL_COM_Poitiers_subventions-directes-associations-2017.csv');
    const result = checkRows(poitiers, data);
    expect(result.counts.get('COLL_SIRET')).to.equal(data.length); // "21860194600000.0"
    expect(result.counts.get('SUB_MONTANT') ?? 0).to.equal(0);
    const valid = Papa.parse<Record<string, string>>(await (await shared('scdl-subventions-real/exemple_valide.csv')).text(), { header: true, skipEmptyLines: true });
    const check = checkRows(scdl, valid.data, { columns: valid.meta.fields! });
    expect(check.total, JSON.stringify([...check.counts])).to.equal(0);
  });
});

describe('readTableSchema: defaults, bad parts and hostile text', () => {
  it('applies the spec defaults', () => {
    const f = field({});
    expect(f).to.include({ name: 'f', title: 'f', type: 'string', format: 'default', decimalChar: '.', groupChar: '', bareNumber: true });
    expect(f.trueValues).to.deep.equal(['true', 'True', 'TRUE', '1']);
    expect(f.missingValues).to.deep.equal(['']);
    expect(f.constraints).to.deep.equal({ required: false, unique: false });
  });

  it('returns undefined for what is not a schema', () => {
    for (const json of [null, 'x', [], {}, { fields: 'x' }]) expect(readTableSchema(json)).to.equal(undefined);
  });

  it('drops bad parts with French warnings', () => {
    const schema = readTableSchema({
      fields: [
        { title: 'sans nom' }, { name: 'a', type: 'decimal' }, { name: 'a' },
        { name: 'b', constraints: { pattern: '(' } }, { name: 'c', type: 'integer', constraints: { enum: ['x'], minimum: 'y' } },
      ],
      primaryKey: ['a', 'zzz'],
    })!;
    expect(schema.fields.map((f) => f.name)).to.deep.equal(['a', 'b', 'c']);
    expect(schema.field('a')!.type).to.equal('any');
    expect(schema.field('b')!.constraints.pattern).to.equal(undefined);
    expect(schema.field('c')!.constraints.enum).to.equal(undefined);
    expect(schema.primaryKey).to.deep.equal(['a']);
    expect(schema.warnings).to.have.length(6);
    expect(schema.warnings.join(' ')).to.contain('type « decimal » inconnu').and.contain('en double').and.contain('expression régulière invalide');
  });

  it('keeps hostile names and titles as plain keys and text', () => {
    const schema = readTableSchema({ fields: [{ name: '__proto__', title: '<img src=x onerror=alert(1)>' }, { name: 'constructor' }] })!;
    expect(schema.field('__proto__')!.title).to.equal('<img src=x onerror=alert(1)>');
    expect(schema.field('constructor')!.name).to.equal('constructor');
    expect(schema.field('toString')).to.equal(undefined);
  });

  it('reads the table missingValues and a field’s own (v2), a primaryKey string', () => {
    const schema = readTableSchema({ missingValues: ['', 'NA'], primaryKey: 'id', fields: [{ name: 'id' }, { name: 'x', missingValues: ['-'] }] })!;
    expect(schema.field('id')!.missingValues).to.deep.equal(['', 'NA']);
    expect(schema.field('x')!.missingValues).to.deep.equal(['-']);
    expect(schema.primaryKey).to.deep.equal(['id']);
  });
});

type Case = [string, Record<string, unknown>, unknown, TypedValue | null | { violation: string; message?: RegExp }];

const FR_NUMBER = { type: 'number', decimalChar: ',', groupChar: ' ' };
const CASES: Case[] = [
  // numbers, the French way
  ['decimal comma and space thousands', FR_NUMBER, '40 000,00', 40000],
  ['no-break space thousands (Nièvre)', FR_NUMBER, '17\u00a0833', 17833],
  ['narrow no-break space thousands', FR_NUMBER, '1\u202f234,5', 1234.5],
  ['a decimal point under decimalChar ","', FR_NUMBER, '1.5', { violation: 'type', message: /^« 1\.5 » n’est pas un nombre\.$/ }],
  ['groupChar "." with decimalChar ","', { type: 'number', decimalChar: ',', groupChar: '.' }, '1.234,5', 1234.5],
  ['float artefact 10000.0', { type: 'number' }, '10000.0', 10000],
  ['exponent', { type: 'number' }, '1e3', 1000],
  ['INF', { type: 'number' }, '-INF', -Infinity],
  ['text in a number column', { type: 'number' }, 'abc', { violation: 'type' }],
  ['bareNumber false: 95 %', { type: 'number', bareNumber: false }, '95 %', 95],
  ['bareNumber false: € 1 234,50', { ...FR_NUMBER, bareNumber: false }, '€ 1 234,50', 1234.5],
  ['bareNumber true refuses 95%', { type: 'number' }, '95%', { violation: 'type' }],
  ['a number from a JSON API', { type: 'number' }, 12.5, 12.5],
  // integers
  ['integer', { type: 'integer' }, '+42', 42],
  ['integer refuses decimals', { type: 'integer' }, '4.2', { violation: 'type', message: /nombre entier/ }],
  ['integer from JSON, fractional', { type: 'integer' }, 2.5, { violation: 'type' }],
  ['integer with groupChar', { type: 'integer', groupChar: ' ' }, '12 345', 12345],
  // booleans
  ['boolean default', { type: 'boolean' }, 'TRUE', true],
  ['boolean oui/non', { type: 'boolean', trueValues: ['oui', 'Oui'], falseValues: ['non', 'Non'] }, 'Non', false],
  ['boolean NON not listed', { type: 'boolean', trueValues: ['oui'], falseValues: ['non'] }, 'NON', { violation: 'type', message: /oui\/non/ }],
  ['boolean from JSON', { type: 'boolean' }, false, false],
  // dates and times
  ['ISO date', { type: 'date' }, '2024-02-29', '2024-02-29'],
  ['impossible date', { type: 'date' }, '2023-02-29', { violation: 'type', message: /date valide \(AAAA-MM-JJ\)/ }],
  ['French date under default format', { type: 'date' }, '13/12/2022', { violation: 'type' }],
  ['date pattern %d/%m/%Y', { type: 'date', format: '%d/%m/%Y' }, '13/12/2022', '2022-12-13'],
  ['legacy fmt: pattern', { type: 'date', format: 'fmt:%d/%m/%Y' }, '8/9/2017', '2017-09-08'],
  ['date format any: 2017/09/08 (Somme)', { type: 'date', format: 'any' }, '2017/09/08', '2017-09-08'],
  ['datetime ISO with zone', { type: 'datetime' }, '2024-01-01T10:00:00Z', '2024-01-01T10:00:00'],
  ['datetime pattern (Epernay)', { type: 'datetime', format: '%d/%m/%Y %H:%M' }, '13/12/2022 17:51', '2022-12-13T17:51:00'],
  ['time out of range', { type: 'time' }, '25:00:00', { violation: 'type' }],
  ['year', { type: 'year' }, '2024', 2024],
  ['yearmonth month 13', { type: 'yearmonth' }, '2024-13', { violation: 'type' }],
  ['duration', { type: 'duration' }, 'P1DT2H', 'P1DT2H'],
  ['empty duration', { type: 'duration' }, 'P', { violation: 'type' }],
  // structured
  ['geopoint "lon, lat"', { type: 'geopoint' }, '2.29, 49.89', '2.29, 49.89'],
  ['geopoint out of range', { type: 'geopoint' }, '200, 10', { violation: 'type' }],
  ['geopoint array', { type: 'geopoint', format: 'array' }, '[2.3, 48.8]', '2.3, 48.8'],
  ['object refuses an array', { type: 'object' }, '[1]', { violation: 'type' }],
  ['geojson', { type: 'geojson' }, '{"type":"Point","coordinates":[1,2]}', '{"type":"Point","coordinates":[1,2]}'],
  // string formats
  ['email', { format: 'email' }, 'contact@mairie.fr', 'contact@mairie.fr'],
  ['not an email', { format: 'email' }, 'pas un mail', { violation: 'type', message: /adresse électronique/ }],
  ['not a uri', { format: 'uri' }, 'www.example.fr', { violation: 'type' }],
  ['uuid', { format: 'uuid' }, '3f2504e0-4f89-11d3-9a0c-0305e82c3301', '3f2504e0-4f89-11d3-9a0c-0305e82c3301'],
  // missing values and required
  ['missing, not required', { type: 'integer' }, '', null],
  ['missing, required', { constraints: { required: true } }, '', { violation: 'required', message: /^Valeur obligatoire manquante\.$/ }],
  ['null from JSON, required', { constraints: { required: true } }, null, { violation: 'required' }],
  ['custom missing value', { type: 'number', missingValues: ['NA', '-'] }, '-', null],
  // constraints
  ['enum oui/non (SCDL notificationUE)', { constraints: { enum: ['oui', 'non'] } }, 'peut-être', { violation: 'enum', message: /: oui, non\.$/ }],
  ['enum of numbers', { type: 'integer', constraints: { enum: [1, 2] } }, '2', 2],
  ['minimum 0.01 (pourcentageSubvention)', { type: 'number', constraints: { minimum: 0.01, maximum: 1 } }, '0', { violation: 'minimum', message: /^0 est inférieur au minimum autorisé \(0\.01\)\.$/ }],
  ['maximum with a French decimal', { ...FR_NUMBER, constraints: { maximum: 1 } }, '1,5', { violation: 'maximum' }],
  ['maximum given as French text', { ...FR_NUMBER, constraints: { maximum: '1 000,5' } }, '1 000,4', 1000.4],
  ['date minimum', { type: 'date', constraints: { minimum: '2020-01-01' } }, '2019-12-31', { violation: 'minimum' }],
  ['minLength', { constraints: { minLength: 3 } }, 'ab', { violation: 'minLength', message: /2 caractères, au moins 3/ }],
  ['maxLength counts characters, not UTF-16 units', { constraints: { maxLength: 3 } }, 'é😀a', 'é😀a'],
  ['maxLength 256 (SCDL objet)', { constraints: { maxLength: 256 } }, 'x'.repeat(300), { violation: 'maxLength', message: /300 caractères, au plus 256/ }],
  ['code postal keeps leading zero', { constraints: { pattern: '\\d{5}' } }, '01000', '01000'],
  ['code postal lost its leading zero', { constraints: { pattern: '\\d{5}' } }, '1000', { violation: 'pattern' }],
  ['pattern is anchored to the whole value', { constraints: { pattern: '\\d{5}' } }, '010001', { violation: 'pattern' }],
  ['pattern on a number from JSON, as text', { type: 'string', constraints: { pattern: '^\\d{14}$' } }, 21860194600000, '21860194600000'],
];

describe('checkValue', () => {
  for (const [name, descriptor, raw, expected] of CASES) {
    it(name, () => {
      const result = checkValue(field(descriptor), raw);
      if (expected !== null && typeof expected === 'object') {
        expect(result.ok, JSON.stringify(result)).to.equal(false);
        if (result.ok) return;
        expect(result.violation.code).to.equal(expected.violation);
        if (expected.message) expect(result.violation.message).to.match(expected.message);
      } else {
        expect(result, JSON.stringify(result)).to.deep.equal({ ok: true, value: expected });
      }
    });
  }

  it('checks type before constraints, and words messages in English on demand', () => {
    const f = field({ type: 'integer', constraints: { required: true, minimum: 10 } });
    expect(checkValue(f, 'x', { messages: schemaMessagesEn })).to.deep.include({ ok: false });
    const result = checkValue(f, '5', { messages: schemaMessagesEn });
    expect(!result.ok && result.violation.message).to.equal('5 is below the allowed minimum (10).');
    expect(!result.ok && result.violation.params).to.deep.equal({ value: '5', limit: '10' });
  });

  it('takes naughty strings as plain text: valid strings, quoted and shortened in messages', async () => {
    const text = field({});
    const numeric = field({ type: 'number' });
    for (const naughty of await naughtyStrings()) {
      if (naughty === '') continue;
      expect(checkValue(text, naughty)).to.deep.equal({ ok: true, value: naughty });
      const result = checkValue(numeric, naughty);
      if (!result.ok) expect([...String(result.violation.params['value'])].length).to.be.at.most(60);
    }
    const long = checkValue(numeric, `<script>${'x'.repeat(100)}</script>`);
    expect(!long.ok && long.violation.message).to.match(/^« <script>x+… » n’est pas un nombre\.$/);
  });

  it('a value containing a placeholder is not filled twice', () => {
    const result = checkValue(field({ constraints: { enum: ['a'] } }), '{values}');
    expect(!result.ok && result.violation.message).to.equal('« {values} » ne fait pas partie des valeurs autorisées : a.');
  });
});

describe('checkRows', () => {
  it('counts unique and primary-key duplicates per column, keeps the first occurrence valid', () => {
    const schema = readTableSchema({ primaryKey: 'id', fields: [{ name: 'id', type: 'integer' }, { name: 'email', constraints: { unique: true } }, { name: 'n', type: 'number' }] })!;
    const rows = [
      { id: '1', email: 'a@b.fr', n: '1' }, { id: '2', email: 'a@b.fr', n: 'x' }, { id: '1', email: '', n: '2' }, { id: '3', email: '' },
    ];
    const result = checkRows(schema, rows);
    expect([...result.counts]).to.deep.equal([['id', 1], ['email', 1], ['n', 1]]);
    expect(result.total).to.equal(3);
    expect(result.cells.get(2)!.get('id')!.code).to.equal('unique');
    expect(result.cells.get(1)!.get('email')!.message).to.contain('« a@b.fr » apparaît plusieurs fois');
    expect(result.cells.has(0)).to.equal(false);
    expect(result.cells.has(3)).to.equal(false); // a missing `n` is a missing value, allowed
  });

  it('strptime patterns refuse unknown directives', () => {
    expect(strptimePattern('%d/%m/%Y')!.test('08/09/2017')).to.equal(true);
    expect(strptimePattern('%Q')).to.equal(undefined);
  });
});
