import { expect } from '@open-wc/testing';
import { StreamDecoder, decode } from './decode.js';
import { parseCsvText, CsvStream } from './csv.js';
import { parseJsonData } from './json.js';
import { sniffDelimiter } from './sniff.js';
import { parseFrenchDate, parseFrenchNumber, looksLikeIdentifierName } from './values.js';
import { sourceText, sourceFr, sourceEn } from './messages.js';
import { DataSourceError } from './errors.js';
import { packTable, unpackTable } from './transfer.js';
import { naughtyStrings, installCanary } from '../../../../test/helpers/naughty.js';

const latin = (s: string): Uint8Array => Uint8Array.from(s, (ch) => ch.charCodeAt(0));

describe('source/decode', () => {
  it('decodes Windows-1252 0x80–0x9F as Windows-1252 (not Latin-1 controls)', () => {
    const bytes = new Uint8Array([0x80, 0x8c, 0x9c, 0x92, 0x85, 0x96, 0xe9]);
    const { text, encoding } = decode(bytes);
    expect(encoding).to.equal('windows-1252');
    expect(text).to.equal('€Œœ’…–é');
  });

  it('gives the same text whatever the chunking (UTF-8 sequences split across chunks)', () => {
    const source = 'nom;ville\nÉlodie;Besançon\n€uro;𝄞 clé\n'.repeat(50);
    const bytes = new TextEncoder().encode(source);
    for (const size of [1, 2, 3, 5, 7, 1024, 4096]) {
      const decoder = new StreamDecoder();
      let text = '';
      for (let at = 0; at < bytes.length; at += size) text += decoder.write(bytes.subarray(at, at + size));
      text += decoder.end();
      expect(text, `chunks of ${size}`).to.equal(source);
      expect(decoder.encoding).to.equal('utf-8');
      expect(decoder.warnings()).to.deep.equal([]);
    }
  });

  it('switches to Windows-1252 when the first accent comes late, whatever the chunking', () => {
    const bytes = latin(`${'a;b\n'.repeat(3000)}caf\xe9;cr\xe8me\n`);
    for (const size of [1000, 4096, 1 << 20]) {
      const decoder = new StreamDecoder();
      let text = '';
      for (let at = 0; at < bytes.length; at += size) text += decoder.write(bytes.subarray(at, at + size));
      text += decoder.end();
      expect(text.endsWith('café;crème\n'), `chunks of ${size}`).to.equal(true);
      expect(decoder.encoding).to.equal('windows-1252');
    }
  });

  it('counts destroyed accents and mojibake with a sample', () => {
    const { warnings } = decode(new TextEncoder().encode('a\nB\uFFFDziers\nSaint-\uFFFDtienne\nCafÃ© du port\n'));
    const byKind = Object.fromEntries(warnings.map((w) => [w.kind, w]));
    expect(byKind['replacement-chars']!.count).to.equal(2);
    expect(byKind['replacement-chars']!.sample).to.equal('B\uFFFDziers');
    expect(byKind['mojibake']!.count).to.equal(1);
    expect(byKind['mojibake']!.message).to.contain('CafÃ© du port');
  });

  it('reads an empty input as empty text', () => {
    expect(decode(new Uint8Array(0))).to.deep.equal({ text: '', encoding: 'utf-8', warnings: [] });
  });
});

describe('source/sniff', () => {
  it('prefers the regular separator', () => {
    expect(sniffDelimiter('a;b;c\n1,5;2,5;3\n4;5,25;6\n')).to.equal(';');
    expect(sniffDelimiter('a,b\n"x;y",2\n')).to.equal(',');
    expect(sniffDelimiter('a\tb\n1\t2\n')).to.equal('\t');
    expect(sniffDelimiter('a|b\n1|2\n')).to.equal('|');
    expect(sniffDelimiter('seul\nune colonne\n')).to.equal(',');
    expect(sniffDelimiter('')).to.equal(',');
  });
});

