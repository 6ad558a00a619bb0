// The opening_hours chunk of the script-tag bundle keeps only the French holiday definitions
// (packages/embed/scripts/opening-hours-fr.mjs). The venue finder's tests (WTR) use the library
// untrimmed: this checks the trimmed chunk itself still evaluates PH (public holidays) and SH
// (school holidays) in France, and no longer carries the other countries.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { dist, requireDist } from './helpers.mjs';

async function loadChunk() {
  requireDist();
  const file = readdirSync(join(dist, 'chunks')).find((f) => /^opening-hours-.*\.js$/.test(f));
  assert.ok(file, 'chunks/opening-hours-*.js');
  const module = await import(pathToFileURL(join(dist, 'chunks', file)).href);
  // a chunk's export names are minified: its one export is the library's namespace (what the
  // finder's `import('opening_hours')` receives), whose default export is the class
  const [namespace] = Object.values(module);
  const OpeningHours = namespace?.default;
  assert.equal(typeof OpeningHours, 'function');
  return { OpeningHours, source: readFileSync(join(dist, 'chunks', file), 'utf8') };
}

// what packages/venue-finder/src/hours/hours.ts passes (Paris)
const PARIS = { lat: 48.86, lon: 2.35, address: { country_code: 'fr', state: 'Île-de-France' } };
// local-time dates: the library reads local fields, whatever the machine's time zone
const at = (y, m, d, h = 10) => new Date(y, m - 1, d, h, 0);

describe('opening_hours chunk trimmed to France', () => {
  it('"Mo-Fr 09:00-18:00; PH off" is closed on French public holidays, open on the days around', async () => {
    const { OpeningHours } = await loadChunk();
    const oh = new OpeningHours('Mo-Fr 09:00-18:00; PH off', PARIS);
    assert.equal(oh.getState(at(2026, 7, 14)), false, '14 juillet 2026 (a Tuesday)');
    assert.equal(oh.getState(at(2026, 7, 15)), true, '15 juillet 2026');
    assert.equal(oh.getState(at(2026, 5, 14)), false, 'Ascension 2026 (Thursday 14 May)');
    assert.equal(oh.getState(at(2026, 11, 11)), false, '11 novembre 2026');
    assert.equal(oh.getState(at(2026, 11, 10)), true);
    assert.equal(oh.getState(at(2026, 7, 14, 20)), false, 'after hours');
    // next change after the holiday: the next morning at 09:00
    assert.equal(oh.getNextChange(at(2026, 7, 14)).getTime(), at(2026, 7, 15, 9).getTime());
  });

  it('French school holidays (SH) are still known', async () => {
    const { OpeningHours } = await loadChunk();
    const oh = new OpeningHours('Mo-Fr 09:00-18:00; SH off', PARIS);
    assert.equal(oh.getWarnings().length, 0, oh.getWarnings().join('\n'));
    assert.equal(typeof oh.getState(at(2026, 8, 4)), 'boolean');
  });

  it('no other country is left (the holiday data of ~60 countries was half of the chunk)', async () => {
    const { OpeningHours, source } = await loadChunk();
    // German public holidays were in the untrimmed library
    assert.ok(!source.includes('Tag der Deutschen Einheit'), 'German holiday names are gone');
    assert.throws(() => new OpeningHours('Mo-Fr 09:00-18:00; PH off', { lat: 52.5, lon: 13.4, address: { country_code: 'de', state: 'Berlin' } }).getState(at(2026, 10, 3)));
  });
});
