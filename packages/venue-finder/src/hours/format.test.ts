import { expect } from '@open-wc/testing';
import { Translator } from '@parvis/core';
import { formatClock, formatClockString, formatHoursStatus, hoursTranslator } from './format.js';
import { loadHoursEngine, type HoursEngine } from './hours.js';
import { hoursEn } from './hours.en.js';
import { hoursFr } from './hours.fr.js';
import { parisWallTime } from './paris.js';

const paris = (y: number, mo: number, d: number, h = 0, mi = 0) => parisWallTime(y, mo, d, h, mi);
/** Expected texts are written with plain spaces; the catalogue uses no-break spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('hours: format', () => {
  let engine: HoursEngine;
  before(async () => {
    engine = await loadHoursEngine();
  });

  const say = (value: string, now: Date, locale: 'fr' | 'en' = 'fr', postcode = '69003') =>
    plain(formatHoursStatus(engine.evaluate(value, now, { postcode }), now, locale));

  const value = 'Mo-Fr 09:00-12:30,14:00-18:00; Sa 09:00-12:00; PH off';
  // 14 January 2026 is a Wednesday; 16 is a Friday, 17 a Saturday.

  it('words open venues in French', () => {
    expect(say(value, paris(2026, 1, 14, 15))).to.equal('Ouvert · ferme à 18 h');
    expect(say(value, paris(2026, 1, 14, 10))).to.equal('Ouvert · ferme à 12 h 30');
    expect(say('24/7', paris(2026, 1, 14, 10))).to.equal('Ouvert 24 h/24');
    expect(say('Mo-Su 18:00-02:00', paris(2026, 1, 14, 23))).to.equal('Ouvert · ferme demain à 2 h');
    expect(say('Mo-Su 18:00-24:00', paris(2026, 1, 14, 23))).to.equal('Ouvert · ferme à minuit');
  });

  it('words closed venues in French: same day, tomorrow, weekday, date', () => {
    expect(say(value, paris(2026, 1, 14, 13))).to.equal('Fermé · ouvre à 14 h');
    expect(say(value, paris(2026, 1, 14, 19))).to.equal('Fermé · ouvre demain à 9 h');
    expect(say(value, paris(2026, 1, 17, 13))).to.equal('Fermé · ouvre lundi à 9 h');
    expect(say(value, paris(2026, 1, 14, 7, 30))).to.equal('Fermé · ouvre à 9 h');
    expect(say('Sep 01-Jun 30 Mo-Fr 09:00-18:00', paris(2026, 7, 14, 10))).to.equal('Fermé · ouvre le 1er septembre à 9 h');
    // Thursday 31 December 2026: Friday 1 January is a public holiday, so Monday.
    expect(say('Mo-Fr 09:00-18:00; PH off', paris(2026, 12, 31, 19))).to.equal('Fermé · ouvre lundi à 9 h');
    expect(say('Mo-Fr 09:00-18:00', paris(2026, 12, 31, 19))).to.equal('Fermé · ouvre demain à 9 h');
    expect(say('Jan 15-Dec 15 Mo-Fr 09:00-18:00', paris(2026, 12, 20, 10))).to.equal('Fermé · ouvre le 15 janvier 2027 à 9 h');
    expect(say('off', paris(2026, 1, 14, 10))).to.equal('Fermé');
  });

  it('words unknown values verbatim', () => {
    expect(say('du lundi au vendredi de 9h à 12h', paris(2026, 1, 14, 10))).to.equal('Horaires non reconnus : « du lundi au vendredi de 9h à 12h »');
    expect(say('"sur rendez-vous"', paris(2026, 1, 14, 10))).to.equal('Horaires à confirmer : « "sur rendez-vous" »');
    expect(say('Mo-Fr 09:00-12:00, Mo-Fr 12:00-14:00 unknown', paris(2026, 1, 14, 10))).to.equal('Ouvert jusqu’à 12 h, ensuite horaires incertains');
    // Placeholders in the value are not interpreted.
    expect(say('{time} {value}', paris(2026, 1, 14, 10))).to.equal('Horaires non reconnus : « {time} {value} »');
  });

  it('words the same statuses in English (24-hour clock)', () => {
    expect(say(value, paris(2026, 1, 14, 15), 'en')).to.equal('Open · closes at 18:00');
    expect(say(value, paris(2026, 1, 14, 10), 'en')).to.equal('Open · closes at 12:30');
    expect(say(value, paris(2026, 1, 14, 13), 'en')).to.equal('Closed · opens at 14:00');
    expect(say(value, paris(2026, 1, 14, 19), 'en')).to.equal('Closed · opens tomorrow at 09:00');
    expect(say(value, paris(2026, 1, 17, 13), 'en')).to.equal('Closed · opens Monday at 09:00');
    expect(say('24/7', paris(2026, 1, 14, 10), 'en')).to.equal('Open 24 hours');
    expect(say('Sep 01-Jun 30 Mo-Fr 09:00-18:00', paris(2026, 7, 14, 10), 'en')).to.equal('Closed · opens on 1 September at 09:00');
    expect(say('du lundi au vendredi de 9h à 12h', paris(2026, 1, 14, 10), 'en')).to.equal('Opening hours not recognised: “du lundi au vendredi de 9h à 12h”');
  });

  it('words the days in Paris whatever the instant in UTC (DST Sunday)', () => {
    // Saturday 28 March 2026, 23:30 Paris = 22:30 UTC: "demain" is Sunday 29 in Paris.
    expect(say('Su 10:00-12:00', paris(2026, 3, 28, 23, 30))).to.equal('Fermé · ouvre demain à 10 h');
    // Sunday 29 March 00:30 Paris (23:30 UTC on the 28th): same day in Paris.
    expect(say('Su 10:00-12:00', new Date('2026-03-28T23:30:00Z'))).to.equal('Fermé · ouvre à 10 h');
    expect(say('Su 10:00-12:00', new Date('2026-10-25T09:30:00Z'))).to.equal('Ouvert · ferme à 12 h');
  });

  it('formats clock times', () => {
    expect(plain(formatClock(9, 0, 'fr'))).to.equal('9 h');
    expect(plain(formatClock(12, 5, 'fr'))).to.equal('12 h 05');
    expect(formatClock(9, 5, 'en')).to.equal('09:05');
    expect(plain(formatClockString('24:00', 'fr'))).to.equal('24 h');
    expect(formatClock(9, 0, 'fr')).to.equal('9\u00a0h');
  });

  it('has the same keys in both catalogues, and lets a page override texts', () => {
    const keys = (o: object, p = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v as object, `${p}${k}.`) : [`${p}${k}`]));
    expect(keys(hoursEn)).to.deep.equal(keys(hoursFr));
    const t = new Translator({ fr: hoursFr, en: hoursEn });
    t.override('fr', { closed: { plain: 'Fermé aujourd’hui' } });
    const now = paris(2026, 1, 14, 10);
    expect(formatHoursStatus(engine.evaluate('off', now), now, 'fr', t)).to.equal('Fermé aujourd’hui');
    expect(formatHoursStatus(engine.evaluate('off', now), now, 'fr', hoursTranslator)).to.equal('Fermé');
  });
});
