import { expect } from '@open-wc/testing';
import type { Venue } from '../model.js';
import { naughtyStrings } from '../../../../test/helpers/naughty.js';
import { prng, syntheticVenues, VOCABULARY } from '../../../../test/bench/venues-data.js';
import { createVenueIndex, FACET_FIELDS, foldText, haversineKm, queryTokens, resultIds, tokenize, type VenueQuery } from './index.js';
import { indexWords } from './normalize.js';
import { naiveSearch } from './naive.js';

const LYON = { lat: 45.764, lon: 4.8357 };
const VILLEURBANNE = { lat: 45.7719, lon: 4.8902 };
const PARIS = { lat: 48.8566, lon: 2.3522 };

function venue(id: string, fields: Partial<Venue>): Venue {
  return {
    id, name: id, address: '', postcode: '', commune: '', coordinates: fields.position ? 'ok' : 'missing',
    typology: [], emails: [], websites: [], itinerant: false, services: [], publics: [], specificSupport: [], fees: [],
    nationalSchemes: [], labels: [], accessModes: [], supportModes: [], ...fields,
  };
}

const VENUES: Venue[] = [
  venue('venissieux', { name: 'Espace numérique des Minguettes', commune: 'VENISSIEUX', postcode: '69200', address: '12 avenue Jean Cagne', position: { lat: 45.6973, lon: 4.8866 }, fees: ['Gratuit'], services: ['Aide aux démarches administratives'], publics: ['Seniors'] }),
  venue('saint-etienne', { name: 'Médiathèque de Tarentaize', commune: 'Saint-Étienne', postcode: '42000', address: '20-24 rue Jo Gouttebarge', position: { lat: 45.4397, lon: 4.3872 }, fees: ['Gratuit'], services: ['Loisirs et créations numériques'] }),
  venue('lyon-1', { name: 'Bibliothèque du 1er', commune: 'Lyon', postcode: '69001', address: '7 rue Saint-Polycarpe', position: LYON, fees: ['Gratuit sous condition'], services: ['Aide aux démarches administratives', 'Loisirs et créations numériques'], publics: ['Jeunes'] }),
  venue('lyon-3', { name: 'Centre social Bonnefoi', commune: 'Lyon', postcode: '69003', address: '5 rue Bonnefoi', position: { lat: 45.7578, lon: 4.8467 }, fees: ['Payant'], services: ['Loisirs et créations numériques'], itinerant: true }),
  venue('villeurbanne', { name: 'Maison du citoyen', commune: 'Villeurbanne', postcode: '69100', address: '1 place Lazare Goujon', position: VILLEURBANNE, fees: ['Gratuit'], publics: ['Jeunes', 'Seniors'] }),
  venue('paris', { name: 'France Services Paris 11e', commune: 'Paris', postcode: '75011', address: '12 place Léon Blum', position: PARIS, fees: ['Gratuit'], services: ['Aide aux démarches administratives'] }),
  venue('isle-abeau', { name: 'Œuvre des Cœurs', commune: 'L’Isle-d’Abeau', postcode: '38080', address: 'chemin du Lac' }),
  venue('st-priest', { name: 'Tiers-lieu La Fabrique', commune: 'St-Priest', postcode: '69800', address: '3 rue Aristide Briand', position: { lat: 45.6969, lon: 4.9434 } }),
  venue('strasbourg', { name: 'Stammtisch numérique', commune: 'Strasbourg', postcode: '67000', address: '2 quai des Bateliers', position: { lat: 48.5734, lon: 7.7521 } }),
];
const index = createVenueIndex(VENUES);
const ids = (query: VenueQuery) => resultIds(VENUES, index.search(query));
const same = (a: readonly string[], b: readonly string[]) => expect([...a].sort()).to.deep.equal([...b].sort());