describe('source/values', () => {
  it('reads French numbers, refuses the rest', () => {
    const ok: [string, number][] = [['1 234,56', 1234.56], ['1\u00a0234', 1234], ['12\u202f345,5', 12345.5], ['-0,5', -0.5], ['10000.0', 10000], ['1.5e3', 1500], ['0', 0], ['+7', 7], ['40 000,00', 40000], ['0,1', 0.1], ['123456789,123', 123456789.123]];
    for (const [s, v] of ok) expect(parseFrenchNumber(s), s).to.equal(v);
    for (const s of ['01', '007', '1.234.567', '12 34', ',5', '', ' ', '1,', 'NaN', 'Infinity', '1 234.5e3', '1234567890123456', '1,5e3']) expect(Number.isNaN(parseFrenchNumber(s)), s).to.equal(true);
  });

  it('computes exactly the value Number() gives (decimal point and comma)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let k = 0; k < 20000; k++) {
      const digits = Math.floor(random() * 6);
      const text = ((random() - 0.5) * 10 ** Math.floor(random() * 10)).toFixed(digits);
      if (/^-?0\d/.test(text)) continue;
      expect(parseFrenchNumber(text), text).to.equal(Number(text));
      expect(parseFrenchNumber(text.replace('.', ',')), text).to.equal(Number(text));
    }
  });

  it('reads dates day first or ISO, never month first', () => {
    expect(parseFrenchDate('29/02/2024')).to.equal(Date.UTC(2024, 1, 29));
    expect(parseFrenchDate('2024-02-29')).to.equal(Date.UTC(2024, 1, 29));
    expect(parseFrenchDate('2017/09/08')).to.equal(Date.UTC(2017, 8, 8));
    expect(parseFrenchDate('1/3/2024')).to.equal(Date.UTC(2024, 2, 1));
    expect(parseFrenchDate('2024-03-01T12:30:00+01:00')).to.equal(Date.UTC(2024, 2, 1, 11, 30));
    expect(parseFrenchDate('2024-03-01T12:30:00.250Z')).to.equal(Date.UTC(2024, 2, 1, 12, 30, 0, 250));
    for (const s of ['29/02/2023', '31/04/2024', '12/31/2024', '2024-13-01', '2024-00-10', '1/3/24', 'demain']) expect(Number.isNaN(parseFrenchDate(s)), s).to.equal(true);
  });

  it('recognises identifier column names', () => {
    for (const name of ['code_postal', 'COLL_SIRET', 'idBeneficiaire', 'Code INSEE', 'siren', 'numéro', 'cp']) expect(looksLikeIdentifierName(name), name).to.equal(true);
    for (const name of ['montant', 'population', 'copie', 'description']) expect(looksLikeIdentifierName(name), name).to.equal(false);
  });
});

