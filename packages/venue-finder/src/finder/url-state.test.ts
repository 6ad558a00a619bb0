import { expect } from '@open-wc/testing';
import { naughtyStrings } from '../../../../test/helpers/naughty.js';
import { MAX_TEXT_LENGTH, MAX_VALUES_PER_FIELD, readFinderState, writeFinderState, type FinderState } from './url-state.js';

const PAGE = 'https://www.commune.fr/services/lieux/?page=2&utm_source=lettre%20info&flag&x=%E9&q=mairie#carte';
const STATE: FinderState = {
  text: 'médiathèque lyon',
  filters: { services: ['Aide aux démarches administratives', 'Accès internet et matériel informatique'], fees: ['Gratuit'], labels: ['Formé à «\u00a0Mon Espace Santé\u00a0»'] },
  hours: ['now', 'saturday'],
  place: { lat: 45.764, lon: -1.5536, label: '12 rue de la République, Lyon' },
  view: 'map',
};
const roundTrip = (state: FinderState, prefix?: string) => readFinderState(new URL(writeFinderState(state, new URL(PAGE), prefix)).search, prefix);

describe('finder URL state: reading', () => {
  it('reads nothing from an address without finder parameters', () => {
    expect(readFinderState('')).to.deep.equal({});
    expect(readFinderState('?page=2&q=mairie&services=x')).to.deep.equal({});
  });

  it('reads every parameter, with or without the ?', () => {
    const search = '?pv-q=m%C3%A9diath%C3%A8que&pv-services=Aide+aux+d%C3%A9marches+administratives&pv-services=Jeunes&pv-specific=Surdit%C3%A9'
      + '&pv-access=Se+pr%C3%A9senter&pv-support=%C3%80+distance&pv-types=EPN&pv-hours=saturday&pv-near=45.764,4.8357&pv-place=Lyon+3e&pv-view=list';
    const expected: FinderState = {
      text: 'médiathèque',
      filters: { services: ['Aide aux démarches administratives', 'Jeunes'], specificSupport: ['Surdité'], accessModes: ['Se présenter'], supportModes: ['À distance'], typology: ['EPN'] },
      hours: ['saturday'],
      place: { lat: 45.764, lon: 4.8357, label: 'Lyon 3e' },
      view: 'list',
    };
    expect(readFinderState(search)).to.deep.equal(expected);
    expect(readFinderState(search.slice(1))).to.deep.equal(expected);
  });

  it('uses its prefix only', () => {
    const search = '?pv-q=a&pv2-q=b&pv2-fees=Gratuit';
    expect(readFinderState(search)).to.deep.equal({ text: 'a' });
    expect(readFinderState(search, 'pv2-')).to.deep.equal({ text: 'b', filters: { fees: ['Gratuit'] } });
  });

  it('a place needs a position; its label may be empty', () => {
    expect(readFinderState('?pv-place=Lyon')).to.deep.equal({});
    expect(readFinderState('?pv-near=45.5,4')).to.deep.equal({ place: { lat: 45.5, lon: 4, label: '' } });
  });
});

describe('finder URL state: writing', () => {
  it('round-trips a state', () => {
    expect(roundTrip(STATE)).to.deep.equal(STATE);
    expect(roundTrip(STATE, 'annuaire-')).to.deep.equal(STATE);
    expect(roundTrip({})).to.deep.equal({});
  });

  it('writes short, readable parameters', () => {
    const next = writeFinderState({ text: 'st etienne', hours: ['now'], view: 'map', place: { lat: 45.43971234, lon: 4.387, label: 'Saint-Étienne' } }, new URL('https://exemple.fr/lieux'));
    expect(next).to.equal('https://exemple.fr/lieux?pv-q=st+etienne&pv-hours=now&pv-near=45.4397%2C4.387&pv-place=Saint-%C3%89tienne&pv-view=map');
  });

  it('keeps the page’s own parameters and fragment exactly, in place, and does not change the URL given', () => {
    const url = new URL(PAGE);
    const next = writeFinderState(STATE, url);
    expect(url.href).to.equal(PAGE);
    expect(next.startsWith('https://www.commune.fr/services/lieux/?page=2&utm_source=lettre%20info&flag&x=%E9&q=mairie&pv-q=')).to.equal(true);
    expect(next.endsWith('#carte')).to.equal(true);
    expect(new URL(next).searchParams.get('q')).to.equal('mairie');
  });

  it('replaces its previous parameters, even percent-encoded ones, and removes them for an empty state', () => {
    const first = writeFinderState(STATE, new URL(PAGE));
    const second = writeFinderState({ text: 'nantes' }, new URL(first));
    expect(readFinderState(new URL(second).search)).to.deep.equal({ text: 'nantes' });
    expect(second).to.equal(PAGE.replace('#carte', '&pv-q=nantes#carte'));
    expect(writeFinderState({}, new URL(second))).to.equal(PAGE);
    expect(writeFinderState({}, new URL('https://exemple.fr/?pv%2Dq=x&pv-view=map&pv-other=1&pv2-q=y'))).to.equal('https://exemple.fr/?pv-other=1&pv2-q=y');
    expect(writeFinderState({}, new URL('https://exemple.fr/?pv-q=x#h'))).to.equal('https://exemple.fr/#h');
  });

  it('writes the same cleaned values it would read', () => {
    const messy: FinderState = {
      text: '  lyon\u0000 ',
      filters: { fees: ['Gratuit', 'Gratuit', '', ' ', 42 as unknown as string] },
      hours: ['now', 'sunday' as 'now', 'now'],
      place: { lat: 95, lon: 4, label: 'x' },
      view: 'grid' as 'map',
    };
    expect(roundTrip(messy)).to.deep.equal({ text: 'lyon', filters: { fees: ['Gratuit'] }, hours: ['now'] });
  });
});