describe('search: normalisation', () => {
  it('folds accents, case, ligatures, apostrophes and hyphens', () => {
    expect(foldText('Saint-Étienne')).to.equal('saint etienne');
    expect(foldText('L’Haÿ-les-Roses')).to.equal('l hay les roses');
    expect(foldText("CŒUR  d'Æther")).to.equal('coeur d aether');
    expect(foldText('  Île—de–France ')).to.equal('ile de france');
    expect(foldText('ＰＡＲＩＳ')).to.equal('paris'); // full-width letters
    expect(foldText(undefined)).to.equal('');
    expect(tokenize('Lyon, 69001 !')).to.deep.equal(['lyon', '69001']);
  });
  it('expands St/Ste in the data, and tries both in the query', () => {
    expect(indexWords('St-Priest')).to.deep.equal(['saint', 'priest']);
    expect(indexWords('Ste-Foy')).to.deep.equal(['sainte', 'foy']);
    expect(queryTokens('st etienne')).to.deep.equal([['st', 'saint'], ['etienne']]);
    expect(queryTokens('lyon LYON')).to.deep.equal([['lyon']]);
  });
  it('measures known city distances', () => {
    expect(haversineKm(LYON, VILLEURBANNE)).to.be.within(3.5, 5);
    expect(haversineKm(LYON, PARIS)).to.be.within(389, 395);
    expect(haversineKm(LYON, LYON)).to.equal(0);
  });
});

describe('search: text', () => {
  it('ignores accents and case both ways', () => {
    expect(ids({ text: 'vénissieux' })).to.deep.equal(['venissieux']);
    expect(ids({ text: 'ETIENNE' })).to.deep.equal(['saint-etienne']);
    expect(ids({ text: 'mediatheque' })).to.deep.equal(['saint-etienne']);
  });
  it('finds Saint-Étienne from "st etienne", "saint etienne", "st-étienne"; St-Priest from "saint priest"', () => {
    for (const text of ['st etienne', 'saint etienne', 'St-Étienne', 'saint-et']) expect(ids({ text }), text).to.deep.equal(['saint-etienne']);
    expect(ids({ text: 'saint priest' })).to.deep.equal(['st-priest']);
    expect(ids({ text: 'st pri' })).to.deep.equal(['st-priest']);
  });
  it('"st" alone is a prefix and an abbreviation', () => {
    same(ids({ text: 'st' }), ['saint-etienne', 'st-priest', 'strasbourg', 'lyon-1']);
  });
  it('matches postcode prefixes', () => {
    same(ids({ text: '690' }), ['lyon-1', 'lyon-3']);
    same(ids({ text: '69' }), ['lyon-1', 'lyon-3', 'venissieux', 'villeurbanne', 'st-priest']);
    expect(ids({ text: '69001' })).to.deep.equal(['lyon-1']);
  });
  it('requires every word, at the start of a word (prefix mode) or anywhere (substring mode)', () => {
    expect(ids({ text: 'lyon bonnefoi' })).to.deep.equal(['lyon-3']);
    expect(ids({ text: 'lyon paris' })).to.deep.equal([]);
    expect(ids({ text: 'fabrique' })).to.deep.equal(['st-priest']);
    expect(ids({ text: 'abrique' })).to.deep.equal([]);
    expect(ids({ text: 'abrique', textMode: 'substring' })).to.deep.equal(['st-priest']);
  });
  it('handles ligatures and apostrophes', () => {
    for (const text of ['oeuvre', 'ŒUVRE', 'coeurs', "l'isle d'abeau", 'isle abeau', 'L’Isle-d’Abeau']) expect(ids({ text }), text).to.deep.equal(['isle-abeau']);
  });
  it('an empty or symbol-only query keeps every venue', () => {
    expect(ids({ text: '' })).to.have.length(VENUES.length);
    expect(ids({ text: ' -’ ' })).to.have.length(VENUES.length);
  });
  it('keystroke by keystroke, backspaces included, gives the same as a fresh index', () => {
    const live = createVenueIndex(VENUES);
    for (const text of ['s', 'st', 'st ', 'st e', 'st et', 'st e', 'st', 'sa', 'sai', 'saint p', 'l', 'ly', 'lyo', 'lyon', 'lyo', '6', '69', '690', '6900', '69003']) {
      expect(resultIds(VENUES, live.search({ text })), text).to.deep.equal(resultIds(VENUES, createVenueIndex(VENUES).search({ text })));
    }
  });
});

