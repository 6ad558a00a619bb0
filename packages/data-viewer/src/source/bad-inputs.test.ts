import { expect } from '@open-wc/testing';
import { badInputCases, type ExpectedCell, type ExpectedTable } from './bad-inputs.examples.js';
import { DataSourceError } from './errors.js';
import { jsonTestSuiteFiles } from './jsontestsuite.examples.js';
import { parseJsonData } from './json.js';
import { readSource } from './read.js';
import { decode } from './decode.js';
import type { DataTable } from './table.js';

async function bytesOf(file: string): Promise<Uint8Array> {
  const response = await fetch(`/shared-data/${file.split('/').map(encodeURIComponent).join('/')}`);
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** A table cell as the cases write it: numbers (NaN → null), dates as ISO text, booleans, text. */
function cellOf(table: DataTable, c: number, r: number): ExpectedCell {
  const v = table.data[c]![r]!;
  if (typeof v === 'string') return v;
  if (Number.isNaN(v)) return null;
  const column = table.columns[c]!;
  if (column.type === 'boolean') return v === 1;
  if (column.type === 'date') return column.withTime ? new Date(v).toISOString() : new Date(v).toISOString().slice(0, 10);
  return v;
}

const rowsOf = (table: DataTable, n = table.rowCount): ExpectedCell[][] =>
  Array.from({ length: Math.min(n, table.rowCount) }, (_, r) => table.columns.map((_, c) => cellOf(table, c, r)));

function check(table: DataTable, expected: ExpectedTable): void {
  if (expected.columns) expect(table.columns.map((c) => c.name)).to.deep.equal(expected.columns);
  if (expected.types) expect(table.columns.map((c) => c.type)).to.deep.equal(expected.types);
  if (expected.rowCount !== undefined) expect(table.rowCount).to.equal(expected.rowCount);
  if (expected.rows) {
    // A case may write only the first cells of its rows.
    const rows = rowsOf(table, expected.rows.length).map((row, r) => row.slice(0, expected.rows![r]!.length));
    expect(rows).to.deep.equal(expected.rows);
  }
  if (expected.encoding) expect(table.source.encoding).to.equal(expected.encoding);
  if (expected.delimiter) expect(table.source.delimiter).to.equal(expected.delimiter);
  if (expected.format) expect(table.source.format).to.equal(expected.format);
  if (expected.issues) {
    const counts = { ...table.issueCounts };
    for (const [kind, n] of Object.entries(expected.issues)) {
      expect(counts[kind as keyof typeof counts] ?? 0, kind).to.equal(n);
      delete counts[kind as keyof typeof counts];
    }
    if (!expected.otherIssues) expect(counts, 'no other issue').to.deep.equal({});
  }
  // Every column has one value per row.
  for (const values of table.data) expect(values.length).to.equal(table.rowCount);
  for (const issue of table.issues) expect(issue.message).to.be.a('string').and.not.match(/\{\w+\}/);
}

describe('source: bad-input catalogue', () => {
  it('has at least 80 cases, names unique', () => {
    expect(badInputCases.length).to.be.at.least(80);
    expect(new Set(badInputCases.map((c) => c.name)).size).to.equal(badInputCases.length);
  });

  for (const testCase of badInputCases) {
    it(testCase.name, async () => {
      const bytes = testCase.file ? await bytesOf(testCase.file) : testCase.bytes ? new Uint8Array(testCase.bytes) : new TextEncoder().encode(testCase.text ?? '');
      let table: DataTable | undefined;
      let error: unknown;
      try {
        table = await readSource({ buffer: bytes.slice().buffer });
      } catch (e) {
        error = e;
      }
      if ('error' in testCase.expect) {
        expect(error, 'a DataSourceError').to.be.instanceOf(DataSourceError);
        expect((error as DataSourceError).code).to.equal(testCase.expect.error);
        expect((error as Error).message).to.match(/^(Le|La|Les) /);
        return;
      }
      if (error) throw error;
      if (testCase.spectrumJson) {
        // The expected JSON: records of strings. CRLF inside quotes is read as LF (line breaks are
        // normalised; the stored *_crlf files have LF line breaks anyway).
        const expected = JSON.parse(new TextDecoder().decode(await bytesOf(testCase.spectrumJson))) as Record<string, string>[];
        const records = rowsOf(table!).map((row) =>
          Object.fromEntries(row.map((v, c) => [table!.columns[c]!.name, v === null ? '' : String(v)])),
        );
        const normalised = expected.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.replace(/\r\n/g, '\n')])));
        expect(records).to.deep.equal(normalised);
        return;
      }
      check(table!, testCase.expect);
    });
  }

  it('csv-spectrum newlines with real CRLF line breaks equals its JSON', async () => {
    const text = new TextDecoder().decode(await bytesOf('csv-spectrum/csvs/newlines.csv')).replace(/\n/g, '\r\n');
    const table = await readSource({ buffer: new TextEncoder().encode(text).buffer });
    expect(rowsOf(table).map((r) => r.map(String))).to.deep.equal([['1', '2', '3'], ['Once upon \na time', '5', '6'], ['7', '8', '9']]);
  });
});

describe('source: JSONTestSuite (every file read or refused, none over 2 s)', () => {
  it('knows the 318 files', () => {
    expect(jsonTestSuiteFiles.length).to.equal(318);
  });
  const outcomes: Record<string, number> = {};
  for (const file of jsonTestSuiteFiles) {
    it(file, async () => {
      const bytes = await bytesOf(`jsontestsuite-parsing/test_parsing/${file}`);
      const started = performance.now();
      let outcome: string;
      try {
        parseJsonData(decode(bytes).text);
        outcome = 'read';
      } catch (error) {
        if (!(error instanceof DataSourceError)) throw error;
        expect(error.message).to.match(/^Le /);
        outcome = error.code;
      }
      expect(performance.now() - started).to.be.lessThan(2000);
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      // n_ files are invalid JSON: never shown as a table.
      if (file.startsWith('n_')) expect(outcome).to.not.equal('read');
    });
  }
  after(() => {
    console.log(`JSONTestSuite outcomes: ${JSON.stringify(outcomes)}`);
  });
});