describe('source/parseCsvText', () => {
  it('gives column stats', () => {
    const table = parseCsvText('montant;date;n\n1 234,50;01/02/2024;3\n;2024-02-03;\n-2,5;15/12/2023 10:00;7\n');
    const [montant, date, n] = table.columns;
    expect(montant).to.deep.include({ type: 'number', empty: 1, min: -2.5, max: 1234.5, decimals: 2, decimalComma: true });
    expect(date).to.deep.include({ type: 'date', withTime: true, dayFirst: true, min: Date.UTC(2023, 11, 15, 10), max: Date.UTC(2024, 1, 3) });
    expect(n).to.deep.include({ type: 'integer', empty: 1, min: 3, max: 7 });
    expect(table.data[0]).to.be.instanceOf(Float64Array);
    expect(Number.isNaN((table.data[0] as Float64Array)[1])).to.equal(true);
  });

  it('gives the same table when the text arrives in small pieces (quotes and CRLF split)', () => {
    const text = 'a;b\r\n"x\r\ny";1\r\n"z;""w""";2\r\n'.repeat(200);
    const whole = parseCsvText(text);
    for (const size of [1, 3, 17, 1000]) {
      const stream = new CsvStream();
      for (let at = 0; at < text.length; at += size) stream.push(text.slice(at, at + size));
      const table = stream.finish();
      expect(table.rowCount, `pieces of ${size}`).to.equal(400);
      expect(table.data[0]).to.deep.equal(whole.data[0]);
      expect((table.data[0] as string[])[0]).to.equal('x\ny');
      expect((table.data[0] as string[])[1]).to.equal('z;"w"');
    }
  });

  it('keeps at most 50 issues of a kind and counts them all', () => {
    const table = parseCsvText(`a;b;c\n${'1;2\n'.repeat(500)}`);
    expect(table.issueCounts.ragged).to.equal(500);
    expect(table.issues.filter((i) => i.kind === 'ragged')).to.have.length(50);
  });

  it('uses a given separator instead of sniffing', () => {
    const table = parseCsvText('a,b;c\n1,2;3\n', { delimiter: ';' });
    expect(table.columns.map((c) => c.name)).to.deep.equal(['a,b', 'c']);
  });

  it('keeps hostile strings in headers and cells as plain text', async () => {
    const tripped = installCanary();
    const list = (await naughtyStrings()).filter((s) => !/[\r\n"]/.test(s)).slice(0, 400);
    const header = list.map((_, i) => `c${i}`).join('\t');
    const row = list.map((s) => s.replace(/\t/g, ' ')).join('\t');
    const table = parseCsvText(`${header}\n${row}\n`, { delimiter: '\t' });
    expect(table.columns).to.have.length(list.length);
    table.columns.forEach((c, i) => {
      if (c.type === 'text' || c.type === 'code') expect((table.data[i] as string[])[0]).to.equal(list[i]!.replace(/\t/g, ' '));
    });
    const asHeaders = parseCsvText(`${list.map((s) => s.replace(/\t/g, ' ')).join('\t')}\n${list.map(() => 'x').join('\t')}\n`, { delimiter: '\t' });
    expect(asHeaders.columns.length).to.equal(list.length);
    expect(new Set(asHeaders.columns.map((c) => c.name)).size).to.equal(list.length);
    expect(tripped()).to.equal(false);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });
});

describe('source/parseJsonData', () => {
  it('refuses top-level scalars and objects without records, in French', () => {
    for (const [text, code] of [['42', 'unsupported-json'], ['"texte"', 'unsupported-json'], ['null', 'unsupported-json'], ['{"data":[]}', 'no-records'], ['[1,2,3]', 'no-records'], ['', 'empty'], ['{', 'invalid-json']] as const) {
      let error: unknown;
      try {
        parseJsonData(text);
      } catch (e) {
        error = e;
      }
      expect(error, text).to.be.instanceOf(DataSourceError);
      expect((error as DataSourceError).code, text).to.equal(code);
      expect((error as Error).message).to.match(/^Le /);
    }
  });

  it('reports items that are not objects and keeps the others', () => {
    const table = parseJsonData('[{"a":1},2,null,{"a":3,"b":{"c":{"d":{"e":1}}}}]');
    expect(table.rowCount).to.equal(2);
    expect(table.issueCounts['not-object']).to.equal(1);
    expect(table.columns.map((c) => c.name)).to.deep.equal(['a', 'b.c.d']);
    expect((table.data[1] as string[])[1]).to.equal('{"e":1}');
  });

  it('writes arrays in cells as JSON text and survives deep nesting', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const table = parseJsonData(`[{"tags":["a","b"],"deep":${deep}}]`);
    expect((table.data[0] as string[])[0]).to.equal('["a","b"]');
    expect(table.rowCount).to.equal(1);
  });

  it('reads Opendatasoft v1 records (fields)', () => {
    const table = parseJsonData('{"records":[{"recordid":"x","fields":{"nom":"Agen","cp":"47000"}}]}');
    expect(table.columns.map((c) => c.name)).to.deep.equal(['nom', 'cp']);
  });
});

describe('source/messages and transfer', () => {
  it('has every French text in English, placeholders filled', () => {
    expect(Object.keys(sourceEn).sort()).to.deep.equal(Object.keys(sourceFr).sort());
    expect(sourceText('ragged', { line: 4, found: 2, expected: 3 })).to.equal('Ligne 4 : 2 cellule(s) au lieu de 3.');
    expect(sourceText('ragged', { line: 4, found: 2, expected: 3 }, 'en')).to.equal('Row 4: 2 cell(s) instead of 3.');
    expect(sourceText('http', {})).to.contain('{status}');
  });

  it('packs and unpacks a table (text as one string, numbers as transferable buffers)', async () => {
    const table = parseCsvText('nom;n\nA;1\n;2\nÉlodie 𝄞;3\n');
    const { packed, transfer } = packTable(table);
    expect(transfer).to.have.length(3);
    const back = await unpackTable(structuredClone(packed));
    expect(back.data[0]).to.deep.equal(['A', '', 'Élodie 𝄞']);
    expect(Array.from(back.data[1] as Float64Array)).to.deep.equal([1, 2, 3]);
  });
});

describe('source/read preview', () => {
  it('gives the first rows as written once, with the first progress report of a big file', async () => {
    const { readSource } = await import('./read.js');
    const lines = ['nom;code;montant'];
    for (let i = 0; i < 60_000; i++) lines.push(`Lieu ${i};0${i % 9}100;${i},5`);
    const blob = new Blob([lines.join('\n')]);
    const previews: { columns: string[]; rows: string[][] }[] = [];
    let reports = 0;
    const table = await readSource({ blob }, { batchChars: 100_000, onProgress: (p) => { reports += 1; if (p.preview) previews.push(p.preview); } });
    expect(table.rowCount).to.equal(60_000);
    expect(reports).to.be.greaterThan(2);
    expect(previews.length).to.equal(1);
    expect(previews[0]!.columns).to.deep.equal(['nom', 'code', 'montant']);
    expect(previews[0]!.rows.length).to.equal(30);
    expect(previews[0]!.rows[1]).to.deep.equal(['Lieu 1', '01100', '1,5']);
  });
});