describe('finder URL state: hostile addresses', () => {
  it('bounds the text, the number and length of values', () => {
    const long = 'a'.repeat(5000);
    expect(readFinderState(`?pv-q=${long}`).text).to.have.length(MAX_TEXT_LENGTH);
    expect(readFinderState(`?pv-q=${'😀'.repeat(150)}`).text).to.equal('😀'.repeat(MAX_TEXT_LENGTH / 2));
    const many = Array.from({ length: 500 }, (_, k) => `pv-services=v${k}`).join('&');
    expect(readFinderState(`?${many}`).filters!.services).to.have.length(MAX_VALUES_PER_FIELD);
    expect(readFinderState(`?pv-fees=${long}&pv-fees=Gratuit`).filters).to.deep.equal({ fees: ['Gratuit'] });
    expect(readFinderState(`?pv-place=${long}&pv-near=1,2`).place!.label).to.have.length(MAX_TEXT_LENGTH);
  });

  it('ignores unknown hours, views and parameters, and takes the first of repeated single values', () => {
    expect(readFinderState('?pv-hours=sunday&pv-hours=NOW&pv-hours=now&pv-hours=now&pv-view=grid&pv-filters=x&pv-__proto__=1')).to.deep.equal({ hours: ['now'] });
    expect(readFinderState('?pv-view=map&pv-view=list&pv-q=a&pv-q=b')).to.deep.equal({ text: 'a', view: 'map' });
  });

  it('accepts only plain coordinates in range', () => {
    for (const near of ['91,0', '-90.5,0', '0,181', '0,-180.1', 'NaN,1', '1,Infinity', '1e1,2', '0x10,2', '45.7,', ',4', '45 4', ' 45,4', '45,4,5', '45;4', '4' + '5'.repeat(400) + ',1']) {
      expect(readFinderState(`?pv-near=${encodeURIComponent(near)}&pv-place=x`), near).to.deep.equal({});
    }
    expect(readFinderState('?pv-near=-90,-180').place).to.deep.equal({ lat: -90, lon: -180, label: '' });
    expect(readFinderState('?pv-near=90,%20180').place).to.deep.equal({ lat: 90, lon: 180, label: '' });
  });

  it('drops control characters and unpaired surrogates, survives malformed escapes', () => {
    expect(readFinderState('?pv-q=a%00b%1Fc%7Fd%C2%85e').text).to.equal('a b c d e');
    expect(readFinderState('?pv-q=%E9%&pv-fees=%').text).to.equal('\uFFFD%');
    expect(roundTrip({ text: 'a\ud800b' }).text).to.equal('a b');
    expect(writeFinderState({ text: 'x' }, new URL('https://e.fr/?%E0%A4%A=1&%=2'))).to.equal('https://e.fr/?%E0%A4%A=1&%=2&pv-q=x');
  });

  it('reads and writes every naughty string as text, filter value and label without touching the page’s parameters', async () => {
    const strings = await naughtyStrings();
    for (const s of strings) {
      const state: FinderState = { text: s, filters: { services: [s] }, place: { lat: 1, lon: 2, label: s } };
      const next = writeFinderState(state, new URL(PAGE));
      const url = new URL(next);
      expect(url.hash, s).to.equal('#carte');
      expect(url.searchParams.get('utm_source'), s).to.equal('lettre info');
      const back = readFinderState(url.search);
      // what comes back is what was written, cleaned the same way
      expect(roundTrip(back), s).to.deep.equal(back);
      if (back.text !== undefined) expect(s.includes(back.text.slice(0, 20)) || /[\u0000-\u001f\u007f-\u009f\ud800-\udfff]/.test(s), s).to.equal(true);
      expect(back.place?.lat).to.equal(1);
      expect(readFinderState(`?pv-q=${s}&pv-near=${s}&pv-view=${s}&pv-hours=${s}`)).to.be.an('object');
    }
  });
});