describe('search: filters', () => {
  it('ORs the values of one field', () => {
    same(ids({ filters: { fees: ['Gratuit', 'Payant'] } }), ['venissieux', 'saint-etienne', 'lyon-3', 'villeurbanne', 'paris']);
  });
  it('ANDs the fields', () => {
    same(ids({ filters: { fees: ['Gratuit'], services: ['Aide aux démarches administratives'] } }), ['venissieux', 'paris']);
    same(ids({ filters: { fees: ['Gratuit', 'Gratuit sous condition'], services: ['Aide aux démarches administratives'], publics: ['Jeunes', 'Seniors'] } }), ['venissieux', 'lyon-1']);
  });
  it('an empty selection is no condition; an unknown value matches nothing', () => {
    expect(ids({ filters: { fees: [] } })).to.have.length(VENUES.length);
    expect(ids({ filters: { fees: ['Gratis'] } })).to.deep.equal([]);
  });
  it('filters on itinerance and on caller masks ("ouvert maintenant")', () => {
    expect(ids({ itinerant: true })).to.deep.equal(['lyon-3']);
    expect(ids({ itinerant: false })).to.have.length(VENUES.length - 1);
    const openNow = new Uint8Array(VENUES.length);
    openNow[0] = 1; openNow[2] = 1; openNow[3] = 1;
    const saturday = new Uint8Array(VENUES.length).fill(1);
    saturday[2] = 0;
    same(ids({ masks: [openNow] }), ['venissieux', 'lyon-1', 'lyon-3']);
    same(ids({ masks: [openNow, saturday] }), ['venissieux', 'lyon-3']);
    same(ids({ masks: [openNow, saturday], text: 'lyon' }), ['lyon-3']);
  });
  it('combines text and filters', () => {
    expect(ids({ text: 'lyon', filters: { fees: ['Payant'] } })).to.deep.equal(['lyon-3']);
  });
  it('counts facet values store-locator style', () => {
    const { facets } = index.search({ text: '69', filters: { fees: ['Gratuit'] }, facets: true });
    // fees: its own selection is ignored → counts among all "69" venues
    expect(facets!.fields.fees).to.deep.equal({ Gratuit: 2, 'Gratuit sous condition': 1, Payant: 1 });
    // publics: counted among the results (69 + Gratuit = venissieux, villeurbanne)
    expect(facets!.fields.publics).to.deep.equal({ Seniors: 2, Jeunes: 1 });
    expect(facets!.itinerant).to.deep.equal({ itinerant: 0, fixed: 2 });
  });
});

