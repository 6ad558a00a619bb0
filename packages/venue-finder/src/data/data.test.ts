import { expect } from '@open-wc/testing';
import Papa from 'papaparse';
import {
  VenueDataError,
  checkCoordinates,
  csvCell,
  departmentOf,
  detectVersion,
  franceServicesDayToOsm,
  inTerritory,
  isoDate,
  lambert93ToWgs84,
  loadVenues,
  normalizeRecords,
  parseDataset,
  parseEmails,
  parsePhone,
  parseUrls,
  qualityReportCsv,
  sniffDelimiter,
  webUrl,
} from './index.js';

const shared = async (path: string): Promise<string> => {
  const response = await fetch(`/shared-data/${path}`);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
};

const NOW = new Date('2026-01-01T12:00:00Z');

function expectDataError(fn: () => unknown, code: string): void {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error, 'should throw').to.be.instanceOf(VenueDataError);
  expect((error as VenueDataError).code).to.equal(code);
  expect((error as Error).message).to.match(/^Le fichier/);
}

describe('data/coordinates', () => {
  it('keeps WGS84 points in metropolitan France', () => {
    expect(checkCoordinates(48.8530, 2.3499)).to.deep.equal({ position: { lat: 48.853, lon: 2.3499 }, status: 'ok' });
  });

  it('accepts decimal commas and strings', () => {
    expect(checkCoordinates('45,76', ' 4,83 ')).to.deep.equal({ position: { lat: 45.76, lon: 4.83 }, status: 'ok' });
  });

  it('fixes swapped latitude and longitude', () => {
    expect(checkCoordinates(2.35, 48.85)).to.deep.equal({ position: { lat: 48.85, lon: 2.35 }, status: 'swapped' });
    expect(checkCoordinates(-0.008588, 45.952791).status).to.equal('swapped');
  });

  it('converts Lambert-93 metres (Notre-Dame de Paris) in either column order', () => {
    const { position, status } = checkCoordinates(652000, 6862000);
    expect(status).to.equal('lambert93');
    expect(position!.lat).to.be.closeTo(48.85, 0.01);
    expect(position!.lon).to.be.closeTo(2.35, 0.01);
    expect(checkCoordinates(6862000, 652000).status).to.equal('lambert93');
    expect(checkCoordinates('652000,0', '6862000').status).to.equal('lambert93');
  });

  it('inverts Lambert-93 precisely at the projection origin and on known points', () => {
    // (700 000, 6 600 000) is the false origin: 46.5° N, 3° E.
    const origin = lambert93ToWgs84(700000, 6600000);
    expect(origin.lat).to.be.closeTo(46.5, 1e-6);
    expect(origin.lon).to.be.closeTo(3, 1e-9);
    // Round trip through the forward projection (IGN ALG0003), written independently here.
    const n = 0.725607765, c = 11754255.426, e = 0.08181919106;
    const forward = (lat: number, lon: number): [number, number] => {
      const phi = (lat * Math.PI) / 180;
      const iso = Math.log(Math.tan(Math.PI / 4 + phi / 2) * Math.pow((1 - e * Math.sin(phi)) / (1 + e * Math.sin(phi)), e / 2));
      const r = c * Math.exp(-n * iso);
      const gamma = n * ((lon - 3) * Math.PI) / 180;
      return [700000 + r * Math.sin(gamma), 12655612.05 - r * Math.cos(gamma)];
    };
    for (const [lat, lon] of [[43.2965, 5.3698], [48.3904, -4.4861], [42.6986, 2.8956], [51.0343, 2.3768], [41.9192, 8.7386]]) {
      const [x, y] = forward(lat!, lon!);
      const back = lambert93ToWgs84(x, y);
      expect(back.lat).to.be.closeTo(lat!, 1e-8);
      expect(back.lon).to.be.closeTo(lon!, 1e-8);
      expect(checkCoordinates(x, y).status).to.equal('lambert93');
    }
  });

  it('accepts the overseas territories as in France', () => {
    const points: Array<[number, number]> = [
      [16.241, -61.533], // Guadeloupe (Pointe-à-Pitre)
      [14.616, -61.059], // Martinique
      [4.938, -52.326], // Guyane (Cayenne)
      [-21.361107, 55.45], // La Réunion
      [-12.78, 45.228], // Mayotte
      [46.78, -56.17], // Saint-Pierre-et-Miquelon
      [18.07, -63.05], // Saint-Martin
      [17.9, -62.85], // Saint-Barthélemy
      [-13.28, -176.17], // Wallis
      [-17.535, -149.569], // Papeete
      [-22.27, 166.44], // Nouméa
    ];
    for (const [lat, lon] of points) expect(checkCoordinates(lat, lon).status, `${lat},${lon}`).to.equal('ok');
  });

  it('flags valid points outside France and refuses unusable ones', () => {
    expect(checkCoordinates(40.7128, -74.006)).to.deep.equal({ position: { lat: 40.7128, lon: -74.006 }, status: 'outside' });
    for (const [a, b] of [
      ['', ''],
      [null, 2],
      [0, 0],
      ['abc', '2'],
      [NaN, 2],
      [Infinity, 3],
      [200, 300],
      ['48°51′N', '2°21′E'],
      [undefined, undefined],
    ] as Array<[unknown, unknown]>) {
      expect(checkCoordinates(a, b), `${String(a)},${String(b)}`).to.deep.equal({ status: 'missing' });
    }
  });
});

