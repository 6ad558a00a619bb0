import { expect } from '@open-wc/testing';
import Papa from 'papaparse';
import { makeVenue, type Venue } from '../model.js';
import { naughtyStrings } from '../../../../test/helpers/naughty.js';
import { venuesCsv, venuesCsvMessages } from './export.js';

const FR_HEADER = ['nom', 'adresse', 'code postal', 'commune', 'téléphone', 'courriel', 'site', 'horaires', 'services', 'publics', 'latitude', 'longitude', 'id'];

const VENUES: Venue[] = [
  makeVenue({
    id: 'lyon-1', name: 'Bibliothèque du 1er', address: '7 rue Saint-Polycarpe', addressComplement: 'Bâtiment B, 2e étage', postcode: '69001', commune: 'Lyon',
    position: { lat: 45.764, lon: 4.8357 }, coordinates: 'ok', phone: '04 78 00 00 00', emails: ['bm@lyon.fr', 'accueil@lyon.fr'],
    websites: ['https://bm-lyon.fr/', 'javascript:alert(1)'], openingHours: 'Mo-Fr 10:00-18:00; Sa 10:00-12:00',
    services: ['Aide aux démarches administratives', 'Loisirs et créations numériques'], publics: ['Jeunes', 'Seniors'],
  }),
  makeVenue({ id: 'nantes', name: 'Espace "numérique", Nantes', commune: 'Nantes', position: { lat: 47.2184, lon: -1.5536 }, coordinates: 'ok' }),
  makeVenue({ id: 'isle', name: '=HYPERLINK("http://evil.example";"clic")', commune: '-2+3', phone: '+33 4 74 00 00 00' }),
];

/** The CSV as papaparse reads it (BOM removed, the way a spreadsheet does). */
function read(text: string): string[][] {
  expect(text.charCodeAt(0), 'BOM').to.equal(0xfeff);
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).to.deep.equal([]);
  return parsed.data;
}

describe('venuesCsv', () => {
  it('writes French headers and one row per venue, separated by ; with a BOM', () => {
    const text = venuesCsv(VENUES, { locale: 'fr' });
    expect(text.startsWith('\uFEFFnom;adresse;code postal;')).to.equal(true);
    const rows = read(text);
    expect(rows[0]).to.deep.equal(FR_HEADER);
    expect(rows).to.have.length(1 + VENUES.length);
    expect(rows[1]).to.deep.equal([
      'Bibliothèque du 1er', '7 rue Saint-Polycarpe, Bâtiment B, 2e étage', '69001', 'Lyon', '04 78 00 00 00', 'bm@lyon.fr | accueil@lyon.fr',
      'https://bm-lyon.fr/', 'Mo-Fr 10:00-18:00; Sa 10:00-12:00', 'Aide aux démarches administratives | Loisirs et créations numériques',
      'Jeunes | Seniors', '45.764', '4.8357', 'lyon-1',
    ]);
    // quotes and separators inside a name; a negative longitude stays a number (no quote prefix)
    expect(rows[2]![0]).to.equal('Espace "numérique", Nantes');
    expect(rows[2]![11]).to.equal('-1.5536');
  });

  it('writes English headers separated by , when asked', () => {
    const text = venuesCsv(VENUES, { locale: 'en' });
    expect(text.startsWith('\uFEFFname,address,postcode,town,phone,email,website,opening hours,services,audiences,latitude,longitude,id\r\n')).to.equal(true);
    expect(read(text)).to.have.length(4);
    expect(read(venuesCsv(VENUES, { locale: 'fr', separator: ',' }))[0]).to.deep.equal(FR_HEADER);
    expect(venuesCsv([], { locale: 'fr', bom: false }).startsWith('nom;')).to.equal(true);
  });

  it('adds a distance column rounded to 10 m when distances are given, empty without a position', () => {
    const rows = read(venuesCsv(VENUES, { locale: 'fr', distances: Float64Array.of(0, 523.456789, NaN) }));
    expect(rows[0]!.slice(10, 13)).to.deep.equal(['distance (km)', 'latitude', 'longitude']);
    expect(rows.slice(1).map((r) => r[10])).to.deep.equal(['0', '523.46', '']);
    // a distances array shorter than the list: the missing ones are empty
    expect(read(venuesCsv(VENUES, { locale: 'fr', distances: Float64Array.of(1.5) })).slice(1).map((r) => r[10])).to.deep.equal(['1.5', '', '']);
  });

  it('leaves out unsafe links and empty values, and writes no position as empty cells', () => {
    const rows = read(venuesCsv(VENUES, { locale: 'fr' }));
    expect(rows[1]![6]).to.equal('https://bm-lyon.fr/');
    expect(rows[3]!.slice(10, 12)).to.deep.equal(['', '']);
    const odd = makeVenue({ id: 'x', websites: ['data:text/html,<script>alert(1)</script>', ' '], emails: ['', 'a@b.fr'], services: [' ', 'Jeunes'] });
    const [, row] = read(venuesCsv([odd], { locale: 'fr' }));
    expect(row![5]).to.equal('a@b.fr');
    expect(row![6]).to.equal('');
    expect(row![8]).to.equal('Jeunes');
  });

  it('escapes formulas from the data', () => {
    const row = read(venuesCsv(VENUES, { locale: 'fr' }))[3]!;
    expect(row[0]).to.equal(`'=HYPERLINK("http://evil.example";"clic")`);
    expect(row[3]).to.equal("'-2+3");
    expect(row[4]).to.equal("'+33 4 74 00 00 00");
    expect(read(venuesCsv(VENUES, { locale: 'en' })).flat().filter((c) => /^[=+\-@\t\r]/.test(c))).to.deep.equal(['-1.5536']);
  });

  it('takes header overrides from the host page', () => {
    venuesCsvMessages.override('fr', { columns: { name: 'structure' } });
    try {
      expect(read(venuesCsv([], { locale: 'fr' }))[0]![0]).to.equal('structure');
    } finally {
      venuesCsvMessages.override('fr', { columns: { name: 'nom' } });
    }
  });

  it('keeps every naughty string as one cell', async () => {
    const strings = await naughtyStrings();
    const venues = strings.map((s, k) => makeVenue({ id: `n${k}`, name: s, commune: s, services: [s, s], position: { lat: 45, lon: 4 }, coordinates: 'ok' }));
    for (const locale of ['fr', 'en'] as const) {
      const rows = read(venuesCsv(venues, { locale }));
      // papaparse skips a record that is blank; none is: every row has its id and position
      expect(rows).to.have.length(strings.length + 1);
      rows.slice(1).forEach((row, k) => {
        const s = strings[k]!;
        const escaped = (x: string) => (/^(?:[\t\r]|[ \n]*[=+\-@＝＋－＠])/.test(x) ? `'${x}` : x);
        expect(row, JSON.stringify(s)).to.have.length(13);
        expect(row[0], JSON.stringify(s)).to.equal(escaped(s));
        expect(row[12]).to.equal(`n${k}`);
      });
    }
  });
});
