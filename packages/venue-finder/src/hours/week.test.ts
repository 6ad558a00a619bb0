import { expect } from '@open-wc/testing';
import { loadHoursEngine } from './hours.js';
import { parisWallTime } from './paris.js';
import { weekTable, weekTableWith } from './week.js';

const paris = (y: number, mo: number, d: number, h = 0, mi = 0) => parisWallTime(y, mo, d, h, mi);

describe('hours: week table', () => {
  it('gives seven Paris days with their intervals', async () => {
    const rows = (await weekTable('Mo-Fr 09:00-12:00,14:00-18:30; Sa 09:00-12:00', paris(2026, 1, 12, 15), { postcode: '69003' }))!;
    expect(rows.map((r) => r.day)).to.deep.equal(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);
    expect(rows.map((r) => r.dateKey)).to.deep.equal(['2026-01-12', '2026-01-13', '2026-01-14', '2026-01-15', '2026-01-16', '2026-01-17', '2026-01-18']);
    expect(rows[0]!.date.toISOString()).to.equal('2026-01-11T23:00:00.000Z');
    expect(rows[0]!.intervals).to.deep.equal([{ from: '09:00', to: '12:00' }, { from: '14:00', to: '18:30' }]);
    expect(rows[5]!.intervals).to.deep.equal([{ from: '09:00', to: '12:00' }]);
    expect(rows[6]).to.include({ closed: true, weekday: 0 });
    expect(rows[6]!.intervals).to.deep.equal([]);
  });

  it('marks public holidays, with the Alsace-Moselle ones where they apply', async () => {
    const value = 'Mo-Sa 09:00-18:00; PH off';
    const lyon = (await weekTable(value, paris(2026, 12, 21), { postcode: '69003' }))!;
    expect(lyon[4]).to.include({ dateKey: '2026-12-25', closed: true, holiday: 'Noël' });
    expect(lyon[5]).to.include({ dateKey: '2026-12-26', closed: false });
    expect(lyon[5]!.holiday).to.equal(undefined);
    const strasbourg = (await weekTable(value, paris(2026, 12, 21), { postcode: '67000' }))!;
    expect(strasbourg[5]).to.include({ dateKey: '2026-12-26', closed: true });
    expect(strasbourg[5]!.holiday).to.be.a('string');
    const easter = (await weekTable(value, paris(2026, 3, 30), { postcode: '57000' }))!;
    expect(easter[4]).to.include({ dateKey: '2026-04-03', closed: true }); // Vendredi saint
    expect(easter[0]).to.include({ dateKey: '2026-03-30', closed: false });
    const easterLyon = (await weekTable(value, paris(2026, 3, 30), { postcode: '69003' }))!;
    expect(easterLyon[4]).to.include({ closed: false });
  });

  it('shows the wall-clock times of the door on DST Sundays', async () => {
    for (const [start, sunday] of [[paris(2026, 3, 23), '2026-03-29'], [paris(2026, 10, 19), '2026-10-25']] as const) {
      const rows = (await weekTable('Mo-Su 00:00-24:00', start))!;
      expect(rows[6]!.dateKey).to.equal(sunday);
      for (const row of rows) expect(row.intervals).to.deep.equal([{ from: '00:00', to: '24:00' }]);
      const shop = (await weekTable('Su 01:00-04:00,10:00-12:00', start))!;
      expect(shop[6]!.intervals).to.deep.equal([{ from: '01:00', to: '04:00' }, { from: '10:00', to: '12:00' }]);
    }
  });

  it('starts on the Paris day of weekStart, even late in the evening UTC', async () => {
    const rows = (await weekTable('Mo-Fr 09:00-17:00', new Date('2026-01-11T23:30:00Z')))!; // Monday 00:30 in Paris
    expect(rows[0]).to.include({ day: 'lundi', dateKey: '2026-01-12' });
  });

  it('splits intervals across midnight and keeps unknown ones and comments', async () => {
    const rows = (await weekTable('Fr 20:00-02:00, Sa 10:00-12:00 "sur rendez-vous"', paris(2026, 1, 12)))!;
    expect(rows[4]!.intervals).to.deep.equal([{ from: '20:00', to: '24:00' }]);
    expect(rows[5]!.intervals).to.deep.equal([
      { from: '00:00', to: '02:00' },
      { from: '10:00', to: '12:00', unknown: true, comment: 'sur rendez-vous' },
    ]);
    expect(rows[5]!.comment).to.equal('sur rendez-vous');
  });

  it('is null for values that cannot be evaluated', async () => {
    const engine = await loadHoursEngine();
    expect(weekTableWith(engine, 'du lundi au vendredi', paris(2026, 1, 12))).to.equal(null);
    expect(weekTableWith(engine, '', paris(2026, 1, 12))).to.equal(null);
    expect(weekTableWith(engine, 'Mo-Fr 09:00-18:00; SH off', paris(2026, 1, 12), { postcode: '67000' })).to.equal(null);
  });
});