describe('data/fields', () => {
  it('reads French phone numbers in any format', () => {
    const expected = { display: '04 50 56 87 49', e164: '+33450568749' };
    for (const raw of ['04 50 56 87 49', '04.50.56.87.49', '0450568749', '+33 4 50 56 87 49', '+33 (0)4 50 56 87 49', '0033450568749', 33450568749, 450568749, ' 04-50-56-87-49 ']) {
      expect(parsePhone(raw), String(raw)).to.deep.equal(expected);
    }
    expect(parsePhone('0590 12 34 56')).to.deep.equal({ display: '05 90 12 34 56', e164: '+590590123456' });
    expect(parsePhone('+262 262 12 34 56')).to.deep.equal({ display: '02 62 12 34 56', e164: '+262262123456' });
    expect(parsePhone('+687 12 34 56')).to.deep.equal({ display: '+687 12 34 56', e164: '+687123456' });
    for (const bad of ['12', 'abc', '+1 212 555 0100', '', '00000', '04 50 56 87']) expect(parsePhone(bad), bad).to.equal(undefined);
  });

  it('reads several e-mails and tolerates stray spaces', () => {
    expect(parseEmails('a@x.fr|b@y.fr; c@z.org, mailto:d@w.fr')).to.deep.equal({ valid: ['a@x.fr', 'b@y.fr', 'c@z.org', 'd@w.fr'], invalid: [] });
    expect(parseEmails('contact @ x.fr')).to.deep.equal({ valid: ['contact@x.fr'], invalid: [] });
    expect(parseEmails('a@x.fr - b@y.fr')).to.deep.equal({ valid: ['a@x.fr', 'b@y.fr'], invalid: [] });
    expect(parseEmails('mfs@ville-louvres|-')).to.deep.equal({ valid: [], invalid: ['mfs@ville-louvres'] });
  });

  it('adds https to URLs without scheme and drops unsafe schemes', () => {
    expect(webUrl('www.x.fr')).to.equal('https://www.x.fr/');
    expect(webUrl('mairie.fr/epn?a=1')).to.equal('https://mairie.fr/epn?a=1');
    expect(webUrl('//cdn.x.fr/a')).to.equal('https://cdn.x.fr/a');
    expect(webUrl('http://foyerliberte.free.fr/utilisordinateur.html')).to.equal('http://foyerliberte.free.fr/utilisordinateur.html');
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'mailto:a@x.fr', 'tel:+33100000000', '/relative/path', 'pas une url', 'file:///etc/passwd']) {
      expect(webUrl(bad), bad).to.equal(undefined);
    }
    expect(parseUrls('https://a.fr/|www.b.fr;javascript:alert(1) https://c.fr/x, www.d.fr')).to.deep.equal({
      valid: ['https://a.fr/', 'https://www.b.fr/', 'https://c.fr/x', 'https://www.d.fr/'],
      invalid: ['javascript:alert(1)'],
    });
  });

  it('reads ISO and French dates, refuses impossible ones', () => {
    expect(isoDate('2024-04-02')).to.equal('2024-04-02');
    expect(isoDate('2024-04-02T10:00:00Z')).to.equal('2024-04-02');
    expect(isoDate('05/05/2021')).to.equal('2021-05-05');
    expect(isoDate('2021-02-30')).to.equal(undefined);
    expect(isoDate('hier')).to.equal(undefined);
  });
});