describe('search: distance', () => {
  it('sorts by distance, then venues without a position by name', () => {
    const r = index.search({ origin: LYON });
    const order = resultIds(VENUES, r);
    expect(order.slice(0, 3)).to.deep.equal(['lyon-1', 'lyon-3', 'villeurbanne']);
    expect(order.at(-1)).to.equal('isle-abeau');
    expect(r.distances![0]).to.equal(0);
    expect(r.distances![2]).to.be.within(3.5, 5);
    expect(r.distances![order.indexOf('paris')]).to.be.within(389, 395);
    expect(Number.isNaN(r.distances!.at(-1))).to.equal(true);
    for (let k = 1; k < order.length - 1; k += 1) expect(r.distances![k]).to.be.at.least(r.distances![k - 1]!);
  });
  it('keeps venues within the maximum distance only', () => {
    same(ids({ origin: LYON, maxDistanceKm: 5 }), ['lyon-1', 'lyon-3', 'villeurbanne']);
    // Lyon–Strasbourg ≈ 384 km, Lyon–Paris ≈ 392 km
    same(ids({ origin: LYON, maxDistanceKm: 380 }), VENUES.filter((v) => v.position && !['paris', 'strasbourg'].includes(v.id)).map((v) => v.id));
    same(ids({ origin: LYON, maxDistanceKm: 388 }), VENUES.filter((v) => v.position && v.id !== 'paris').map((v) => v.id));
  });
  it('sorts by name with French collation when asked, or without a point', () => {
    const names = ['Zèbre', 'école', 'Éclair', 'Abri', 'ecole'];
    const vs = names.map((name, k) => venue(`v${k}`, { name, position: LYON }));
    const order = createVenueIndex(vs).search({ origin: LYON, sort: 'name' }).indices;
    const expected = [...names].sort(new Intl.Collator('fr').compare);
    expect(Array.from(order, (i) => vs[i]!.name)).to.deep.equal(expected);
    expect(Array.from(createVenueIndex(vs).search({}).indices, (i) => vs[i]!.name)).to.deep.equal(expected);
  });
});

describe('search: index and naive agree', () => {
  const venues = syntheticVenues(2000, 7);
  const big = createVenueIndex(venues);
  const rand = prng(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const allWords = [...new Set(venues.flatMap((v) => [v.name, v.commune, v.postcode, v.address].flatMap((s) => s.split(/[\s-]+/))))];

  function randomQuery(): VenueQuery {
    const query: VenueQuery = {};
    // Half the time, words of one venue (so that queries match something), else any words.
    const source = rand() < 0.5 ? pick(venues) : undefined;
    const pool = source ? [source.name, source.commune, source.postcode, source.address].flatMap((s) => s.split(/[\s-]+/)) : allWords;
    const words = rand() < 0.9 ? Array.from({ length: 1 + Math.floor(rand() * 3) }, () => {
      const w = pick(pool);
      return rand() < 0.6 ? w.slice(0, 1 + Math.floor(rand() * w.length)) : rand() < 0.5 ? w.toUpperCase() : w;
    }) : [];
    if (rand() < 0.1) words.push(pick(['st', 'ste', 'saint', 'xyz', '69', '0']));
    query.text = words.join(pick([' ', '-', '’', ', ']));
    if (rand() < 0.2) query.textMode = 'substring';
    if (rand() < 0.6) {
      query.filters = {};
      for (const field of FACET_FIELDS) {
        if (rand() < 0.25) query.filters[field] = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(VOCABULARY[field] as readonly string[]));
      }
    }
    if (rand() < 0.2) query.itinerant = rand() < 0.5;
    if (rand() < 0.3) query.masks = [Uint8Array.from(venues, () => (rand() < 0.6 ? 1 : 0))];
    if (rand() < 0.6) {
      query.origin = { lat: 42 + rand() * 8, lon: -4 + rand() * 11 };
      if (rand() < 0.6) query.maxDistanceKm = rand() * 300;
      if (rand() < 0.2) query.sort = 'name';
    }
    if (rand() < 0.3) query.facets = true;
    if (rand() < 0.3) query.limit = pick([0, 1, 2, 5, 20, 50, 50, 200, 5000]);
    return query;
  }

  it('on 300 random queries over 2,000 random venues', function () {
    this.timeout(60_000);
    let nonEmpty = 0;
    for (let q = 0; q < 300; q += 1) {
      const query = randomQuery();
      const a = big.search(query);
      const b = naiveSearch(venues, query);
      const label = JSON.stringify({ ...query, masks: query.masks?.length });
      expect(Array.from(a.indices), label).to.deep.equal(Array.from(b.indices));
      expect(a.distances && Array.from(a.distances), label).to.deep.equal(b.distances && Array.from(b.distances));
      expect(a.facets, label).to.deep.equal(b.facets);
      expect(a.total, label).to.equal(b.total);
      if (a.indices.length > 0) nonEmpty += 1;
    }
    expect(nonEmpty).to.be.greaterThan(100);
  });

  it('keystroke by keystroke (incremental cache) with fixed filters', function () {
    this.timeout(60_000);
    for (let q = 0; q < 40; q += 1) {
      const target = `${pick(allWords)} ${pick(allWords)}`.slice(0, 10);
      const base = randomQuery();
      for (let k = 1; k <= target.length; k += 1) {
        const query = { ...base, text: target.slice(0, k) };
        expect(Array.from(big.search(query).indices), query.text).to.deep.equal(Array.from(naiveSearch(venues, query).indices));
      }
    }
  });
});

