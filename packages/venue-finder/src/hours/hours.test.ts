import { expect } from '@open-wc/testing';
import { evaluateHours, loadHoursEngine, type HoursEngine, type HoursStatus } from './hours.js';
import { fromParisFrame, parisParts, parisWallTime, toParisFrame } from './paris.js';
import { departmentForPostcode, regionForPostcode } from './region.js';

/** A Paris wall time, as a real instant (independent of the test browser's zone). */
const paris = (y: number, mo: number, d: number, h = 0, mi = 0) => parisWallTime(y, mo, d, h, mi);
const iso = (d: Date | undefined) => d?.toISOString();

describe('hours: Paris wall-clock frame', () => {
  it('gives Paris wall-clock parts in winter and in summer', () => {
    expect(parisParts(new Date('2026-01-15T08:00:00Z'))).to.include({ year: 2026, month: 1, day: 15, hour: 9, minute: 0, weekday: 4 });
    expect(parisParts(new Date('2026-07-15T08:00:00Z'))).to.include({ hour: 10, weekday: 3 });
    expect(parisParts(new Date('2026-12-31T23:30:00Z'))).to.include({ year: 2027, month: 1, day: 1, hour: 0, minute: 30 });
  });

  it('round-trips instants around both DST changes of 2026', () => {
    for (const start of ['2026-03-28T22:00:00Z', '2026-10-24T22:00:00Z']) {
      for (let m = 0; m < 8 * 60; m += 15) {
        const instant = new Date(Date.parse(start) + m * 60_000);
        const back = fromParisFrame(toParisFrame(instant));
        // The repeated hour of October maps to its first occurrence: the only loss allowed.
        const repeated = parisParts(instant).hour === 2 && instant.getUTCMonth() === 9 && instant.getUTCHours() === 1;
        if (!repeated) expect(iso(back), instant.toISOString()).to.equal(instant.toISOString());
      }
    }
  });

  it('maps Paris wall times to instants, including the gap and the repeated hour', () => {
    expect(iso(paris(2026, 3, 29, 1, 30))).to.equal('2026-03-29T00:30:00.000Z');
    expect(iso(paris(2026, 3, 29, 3, 0))).to.equal('2026-03-29T01:00:00.000Z');
    expect(iso(paris(2026, 3, 29, 2, 30))).to.equal('2026-03-29T01:30:00.000Z'); // gap → 03:30
    expect(iso(paris(2026, 10, 25, 2, 30))).to.equal('2026-10-25T00:30:00.000Z'); // first 02:30
    expect(iso(paris(2026, 10, 25, 3, 0))).to.equal('2026-10-25T02:00:00.000Z');
  });
});

describe('hours: regions', () => {
  it('maps postcodes to the holiday calendars of the library', () => {
    expect(regionForPostcode('69001')).to.deep.equal({ department: '69', region: 'Auvergne-Rhône-Alpes', state: 'Auvergne-Rhône-Alpes', alsaceMoselle: false });
    expect(regionForPostcode('57000')).to.include({ state: 'Moselle', region: 'Grand Est', alsaceMoselle: true });
    expect(regionForPostcode('67000')?.state).to.equal('Bas-Rhin');
    expect(regionForPostcode('68100')?.state).to.equal('Haut-Rhin');
    expect(regionForPostcode('51100')?.state).to.equal('Grand Est');
    expect(regionForPostcode('20000')?.department).to.equal('2A');
    expect(regionForPostcode('20200')?.department).to.equal('2B');
    expect(regionForPostcode('97400')?.state).to.equal('La Réunion');
    expect(regionForPostcode('97133')?.state).to.equal('Saint-Barthélemy');
    expect(regionForPostcode('98000')).to.equal(undefined); // Monaco
    expect(regionForPostcode('6900')).to.equal(undefined);
    expect(regionForPostcode(undefined)).to.equal(undefined);
    expect(departmentForPostcode(' 75011 ')).to.equal('75');
  });
});

