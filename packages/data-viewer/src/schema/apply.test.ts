import { expect } from '@open-wc/testing';
import { parseCsvBytes, parseCsvText } from '../source/csv.js';
import { parseJsonData } from '../source/json.js';
import { naughtyStrings } from '../../../../test/helpers/naughty.js';
import { noteFor, VIOLATION_CODES } from './apply.js';
import { schemaMessagesEn, schemaMessagesFr } from './messages.js';
import { readTableSchema } from './read.js';

const schema = readTableSchema({
  fields: [
    { name: 'id', type: 'string', constraints: { unique: true } },
    { name: 'montant', type: 'number', decimalChar: ',', groupChar: '.' },
    { name: 'code', type: 'string', constraints: { pattern: '\\d{5}' } },
    { name: 'effectif', type: 'integer', constraints: { minimum: 0, required: true } },
    { name: 'actif', type: 'boolean', trueValues: ['O'], falseValues: ['N'] },
    { name: 'absente', type: 'string' },
  ],
})!;

const CSV = 'id;montant;code;effectif;actif;libre\na;1.234,5;75001;3;O;x\nb;12,25;2A004;-1;N;y\na;7;01000;;O;z\n';

describe('Table Schema applied while reading', () => {
  it('reads numbers with decimalChar and groupChar, keeps string codes as written, reads its booleans', () => {
    const table = parseCsvText(CSV, { schema });
    const byName = (name: string) => table.columns.findIndex((c) => c.name === name);
    expect(table.columns[byName('montant')]!.type).to.equal('number');
    expect(Array.from(table.data[byName('montant')] as Float64Array)).to.deep.equal([1234.5, 12.25, 7]);
    expect(table.columns[byName('montant')]!.decimalComma).to.equal(true);
    expect(table.columns[byName('code')]!.type).to.equal('code');
    expect(table.data[byName('code')]).to.deep.equal(['75001', '2A004', '01000']);
    expect(table.columns[byName('actif')]!.type).to.equal('boolean');
    expect(Array.from(table.data[byName('actif')] as Float64Array)).to.deep.equal([1, 0, 1]);
    // a column the schema does not describe is guessed as before; no check for it
    expect(table.checks![byName('libre')]).to.equal(undefined);
  });

  it('counts and locates every violation, per column and per kind', () => {
    const table = parseCsvText(CSV, { schema });
    const check = (name: string) => table.checks![table.columns.findIndex((c) => c.name === name)]!;
    const code = (name: string, row: number) => VIOLATION_CODES[check(name).codes[row]! - 1];
    expect(check('id').total).to.equal(1);
    expect(code('id', 2)).to.equal('unique');
    expect(check('code').counts).to.deep.equal({ pattern: 1 });
    expect(code('code', 1)).to.equal('pattern');
    expect(check('effectif').counts).to.deep.equal({ minimum: 1, required: 1 });
    expect(check('montant').total).to.equal(0);
    // the cells as written are kept for typed columns with violations (messages quote them)
    expect(check('effectif').raw).to.deep.equal(['3', '-1', '']);
  });

  it('words the violation of a cell in French and English', () => {
    const table = parseCsvText(CSV, { schema });
    const c = table.columns.findIndex((col) => col.name === 'code');
    const field = schema.field('code')!;
    expect(noteFor(field, table.checks![c]!, 1, '2A004', schemaMessagesFr)!.message).to.equal('« 2A004 » n’a pas la forme attendue pour cette colonne.');
    expect(noteFor(field, table.checks![c]!, 1, '2A004', schemaMessagesEn)!.message).to.contain('expected form');
    expect(noteFor(field, table.checks![c]!, 0, '75001', schemaMessagesFr)).to.equal(undefined);
  });

  it('keeps the guess when some cells do not read as the schema type (and flags those cells)', () => {
    const table = parseCsvText('id;montant\na;12,5\nb;beaucoup\n', { schema });
    expect(table.columns[1]!.type).to.equal('text');
    expect(table.data[1]).to.deep.equal(['12,5', 'beaucoup']);
    expect(table.checks![1]!.counts).to.deep.equal({ type: 1 });
  });

  it('applies to JSON data too', () => {
    const table = parseJsonData(JSON.stringify([{ id: 'a', effectif: 2 }, { id: 'a', effectif: -4 }]), schema);
    expect(table.checks![0]!.counts).to.deep.equal({ unique: 1 });
    expect(table.checks![1]!.counts).to.deep.equal({ minimum: 1 });
  });

  it('checks a real SCDL file against the SCDL schema (Poitiers 2017, Windows-1252)', async () => {
    const scdl = readTableSchema(await (await fetch('/shared-data/scdl-subventions-real/schema-scdl-subventions-2.1.1.json')).json())!;
    const bytes = new Uint8Array(await (await fetch('/shared-data/scdl-subventions-real/SCDL_COM_Poitiers_subventions-directes-associations-2017.csv')).arrayBuffer());
    const table = parseCsvBytes(bytes, { schema: scdl });
    const total = table.checks!.reduce((n, c) => n + (c?.total ?? 0), 0);
    expect(table.rowCount).to.be.greaterThan(100);
    // every invalid cell is counted once, under one code
    for (const check of table.checks!) {
      if (!check) continue;
      const flagged = check.codes.reduce((n, c) => n + (c > 0 ? 1 : 0), 0);
      expect(flagged).to.equal(check.total);
      expect(Object.values(check.counts).reduce((a, b) => a + b, 0)).to.equal(check.total);
    }
    expect(total).to.be.a('number');
  });

  it('survives hostile strings in cells under a pattern and an enum', async () => {
    const strings = (await naughtyStrings()).slice(0, 300);
    const hostile = readTableSchema({ fields: [{ name: 'v', type: 'string', constraints: { pattern: '[a-z]+', enum: ['a', 'b'] } }] })!;
    const json = JSON.stringify(strings.map((v) => ({ v })));
    const table = parseJsonData(json, hostile);
    expect(table.checks![0]!.total).to.be.greaterThan(200);
  });
});