describe('search: limit', () => {
  /** Venues on a line east of Lyon, some sharing a position (ties), a few without a position. */
  const lineVenues = (() => {
    const rand = prng(5);
    const names = ['Zèbre', 'école', 'Éclair', 'Abri', 'ecole', 'Béguinage', 'atelier', 'Atelier'];
    return Array.from({ length: 400 }, (_, k) => venue(`v${k}`, {
      name: `${names[k % names.length]} ${Math.floor(rand() * 5)}`,
      position: k % 17 === 0 ? undefined : { lat: LYON.lat, lon: LYON.lon + Math.floor(rand() * 60) * 0.01 },
      fees: [rand() < 0.5 ? 'Gratuit' : 'Payant'],
    }));
  })();
  const line = createVenueIndex(lineVenues);

  it('returns the first N of the full order, and the total', () => {
    const full = line.search({ origin: LYON });
    for (const limit of [0, 1, 2, 7, 50, 375, 376, 377, 390, 399, 400, 401, 10_000]) {
      const r = line.search({ origin: LYON, limit });
      expect(r.total, String(limit)).to.equal(400);
      expect(Array.from(r.indices), String(limit)).to.deep.equal(Array.from(full.indices.subarray(0, limit)));
      expect(Array.from(r.distances!), String(limit)).to.deep.equal(Array.from(full.distances!.subarray(0, limit)));
      expect(Array.from(naiveSearch(lineVenues, { origin: LYON, limit }).indices), String(limit)).to.deep.equal(Array.from(r.indices));
    }
    expect(full.total).to.equal(full.indices.length);
  });

  it('breaks distance ties by name, and puts venues without a position last, by name', () => {
    const r = line.search({ origin: LYON, limit: 390 });
    const located = lineVenues.filter((v) => v.position).length;
    const order = Array.from(r.indices, (i) => lineVenues[i]!);
    const collator = new Intl.Collator('fr');
    for (let k = 1; k < located; k += 1) {
      const [a, b] = [order[k - 1]!, order[k]!];
      expect(r.distances![k - 1]! <= r.distances![k]!).to.equal(true);
      if (r.distances![k - 1] === r.distances![k]) expect(collator.compare(a.name, b.name) <= 0, `${a.name} / ${b.name}`).to.equal(true);
    }
    expect(order.slice(located).every((v) => !v.position)).to.equal(true);
    expect(order.slice(located).map((v) => v.name)).to.deep.equal(lineVenues.filter((v) => !v.position).map((v) => v.name).sort(collator.compare).slice(0, 390 - located));
    expect(Number.isNaN(r.distances!.at(-1))).to.equal(true);
  });

  it('cuts a group of ties by name', () => {
    const same = ['Zoé', 'Abel', 'Émile', 'Bruno', 'abel'].map((name, k) => venue(`s${k}`, { name, position: VILLEURBANNE }));
    const r = createVenueIndex(same).search({ origin: LYON, limit: 3 });
    expect(Array.from(r.indices, (i) => same[i]!.name)).to.deep.equal(['abel', 'Abel', 'Bruno']);
    expect(r.total).to.equal(5);
  });

  it('limits name order too, with and without a point; facets and total count every result', () => {
    for (const query of [{}, { origin: LYON, sort: 'name' as const }, { filters: { fees: ['Gratuit'] } }, { text: 'ecole', origin: LYON, maxDistanceKm: 20 }]) {
      const full = line.search({ ...query, facets: true });
      const r = line.search({ ...query, facets: true, limit: 10 });
      expect(Array.from(r.indices)).to.deep.equal(Array.from(full.indices.subarray(0, 10)));
      expect(r.total).to.equal(full.indices.length);
      expect(r.facets).to.deep.equal(full.facets);
      expect(Array.from(naiveSearch(lineVenues, { ...query, limit: 10 }).indices)).to.deep.equal(Array.from(r.indices));
    }
  });

  it('counts without listing with limit 0, and ignores absurd limits', () => {
    const r = index.search({ origin: LYON, limit: 0 });
    expect(r.indices).to.have.length(0);
    expect(r.distances).to.have.length(0);
    expect(r.total).to.equal(VENUES.length);
    for (const limit of [NaN, -1, -Infinity, Infinity]) expect(index.search({ origin: LYON, limit }).indices, String(limit)).to.have.length(VENUES.length);
    expect(index.search({ origin: LYON, limit: 2.9 }).indices).to.have.length(2);
    expect(ids({ origin: LYON, limit: 3 })).to.deep.equal(['lyon-1', 'lyon-3', 'villeurbanne']);
  });

  it('agrees with the naive search on 2,000 random venues, nearest first', () => {
    const venues = syntheticVenues(2000, 11);
    const big = createVenueIndex(venues);
    const rand = prng(3);
    for (let q = 0; q < 60; q += 1) {
      const query: VenueQuery = { origin: { lat: 42 + rand() * 8, lon: -4 + rand() * 11 }, limit: Math.floor(rand() * 120), text: rand() < 0.3 ? 'media' : '' };
      const a = big.search(query);
      const b = naiveSearch(venues, query);
      expect(Array.from(a.indices), JSON.stringify(query)).to.deep.equal(Array.from(b.indices));
      expect(Array.from(a.distances!)).to.deep.equal(Array.from(b.distances!));
      expect(a.total).to.equal(b.total);
    }
  });
});