describe('hours: evaluateHours', () => {
  let engine: HoursEngine;
  before(async () => {
    engine = await loadHoursEngine();
  });

  const lyon = { postcode: '69003' };
  const open = (s: HoursStatus) => (s.kind === 'open' ? s : expect.fail(`expected open, got ${JSON.stringify(s)}`));
  const closed = (s: HoursStatus) => (s.kind === 'closed' ? s : expect.fail(`expected closed, got ${JSON.stringify(s)}`));
  const unknown = (s: HoursStatus) => (s.kind === 'unknown' ? s : expect.fail(`expected unknown, got ${JSON.stringify(s)}`));

  it('loads the library once', async () => {
    expect(await loadHoursEngine()).to.equal(engine);
  });

  it('is open with the closing time, in Paris time (winter and summer)', () => {
    const value = 'Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:30';
    const w = open(engine.evaluate(value, paris(2026, 1, 14, 10), lyon)); // Wednesday
    expect(iso(w.closesAt)).to.equal('2026-01-14T11:00:00.000Z');
    const s = open(engine.evaluate(value, paris(2026, 7, 15, 15), lyon));
    expect(iso(s.closesAt)).to.equal('2026-07-15T16:00:00.000Z');
    expect(s.alwaysOpen).to.equal(false);
    // 08:30 UTC is 09:30 in Paris in winter: open, although it is before 09:00 UTC.
    expect(engine.evaluate(value, new Date('2026-01-14T08:30:00Z'), lyon).kind).to.equal('open');
    // 07:30 UTC is 09:30 in Paris in summer.
    expect(engine.evaluate(value, new Date('2026-07-15T07:30:00Z'), lyon).kind).to.equal('open');
    expect(engine.evaluate(value, new Date('2026-07-15T06:30:00Z'), lyon).kind).to.equal('closed');
  });

  it('is closed with the next opening: same day, tomorrow, Monday', () => {
    const value = 'Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:30';
    expect(iso(closed(engine.evaluate(value, paris(2026, 1, 14, 13), lyon)).opensAt)).to.equal(iso(paris(2026, 1, 14, 14)));
    expect(iso(closed(engine.evaluate(value, paris(2026, 1, 14, 19), lyon)).opensAt)).to.equal(iso(paris(2026, 1, 15, 9)));
    expect(iso(closed(engine.evaluate(value, paris(2026, 1, 17, 13), lyon)).opensAt)).to.equal(iso(paris(2026, 1, 19, 9)));
  });

  it('evaluates across the spring DST change (29 March 2026)', () => {
    const value = 'Mo-Su 01:00-05:00,09:00-18:00';
    // Saturday 28 March 23:00 Paris (22:00 UTC): closed, opens at 01:00 (00:00 UTC, still winter time).
    expect(iso(closed(engine.evaluate(value, paris(2026, 3, 28, 23), lyon)).opensAt)).to.equal('2026-03-29T00:00:00.000Z');
    // 01:30 Paris (00:30 UTC): open, closes at 05:00 summer time (03:00 UTC).
    expect(iso(open(engine.evaluate(value, new Date('2026-03-29T00:30:00Z'), lyon)).closesAt)).to.equal('2026-03-29T03:00:00.000Z');
    // 07:30 UTC is 09:30 in Paris (summer time from 29 March): open, closes at 16:00 UTC.
    expect(iso(open(engine.evaluate(value, new Date('2026-03-29T07:30:00Z'), lyon)).closesAt)).to.equal('2026-03-29T16:00:00.000Z');
    // 07:30 UTC on the Saturday before is 08:30 in Paris: closed.
    expect(engine.evaluate(value, new Date('2026-03-28T07:30:00Z'), lyon).kind).to.equal('closed');
  });

  it('evaluates across the autumn DST change (25 October 2026)', () => {
    const value = 'Mo-Su 09:00-18:00';
    // Sunday 25 October 08:30 UTC is 09:30 in Paris (winter time again): open, closes at 17:00 UTC.
    expect(iso(open(engine.evaluate(value, new Date('2026-10-25T08:30:00Z'), lyon)).closesAt)).to.equal('2026-10-25T17:00:00.000Z');
    // Saturday 24: 07:30 UTC is 09:30 summer time: open, closes at 16:00 UTC.
    expect(iso(open(engine.evaluate(value, new Date('2026-10-24T07:30:00Z'), lyon)).closesAt)).to.equal('2026-10-24T16:00:00.000Z');
    // Saturday 24 at 19:00 Paris: opens Sunday 09:00 winter time = 08:00 UTC.
    expect(iso(closed(engine.evaluate(value, paris(2026, 10, 24, 19), lyon)).opensAt)).to.equal('2026-10-25T08:00:00.000Z');
  });

  it('is closed on French public holidays (PH off)', () => {
    const value = 'Mo-Fr 09:00-18:00; PH off';
    expect(engine.evaluate(value, paris(2026, 12, 25, 10), lyon).kind).to.equal('closed'); // Noël, Friday
    expect(engine.evaluate(value, paris(2026, 7, 14, 10), lyon).kind).to.equal('closed'); // 14 juillet, Tuesday
    expect(engine.evaluate(value, paris(2026, 5, 25, 10), lyon).kind).to.equal('closed'); // Lundi de Pentecôte
    expect(engine.evaluate(value, paris(2026, 7, 15, 10), lyon).kind).to.equal('open');
    // Christmas eve at 19:00: the next opening skips the 25th (holiday) and the weekend.
    expect(iso(closed(engine.evaluate(value, paris(2026, 12, 24, 19), lyon)).opensAt)).to.equal(iso(paris(2026, 12, 28, 9)));
  });

  it('knows the Alsace-Moselle public holidays only there (Vendredi saint, 26 December)', () => {
    const value = 'Mo-Sa 09:00-18:00; PH off';
    const goodFriday = paris(2026, 4, 3, 10);
    expect(engine.evaluate(value, goodFriday, { postcode: '57000' }).kind).to.equal('closed');
    expect(engine.evaluate(value, goodFriday, { postcode: '67000' }).kind).to.equal('closed');
    expect(engine.evaluate(value, goodFriday, { postcode: '68100' }).kind).to.equal('closed');
    expect(engine.evaluate(value, goodFriday, { postcode: '51100' }).kind).to.equal('open'); // Reims
    expect(engine.evaluate(value, goodFriday, lyon).kind).to.equal('open');
    const stStephen = paris(2026, 12, 26, 10); // a Saturday
    expect(engine.evaluate(value, stStephen, { postcode: '67000' }).kind).to.equal('closed');
    expect(engine.evaluate(value, stStephen, lyon).kind).to.equal('open');
    // Without a postcode: national holidays only.
    expect(engine.evaluate(value, paris(2026, 12, 25, 10)).kind).to.equal('closed');
    expect(engine.evaluate(value, goodFriday).kind).to.equal('open');
  });

  it('knows French school holidays by region (SH)', () => {
    const value = 'Mo-Fr 09:00-18:00; SH off';
    // Lyon (zone A): winter holidays 2026 from 7 to 22 February.
    expect(engine.evaluate(value, paris(2026, 2, 10, 10), lyon).kind).to.equal('closed');
    expect(engine.evaluate(value, paris(2026, 3, 10, 10), lyon).kind).to.equal('open');
  });

  it('does not guess school holidays where the library has none (Alsace-Moselle)', () => {
    const s = unknown(engine.evaluate('Mo-Fr 09:00-18:00; SH off', paris(2026, 2, 10, 10), { postcode: '67000' }));
    expect(s.reason).to.equal('holidays-unsupported');
    expect(s.verbatim).to.equal('Mo-Fr 09:00-18:00; SH off');
  });

  it('is always open for 24/7', () => {
    const s = open(engine.evaluate('24/7', paris(2026, 3, 29, 2, 30), lyon));
    expect(s.alwaysOpen).to.equal(true);
    expect(s.closesAt).to.equal(undefined);
    expect(open(engine.evaluate('Mo-Su 00:00-24:00', paris(2026, 6, 1, 12))).alwaysOpen).to.equal(true);
  });

  it('keeps comments, and skips comment-only changes when looking for the closing time', () => {
    const s = open(engine.evaluate('Mo-Fr 09:00-12:00 open "accueil libre", Mo-Fr 12:00-17:00 open "sur rendez-vous"', paris(2026, 1, 14, 10)));
    expect(s.comment).to.equal('accueil libre');
    expect(iso(s.closesAt)).to.equal(iso(paris(2026, 1, 14, 17)));
  });

  it('returns unknown, verbatim, for unparsable values, unknown states and comment-only values', () => {
    const now = paris(2026, 1, 14, 10);
    for (const value of ['du lundi au vendredi de 9h à 12h', 'Mo-Fr 25:00-26:00', 'Mo 12:00', '{"a":1}']) {
      const s = unknown(engine.evaluate(value, now));
      expect(s.verbatim).to.equal(value);
      expect(s.reason).to.equal('unparsable');
    }
    const c = unknown(engine.evaluate('"sur rendez-vous"', now));
    expect(c).to.include({ reason: 'unknown-state', comment: 'sur rendez-vous' });
    expect(unknown(engine.evaluate('Mo-Fr 09:00-18:00 unknown', now)).reason).to.equal('unknown-state');
    // A comment without "open" is an unknown state in the OSM syntax: shown verbatim, with its comment.
    expect(unknown(engine.evaluate('Mo-Fr 09:00-12:00 "sur rendez-vous"', now))).to.include({ reason: 'unknown-state', comment: 'sur rendez-vous' });
    expect(unknown(engine.evaluate('', now)).reason).to.equal('empty');
    expect(unknown(engine.evaluate(' ;; ', now)).reason).to.equal('empty');
    expect(unknown(engine.evaluate('Mo '.repeat(400), now)).reason).to.equal('too-long');
  });

  it('reports an open state whose next change is to unknown without a closing time', () => {
    const s = open(engine.evaluate('Mo-Fr 09:00-12:00, Mo-Fr 12:00-14:00 unknown', paris(2026, 1, 14, 10)));
    expect(s.closesAt).to.equal(undefined);
    expect(s.nextChange?.to).to.equal('unknown');
    expect(iso(s.nextChange?.at)).to.equal(iso(paris(2026, 1, 14, 12)));
  });

  it('evaluateHours loads the engine by itself', async () => {
    expect((await evaluateHours('Mo-Fr 09:00-18:00', paris(2026, 1, 14, 10))).kind).to.equal('open');
  });
});
