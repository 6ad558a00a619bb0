import { expect } from '@open-wc/testing';
import OpeningHours from 'opening_hours';
import { formatHoursStatus } from './format.js';
import { loadHoursEngine, type HoursEngine, type HoursStatus } from './hours.js';
import { parisWallTime } from './paris.js';
import { weekTableWith } from './week.js';

/** The values of opening_hours.js's own test log (CC0): valid, tolerated and broken ones. */
async function logValues(): Promise<string[]> {
  const response = await fetch('/shared-data/opening-hours-test-log/test.en.log');
  if (!response.ok) throw new Error('test.en.log not found: is ../shared/data next to the repository?');
  const text = (await response.text()).replace(/\u001b\[[0-9;]*m/g, '');
  const values: string[] = [];
  for (const line of text.split('\n')) {
    const match = /^".*?" for "(.*)": (?:PASSED|IGNORED|FAILED|CRASHED)/.exec(line);
    if (match) values.push(match[1]!);
  }
  return [...new Set(values)];
}

async function naughty(): Promise<string[]> {
  const response = await fetch('/shared-data/big-list-of-naughty-strings/blns.json');
  if (!response.ok) throw new Error('blns.json not found');
  return ((await response.json()) as unknown[]).filter((s): s is string => typeof s === 'string');
}

const NOW = parisWallTime(2026, 1, 14, 10); // Wednesday 14 January 2026, 10:00 in Paris
const WEEK = parisWallTime(2026, 1, 12);
const LYON = { lat: 45.76, lon: 4.84, address: { country_code: 'fr', state: 'Auvergne-Rhône-Alpes' } };

/** What the library itself says, in the same frame (the test browser runs in UTC: shift to Paris). */
function libraryVerdict(value: string): 'throws' | 'open' | 'closed' | 'unknown' {
  let oh: InstanceType<typeof OpeningHours>;
  try {
    oh = new OpeningHours(value, LYON);
  } catch {
    return 'throws';
  }
  const frame = new Date(2026, 0, 14, 10); // local fields = Paris wall time
  return oh.getStateString(frame, true);
}

function tally(engine: HoursEngine, values: string[]) {
  const counts: Record<string, number> = {};
  const mismatches: string[] = [];
  for (const value of values) {
    let status: HoursStatus;
    try {
      status = engine.evaluate(value, NOW, { postcode: '69003' });
    } catch (error) {
      mismatches.push(`crash: ${JSON.stringify(value)}: ${String(error)}`);
      continue;
    }
    const key = status.kind === 'unknown' ? `unknown:${status.reason}` : status.kind;
    counts[key] = (counts[key] ?? 0) + 1;
    const verdict = libraryVerdict(value);
    if (status.kind === 'unknown') {
      if (status.verbatim !== value) mismatches.push(`not verbatim: ${JSON.stringify(value)}`);
      if (status.reason === 'unparsable' && verdict !== 'throws') mismatches.push(`unparsable but parsed: ${JSON.stringify(value)}`);
    } else if (verdict !== status.kind) {
      mismatches.push(`${status.kind} but library says ${verdict}: ${JSON.stringify(value)}`);
    }
    // The card: a line of text and a week table (null exactly when the value cannot be evaluated).
    const line = formatHoursStatus(status, NOW, 'fr');
    if (typeof line !== 'string' || line.length === 0) mismatches.push(`no text: ${JSON.stringify(value)}`);
    if (status.kind === 'unknown' && !line.includes(value)) mismatches.push(`value not shown: ${JSON.stringify(value)}`);
    const week = weekTableWith(engine, value, WEEK, { postcode: '69003' });
    const evaluable = status.kind !== 'unknown' || status.reason === 'unknown-state';
    if (evaluable && week?.length !== 7) mismatches.push(`no week: ${JSON.stringify(value)}`);
    if (!evaluable && week !== null) mismatches.push(`week for an unparsable value: ${JSON.stringify(value)}`);
  }
  return { counts, mismatches };
}

describe('hours: real and hostile values', () => {
  let engine: HoursEngine;
  before(async () => {
    engine = await loadHoursEngine();
  });

  it('evaluates every value of the opening_hours.js test log, or shows it verbatim', async function () {
    this.timeout(60_000);
    const values = await logValues();
    expect(values.length).to.equal(869);
    const { counts, mismatches } = tally(engine, values);
    expect(mismatches).to.deep.equal([]);
    // Exact counts with opening_hours 3.15.0 at Wednesday 14 January 2026 10:00 in Lyon: a change
    // shows up here. 669 of 869 values evaluate (77 %: the log is full of deliberately broken values).
    expect(counts).to.deep.equal({
      open: 237,
      closed: 429,
      'unknown:unknown-state': 26,
      'unknown:unparsable': 171,
      'unknown:implausible': 2, // "2000-2100", "Sa 2200; …": numbers read as years
      'unknown:empty': 4,
    });
  });

  it('shows every Big List of Naughty Strings entry verbatim, as unknown', async function () {
    this.timeout(60_000);
    const values = await naughty();
    const { counts, mismatches } = tally(engine, values);
    expect(mismatches).to.deep.equal([]);
    // None is ever open or closed. The 5 "unknown-state" ones are quoted strings (OSM comments):
    // shown verbatim, as text.
    expect(counts).to.deep.equal({
      'unknown:unparsable': 504,
      'unknown:unknown-state': 5,
      'unknown:implausible': 2, // 40- and 96-digit numbers, which the library reads as years
      'unknown:empty': 4,
    });
    expect(values.length).to.equal(515);
  });
});