describe('search: hostile input', () => {
  it('takes every naughty string as a query, a filter value and a venue name without throwing', async function () {
    this.timeout(60_000);
    const strings = await naughtyStrings();
    expect(strings.length).to.be.greaterThan(400);
    const hostile = strings.map((s, k) => venue(`n${k}`, { name: s, commune: s, address: s, postcode: s.slice(0, 5), services: [s], position: k % 3 ? LYON : undefined }));
    const hostileIndex = createVenueIndex(hostile);
    for (const s of strings) {
      const query: VenueQuery = { text: s, filters: { services: [s] }, origin: LYON, facets: true };
      const a = hostileIndex.search(query);
      const b = naiveSearch(hostile, query);
      expect(Array.from(a.indices), s).to.deep.equal(Array.from(b.indices));
      expect(index.search({ text: s }).indices).to.be.instanceOf(Uint32Array);
      expect(naiveSearch(VENUES, { text: s }).indices).to.be.instanceOf(Uint32Array);
    }
  });
  it('tolerates absurd numbers', () => {
    expect(ids({ origin: { lat: NaN, lon: 4 }, maxDistanceKm: 1 })).to.have.length(VENUES.length);
    expect(ids({ origin: LYON, maxDistanceKm: -1 })).to.deep.equal([]);
    expect(ids({ origin: LYON, maxDistanceKm: Infinity })).to.have.length(VENUES.length - 1);
    expect(ids({ origin: { lat: 1e308, lon: -1e308 } })).to.have.length(VENUES.length);
  });
});