describe('data/parse', () => {
  it('sniffs the separator among , ; and tab, outside quotes', () => {
    expect(sniffDelimiter('a,b,c\n1,2,3')).to.equal(',');
    expect(sniffDelimiter('"a,b";c;d\n')).to.equal(';');
    expect(sniffDelimiter('a\tb\tc')).to.equal('\t');
    expect(sniffDelimiter('seul')).to.equal(undefined);
  });

  it('reads ; and tab separated CSV with BOM, CRLF and quoted line breaks', () => {
    const semi = parseDataset('\uFEFFid;nom;adresse\r\n1;"Lieu; un";"12 rue\r\nde la Paix"\r\n2;Deux;\r\n');
    expect(semi.format).to.equal('csv');
    expect(semi.records).to.deep.equal([
      { id: '1', nom: 'Lieu; un', adresse: '12 rue\r\nde la Paix' },
      { id: '2', nom: 'Deux', adresse: '' },
    ]);
    const tab = parseDataset('id\tnom\n1\tA\n');
    expect(tab.records).to.deep.equal([{ id: '1', nom: 'A' }]);
  });

  it('warns about rows with a wrong number of columns, in French', () => {
    const result = parseDataset('id,nom\n1,A\n2,B,extra\n3\n');
    expect(result.records).to.have.length(3);
    expect(result.warnings.join(' ')).to.match(/Ligne 3 : il y a trop de colonnes/).and.to.match(/Ligne 4 : il manque des colonnes/);
  });

  it('reads JSON arrays, { data }, { items } and GeoJSON', () => {
    expect(parseDataset('[{"id":"1"}]').records).to.deep.equal([{ id: '1' }]);
    expect(parseDataset('{"data":[{"id":"1"}]}').records).to.deep.equal([{ id: '1' }]);
    expect(parseDataset('{"items":[{"id":"1"}],"total":1}').records).to.deep.equal([{ id: '1' }]);
    const geo = parseDataset(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', geometry: { type: 'Point', coordinates: [2.35, 48.85] }, properties: { id: 'a', nom: 'A' } },
          { type: 'Feature', geometry: null, properties: { id: 'b' } },
        ],
      }),
    );
    expect(geo.format).to.equal('geojson');
    expect(geo.records).to.deep.equal([{ id: 'a', nom: 'A', longitude: 2.35, latitude: 48.85 }, { id: 'b' }]);
    const mixed = parseDataset('[{"id":"1"}, 3, null, "x"]');
    expect(mixed.records).to.have.length(1);
    expect(mixed.warnings[0]).to.match(/3 élément/);
  });

  it('gives a clear French error for empty, header-only and garbage files', () => {
    expectDataError(() => parseDataset(''), 'empty');
    expectDataError(() => parseDataset('  \n\r\n '), 'empty');
    expectDataError(() => parseDataset('\uFEFF'), 'empty');
    expectDataError(() => parseDataset('id,nom,commune\n'), 'no-records');
    expectDataError(() => parseDataset('id;nom;commune\r\n\r\n\r\n'), 'no-records');
    expectDataError(() => parseDataset('{"id": 1,'), 'invalid-json');
    expectDataError(() => parseDataset('[1, 2'), 'invalid-json');
    expectDataError(() => parseDataset('{"foo": "bar"}'), 'unsupported-json');
    expectDataError(() => parseDataset('[]'), 'no-records');
    expectDataError(() => parseDataset('[1, "a", null]'), 'no-records');
    expectDataError(() => loadVenues('{"data": []}'), 'no-records');
  });

  it('never crashes on the JSONTestSuite parsing cases', async () => {
    const names = ['n_array_extra_comma.json', 'n_object_trailing_comma.json', 'n_structure_unclosed_array.json', 'y_object_duplicated_key.json', 'y_structure_lonely_null.json', 'n_string_unescaped_tab.json'];
    for (const name of names) {
      const response = await fetch(`/shared-data/jsontestsuite-parsing/test_parsing/${name}`);
      if (!response.ok) continue;
      const text = await response.text();
      try {
        loadVenues(text);
      } catch (e) {
        expect(e, name).to.be.instanceOf(VenueDataError);
      }
    }
  });
});

describe('data/normalize — real files', () => {
  it('normalises the v1 official example', async () => {
    const { venues, version, format, report } = loadVenues(await shared('mediation-standard/exemple-valide.csv'), { now: NOW });
    expect([format, version, venues.length]).to.deep.equal(['csv', 'v1', 1]);
    const v = venues[0]!;
    expect(v).to.include({ id: 'structure-1', pivot: '43493312300029', name: 'Anonymal', commune: 'Reims', postcode: '51100', inseeCode: '51454', coordinates: 'ok', phone: '01 80 05 98 80', itinerant: true, updatedOn: '2024-04-02', otherLabels: 'Label et la bête', bookingUrl: 'https://www.rdv-solidarites.fr/' });
    expect(v.typology).to.deep.equal(['TIERS_LIEUX', 'ASSO']);
    expect(v.emails).to.deep.equal(['contact@laquincaillerie.tl', 'responsable@laquincaillerie.tl']);
    expect(v.websites).to.have.length(2);
    expect(v.services).to.deep.equal(['Maîtrise des outils numériques du quotidien', 'Insertion professionnelle via le numérique', 'Loisirs et créations numériques']);
    expect(v.publics).to.deep.equal(['Jeunes', 'Femmes']);
    expect(v.specificSupport).to.deep.equal(['Surdité', 'Illettrisme', 'Langues étrangères (anglais)']);
    expect(v.fees).to.deep.equal(['Gratuit sous condition', 'Payant']);
    expect(v.nationalSchemes).to.deep.equal(['Aidants Connect', 'Conseillers numériques', 'La Croix Rouge']);
    expect(v.labels).to.deep.equal(['Formé à « Mon Espace Santé »', 'Arnia/MedNum BFC (Bourgogne-Franche-Comté)']);
    expect(v.accessModes).to.deep.equal(['Se présenter', 'Téléphoner']);
    expect(v.supportModes).to.deep.equal(['Dans un atelier collectif', 'À distance', 'En autonomie', 'Accompagnement individuel']);
    expect(v.openingHours).to.equal('Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00');
    expect(v.accessibilityUrl).to.match(/^https:\/\/acceslibre\.beta\.gouv\.fr\//);
    expect(report.total).to.equal(1);
    expect(report.unknownValues).to.deep.equal({});
    expect(report.staleUpdates.count).to.equal(1); // 2024-04-02 is more than 12 months before 2026-01-01
    expect(loadVenues(await shared('mediation-standard/exemple-valide.csv'), { now: new Date('2024-06-01') }).report.staleUpdates.count).to.equal(0);
  });

  it('normalises the v0.1.1 official example into v1 fields and vocabularies', async () => {
    const { venues, version } = loadVenues(await shared('mediation-standard/exemple-valide-v0.1.1.csv'));
    expect(version).to.equal('v0.1');
    expect(venues).to.have.length(1);
    const v = venues[0]!;
    expect(v.emails).to.deep.equal(['contact@laquincaillerie.tl']);
    expect(v.websites).to.deep.equal(['https://www.laquincaillerie.tl/', 'https://m.facebook.com/laquincaillerienumerique/']);
    expect(v.typology).to.deep.equal(['TIERS_LIEUX', 'ASSO']);
    expect(v.services).to.deep.equal(['Aide aux démarches administratives', 'Maîtrise des outils numériques du quotidien']);
    expect(v.publics).to.deep.equal(['Familles et/ou enfants']);
    expect(v.specificSupport).to.deep.equal(['Déficience visuelle']);
    expect(v.fees).to.deep.equal(['Payant', 'Gratuit sous condition']);
    expect(v.nationalSchemes).to.deep.equal(['France Services', "Point d'accès numérique CAF"]);
    expect(v.otherLabels).to.equal('APTIC, SudLabs, Nièvre médiation numérique');
    expect(v.supportModes).to.deep.equal(['En autonomie', 'Accompagnement individuel']);
    expect(v.accessibilityUrl).to.match(/^https:\/\/acceslibre/);
    expect(v.itinerant).to.equal(false);
  });

  it('lists every venue of the Hinaura file (v0.1, 687 objects) with its report', async () => {
    const text = await shared('mediation-venues-hinaura/source.json');
    const raw = JSON.parse(text) as unknown[];
    const { venues, version, format, report } = loadVenues(text, { now: NOW, checkHours: (h) => /^(Mo|Tu|We|Th|Fr|Sa|Su)/.test(h) });
    expect([format, version]).to.deep.equal(['json', 'v0.1']);
    expect(venues).to.have.length(raw.length).and.to.have.length(687);
    expect(new Set(venues.map((v) => v.id)).size).to.equal(687);
    expect(venues.every((v) => v.coordinates === 'ok')).to.equal(true);
    expect(venues.filter((v) => v.phone).length).to.equal(631);
    expect(venues.filter((v) => v.openingHours).length).to.equal(617);
    expect(venues.filter((v) => v.emails.length).length).to.equal(593);
    expect(venues.filter((v) => v.websites.length).length).to.equal(498);
    expect(venues.every((v) => v.pivot === undefined)).to.equal(true); // 00000000000000 placeholder
    expect(venues.every((v) => v.services.length > 0)).to.equal(true);
    // "Adultes" has no v1 equivalent; "Public langues étrangères" becomes a specific support.
    expect(venues.filter((v) => v.specificSupport.includes('Langues étrangères (autres)')).length).to.equal(185);
    expect(venues.filter((v) => v.fees.includes('Gratuit')).length).to.equal(527);
    expect(report).to.deep.include({ total: 687, staleMonths: 12, warnings: [] });
    expect(report.invalidPhones.count).to.equal(0);
    expect(report.invalidEmails.count).to.equal(0);
    expect(report.invalidUrls.count).to.equal(0);
    expect(report.unknownValues).to.deep.equal({});
    expect(report.missingCoordinates.count).to.equal(0);
    expect(report.outsideFrance.count).to.equal(0);
    expect(report.staleUpdates.count).to.equal(687); // all dated 2021-05-05…
    expect(report.staleUpdates.examples).to.have.length(5);
    // A naive checker (value must start with a day): two real values lack the day.
    expect(report.unparsableHours!.count).to.equal(2);
    expect(report.unparsableHours!.examples.map((e) => [e.id, e.value])).to.deep.equal([
      ['878', '09:00-12:00,14:00-17:30'],
      ['886', '08:30-11:30; Th 08:30-11:30,14:00-16:30'],
    ]);
    expect(Object.values(report.missingFields).map((e) => e.count)).to.deep.equal([0, 0, 0, 0, 0, 0]);
  });

  it('lists every France Services site (2 683) with per-day hours converted and the real defects reported', async () => {
    const text = await shared('france-services-2022/liste-fs-20221201.csv');
    const rows = Papa.parse(text, { header: true, skipEmptyLines: true }).data;
    const { venues, version, report } = loadVenues(text, { now: NOW });
    expect(version).to.equal('france-services');
    expect(venues).to.have.length(rows.length).and.to.have.length(2683);
    const first = venues[0]!;
    expect(first).to.include({ id: '1', name: 'France services de Valserhône', commune: 'Valserhône', postcode: '01200', inseeCode: '01033', phone: '04 50 56 87 49', openingHours: 'Mo-Th 09:00-12:00,13:30-17:00; Fr 09:00-12:00,13:30-16:00', itinerant: false });
    expect(first.nationalSchemes).to.deep.equal(['France Services']);
    expect(venues.filter((v) => v.itinerant).length).to.equal(288);
    expect(venues.filter((v) => v.position && v.coordinates === 'ok').length).to.equal(2653);
    expect(report.missingCoordinates.count).to.equal(30);
    expect(report.outsideFrance.count).to.equal(0); // overseas sites (971…978) are in France
    expect(venues.filter((v) => v.inseeCode?.startsWith('97')).every((v) => v.coordinates !== 'outside')).to.equal(true);
    expect(report.invalidPhones.count).to.equal(0);
    expect(report.invalidEmails.count).to.equal(2);
    expect(report.invalidEmails.examples.map((e) => e.value)).to.deep.equal(['lelien@paysapt-luberon.f', 'mfs@ville-louvres']);
    expect(report.invalidValues.count).to.equal(1);
    expect(report.invalidValues.examples[0]).to.deep.include({ id: '2004', value: 'code_insee : 0NULL' });
    expect(report.unconvertedHours.count).to.equal(5);
    expect(report.unconvertedHours.examples.map((e) => e.id)).to.deep.equal(['temp_28', 'temp_29', 'temp_67', 'temp_134', 'temp_152']);
    expect(venues.find((v) => v.id === 'temp_28')!.description).to.match(/^Horaires : Lundi : 09:00-12:30-13:30-17:00/);
    expect(report.missingFields.commune.count).to.equal(26);
    expect(report.missingFields.code_postal.count).to.equal(26);
    expect(report.missingFields.adresse.count).to.equal(26);
    expect(report.missingFields.date_maj.count).to.equal(2683);
    expect(report.missingFields.id.count).to.equal(0);
    expect(report.duplicateIds.count).to.equal(0);
    expect(report.staleUpdates.count).to.equal(0);
    expect(report.unparsableHours).to.equal(undefined);
  });

  it('reads the itinerant Charente bus (v0.1-like JSON with numbers for codes and phone)', async () => {
    const { venues, version, report } = loadVenues(await shared('france-services-2022/bus-france-services-charente.json'));
    expect(version).to.equal('v0.1');
    expect(venues).to.have.length(12);
    expect(venues.every((v) => v.itinerant)).to.equal(true);
    expect(venues[0]).to.include({ postcode: '16140', inseeCode: '16317', phone: '06 30 39 25 18', pivot: '40109226700020', coordinates: 'ok' });
    expect(venues[0]!.nationalSchemes).to.deep.equal(['France Services', 'Conseillers numériques']);
    expect(report.missingFields.date_maj.count).to.equal(12);
  });
});

describe('data/normalize — synthetic defects', () => {
  it('tolerates messy v1 rows and reports them', () => {
    const csv = [
      'id;nom;commune;code_postal;adresse;latitude;longitude;telephone;courriels;site_web;date_maj;services;frais_a_charge;prise_rdv;fiche_acces_libre;itinerance',
      ' a ; Lieu A ;Lyon;69001;1 rue X;"45,76";"4,83";04.78.00.00.00;x@y.fr|pas-un-mail;www.lyon.fr|javascript:alert(1);2025-12-01;Aide aux démarches administratives|Inconnu au bataillon|Comprehension du monde numérique;Gratuit;javascript:alert(1);acceslibre.beta.gouv.fr/app/x;Itinérant',
      'a;Lieu B;;;;4.83;45.76;12;;;;;;;;Fixe',
      ';Lieu C;Paris;75004;Parvis;652000;6862000;;;;01/02/2020;;;;;',
    ].join('\n');
    const { venues, report, version } = loadVenues(csv, { now: NOW });
    expect(version).to.equal('v1');
    expect(venues.map((v) => v.id)).to.deep.equal(['a', 'a-2', 'ligne-3']);
    const [a, b, c] = venues as [any, any, any];
    expect(a).to.include({ name: 'Lieu A', phone: '04 78 00 00 00', coordinates: 'ok', itinerant: true, accessibilityUrl: 'https://acceslibre.beta.gouv.fr/app/x' });
    expect(a.bookingUrl).to.equal(undefined);
    expect(a.emails).to.deep.equal(['x@y.fr']);
    expect(a.websites).to.deep.equal(['https://www.lyon.fr/']);
    expect(a.services).to.deep.equal(['Aide aux démarches administratives', 'Inconnu au bataillon', 'Compréhension du monde numérique']);
    expect(b).to.include({ coordinates: 'swapped', phone: '12', itinerant: false });
    expect(c).to.include({ coordinates: 'lambert93', updatedOn: '2020-02-01' });
    expect(report.invalidPhones).to.deep.equal({ count: 1, examples: [{ id: 'a-2', name: 'Lieu B', value: '12' }] });
    expect(report.invalidEmails.count).to.equal(1);
    expect(report.invalidUrls.count).to.equal(2);
    expect(report.unknownValues['services']).to.deep.equal({ count: 1, examples: [{ id: 'a', name: 'Lieu A', value: 'Inconnu au bataillon' }], values: { 'Inconnu au bataillon': 1 } });
    expect(report.swappedCoordinates.count).to.equal(1);
    expect(report.lambert93Coordinates.count).to.equal(1);
    expect(report.duplicateIds.count).to.equal(1);
    expect(report.missingFields.id.count).to.equal(1);
    expect(report.missingFields.commune.count).to.equal(1);
    expect(report.missingFields.date_maj.count).to.equal(1);
    expect(report.staleUpdates.count).to.equal(1);
  });

  it('reads data·inclusion structures (arrays, slugs, horaires_accueil)', () => {
    const structures = [
      {
        id: 'dora--1',
        siret: '12345678900011',
        nom: 'Centre social Le Tournesol',
        commune: 'Lille',
        code_postal: '59000',
        code_insee: '59350',
        adresse: '1 place X',
        latitude: 50.63,
        longitude: 3.06,
        telephone: '03 20 00 00 00',
        courriel: 'contact@tournesol.fr',
        site_web: 'https://tournesol.fr',
        description: 'Accès libre au numérique.',
        source: 'dora',
        date_maj: '2025-02-14',
        horaires_accueil: 'Mo-Fr 08:30-12:30; PH off',
        accessibilite_lieu: 'https://acceslibre.beta.gouv.fr/app/x/',
        reseaux_porteurs: ['france-service', 'conseillers-numeriques', 'caf'],
        lien_source: 'https://dora.inclusion.beta.gouv.fr/structures/x',
      },
    ];
    const { venues, version } = loadVenues(JSON.stringify(structures));
    expect(version).to.equal('data-inclusion');
    expect(venues[0]).to.include({ id: 'dora--1', pivot: '12345678900011', openingHours: 'Mo-Fr 08:30-12:30; PH off', description: 'Accès libre au numérique.', phone: '03 20 00 00 00', accessibilityUrl: 'https://acceslibre.beta.gouv.fr/app/x/' });
    expect(venues[0]!.nationalSchemes).to.deep.equal(['France Services', 'Conseillers numériques']);
    expect(venues[0]!.websites).to.deep.equal(['https://tournesol.fr/']);
  });

  it('detects versions from the columns', () => {
    expect(detectVersion([{ id: '1', courriels: '', frais_a_charge: '' }])).to.equal('v1');
    expect(detectVersion([{ id: '1', courriel: '', conditions_acces: '', cle_ban: '' }])).to.equal('v0.1');
    expect(detectVersion([{ id_fs: '1', lib_fs: 'x' }])).to.equal('france-services');
    expect(detectVersion([{ id: '1', nom: 'x', siret: '1', horaires_accueil: '' }])).to.equal('data-inclusion');
    expect(detectVersion([{ foo: 'bar' }])).to.equal('unknown');
    expect(normalizeRecords([{ foo: 'bar' }]).venues[0]).to.include({ id: 'ligne-1', name: '', coordinates: 'missing' });
  });

  it('converts France Services day cells', () => {
    expect(franceServicesDayToOsm('09:00 - 12:00 / 13:30 - 17:00')).to.equal('09:00-12:00,13:30-17:00');
    expect(franceServicesDayToOsm('9h-12h')).to.equal('09:00-12:00');
    expect(franceServicesDayToOsm('-')).to.equal('closed');
    expect(franceServicesDayToOsm('')).to.equal('closed');
    expect(franceServicesDayToOsm('07:30:12:30')).to.equal(undefined);
    expect(franceServicesDayToOsm('sur rendez-vous')).to.equal(undefined);
  });

  it('keeps hostile strings (big list of naughty strings) as plain text without crashing', async () => {
    const blns = JSON.parse(await shared('big-list-of-naughty-strings/blns.json')) as string[];
    expect(blns.length).to.be.greaterThan(500);
    const records = blns.map((s, i) => ({ id: `n${i}`, nom: s, commune: s, adresse: s, code_postal: s, telephone: s, courriels: s, site_web: s, services: s, latitude: s, longitude: s, date_maj: s, horaires: s, prise_rdv: s, fiche_acces_libre: s, presentation_resume: s, __proto__: s, constructor: s }));
    const { venues, report } = loadVenues(JSON.stringify(records), { now: NOW });
    expect(venues).to.have.length(blns.length);
    for (const v of venues) {
      expect(typeof v.name).to.equal('string');
      for (const url of [...v.websites, v.bookingUrl, v.accessibilityUrl].filter(Boolean)) expect(url).to.match(/^https?:\/\//);
      expect(v.services.every((s) => typeof s === 'string')).to.equal(true);
    }
    const script = venues.find((v) => v.name === '<script>alert(123)</script>');
    expect(script, 'the script string stays text').to.not.equal(undefined);
    expect(({} as any).polluted).to.equal(undefined);
    expect(typeof qualityReportCsv(report)).to.equal('string');
    // The same strings through CSV.
    const csv = Papa.unparse(records.map(({ id, nom, commune }) => ({ id, nom, commune })), { delimiter: ';' });
    expect(loadVenues(csv).venues).to.have.length(blns.length);
  });
});

describe('data/quality', () => {
  it('plugs an hours checker and swallows its exceptions', () => {
    const csv = 'id,nom,horaires\n1,A,Mo-Fr 09:00-12:00\n2,B,le matin\n3,C,\n';
    const { report } = loadVenues(csv, {
      checkHours: (h) => {
        if (h === 'le matin') throw new Error('boom');
        return true;
      },
    });
    expect(report.unparsableHours).to.deep.equal({ count: 1, examples: [{ id: '2', name: 'B', value: 'le matin' }] });
  });

  it('uses `now` and `staleMonths` for stale dates', () => {
    const csv = 'id,nom,date_maj\n1,A,2025-06-01\n2,B,2024-12-31\n3,C,2025-12-31\n';
    expect(loadVenues(csv, { now: NOW }).report.staleUpdates.count).to.equal(1);
    expect(loadVenues(csv, { now: NOW, staleMonths: 6 }).report.staleUpdates.count).to.equal(2);
  });

  it('limits examples to 5', () => {
    const csv = ['id,nom,telephone', ...Array.from({ length: 9 }, (_, i) => `${i},L${i},abc`)].join('\n');
    const { report } = loadVenues(csv);
    expect(report.invalidPhones.count).to.equal(9);
    expect(report.invalidPhones.examples).to.have.length(5);
  });

  it('escapes formulas in the CSV report', () => {
    expect(csvCell('=HYPERLINK("x")')).to.equal(`"'=HYPERLINK(""x"")"`);
    for (const s of ['+1', '-2', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(s).replace(/^"/, '')).to.match(/^'/);
    expect(csvCell('Lyon')).to.equal('Lyon');
    expect(csvCell(3)).to.equal('3');
    const csv = 'id,nom,telephone,services\n1,=cmd|calc,+33 abc,=1+1\n';
    const out = qualityReportCsv(loadVenues(csv).report);
    const rows = Papa.parse<string[]>(out).data;
    expect(rows[0]).to.deep.equal(['probleme', 'champ', 'nombre', 'id', 'nom', 'valeur']);
    const cells = rows.flat();
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).to.deep.equal([]);
    expect(cells).to.include("'=cmd|calc");
    expect(cells).to.include("'+33 abc");
    expect(out).to.match(/Valeur hors vocabulaire,services/);
  });
});

describe('data/territory', () => {
  const venue = (inseeCode: string | undefined, postcode: string) => ({ ...normalizeRecords([{ id: 'x', nom: 'x' }]).venues[0]!, inseeCode, postcode });

  it('filters by INSEE codes, postcodes and departments', () => {
    expect(inTerritory(venue('69123', '69001'), {})).to.equal(true);
    expect(inTerritory(venue('69123', '69001'), { insee: ['69123'] })).to.equal(true);
    expect(inTerritory(venue('69123', '69001'), { insee: ['69381'] })).to.equal(false);
    expect(inTerritory(venue('69123', '69001'), { postcodes: ['69001'] })).to.equal(true);
    expect(inTerritory(venue('69123', '69001'), { departments: ['69'] })).to.equal(true);
    expect(inTerritory(venue('2A004', '20000'), { departments: ['2a'] })).to.equal(true);
    expect(inTerritory(venue('2A004', '20000'), { departments: ['2B'] })).to.equal(false);
    expect(inTerritory(venue(undefined, '20000'), { departments: ['2A'] })).to.equal(true);
    expect(inTerritory(venue('97105', '97100'), { departments: ['971'] })).to.equal(true);
    expect(inTerritory(venue('97105', '97100'), { departments: ['97'] })).to.equal(false);
    expect(inTerritory(venue('01033', '01200'), { departments: ['1'] })).to.equal(true);
    expect(departmentOf('97411')).to.equal('974');
    expect(departmentOf('bad')).to.equal(undefined);
  });

  it('pre-filters the real France Services list by department', async () => {
    const text = await shared('france-services-2022/liste-fs-20221201.csv');
    expect(loadVenues(text, { territory: { departments: ['69'] } }).venues).to.have.length(34);
    expect(loadVenues(text, { territory: { departments: ['971'] } }).venues).to.have.length(29);
    expect(loadVenues(text, { territory: { departments: ['2A'] } }).venues).to.have.length(14);
    const both = loadVenues(text, { territory: { departments: ['69', '971'] } });
    expect(both.venues).to.have.length(63);
    expect(both.report.total).to.equal(63);
  });
});
