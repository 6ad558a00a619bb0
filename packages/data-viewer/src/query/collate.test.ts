import { expect } from '@open-wc/testing';
import { naughtyStrings } from '../../../../test/helpers/naughty.js';
import { collationRanks, keysApply } from './collate.js';
import { FRENCH_WORDS, prng, randomText } from './query.examples.js';

const collator = new Intl.Collator('fr', { numeric: true });

/**
 * Fails unless the ranks order `strings` as the collator does: ranks checked on every neighbouring
 * pair of the collator's order (equal where the collator finds them equal, increasing elsewhere),
 * which with a total order means on every pair.
 */
function expectCollatorOrder(strings: readonly string[]): void {
  const { rank, count } = collationRanks(strings, collator);
  const order = [...strings.keys()].sort((a, b) => collator.compare(strings[a]!, strings[b]!));
  let distinct = strings.length ? 1 : 0;
  const show = (s: string) => JSON.stringify(s).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  for (let i = 1; i < order.length; i++) {
    const a = order[i - 1]!;
    const b = order[i]!;
    const c = Math.sign(collator.compare(strings[a]!, strings[b]!));
    const r = Math.sign(rank[b]! - rank[a]!);
    if (c !== -r) expect.fail(`${show(strings[a]!)} vs ${show(strings[b]!)}: collator ${c}, ranks ${-r}`);
    if (c) distinct++;
  }
  expect(count).to.equal(distinct);
}

/** Every pair, for small sets (no reliance on the collator being a total order). */
function expectEveryPair(strings: readonly string[]): void {
  const { rank } = collationRanks(strings, collator);
  for (let i = 0; i < strings.length; i++) {
    for (let j = 0; j < strings.length; j++) {
      const c = Math.sign(collator.compare(strings[i]!, strings[j]!));
      const r = Math.sign(rank[i]! - rank[j]!);
      if (c !== r) expect.fail(`${JSON.stringify(strings[i])} vs ${JSON.stringify(strings[j])}: collator ${c}, ranks ${r}`);
    }
  }
}

/** Characters the key table covers and some it does not, for random strings. */
const ALPHABET = [
  // The first 40: what data is mostly made of (letters, digits, spaces, common accents).
  ...'aAbBcCeEoOsSz', ...'0123456789', '00', '007', '10', '2', ' ', ' ', '-', "'", ...'éèêÉàçôœ',
  ...'iIZâäÀÂÄÇëÈÊËîïÎÏöÔÖùûüÙÛÜÿŸñÑ', ...'ŒæÆßĳ', ...'øØłŁđĐħſŀ', ...'ẽạỳ',
  ...'\u00a0\u202f\t', ...'_‐–—,;:!?.…’‘"“”«»()[]{}/\\&#%°+*@§$€<=>|~^`',
  '\u0301', '\u0327', '\u00ad', '\u200b', '\u200d', 'ǆ', 'ŉ', 'þ', 'ı', 'ª', 'º', 'µ', '²', '½', 'Ⅻ', 'ﬁ', '٣', '１',
  'α', 'Ω', 'я', 'א', '中', '😀', '\ud800', '\udc00',
];

function randomString(rand: () => number, maxLength: number): string {
  let s = '';
  const k = Math.floor(rand() * maxLength);
  // Mostly letters and digits, as in data, so that keys often share long beginnings.
  for (let i = 0; i < k; i++) s += rand() < 0.7 ? ALPHABET[Math.floor(rand() * 40)]! : ALPHABET[Math.floor(rand() * ALPHABET.length)]!;
  return s;
}

describe('query/collate', () => {
  it('ranks French-looking strings exactly as Intl.Collator("fr", { numeric: true })', () => {
    const rand = prng(7);
    expectCollatorOrder([...new Set([...FRENCH_WORDS, ...Array.from({ length: 4000 }, () => randomText(rand))])]);
  });

  it('agrees with the collator on every pair of a hostile set', () => {
    expectEveryPair([
      'a', 'A', 'à', 'â', 'ä', 'a-b', 'a b', 'a\u00a0b', 'a\u202fb', "a'b", 'a’b', 'a_b', 'a.b', 'a,b', 'ab', 'aB', 'Ab', 'a1', 'a01', 'a001',
      'a2', 'a10', 'a 10', 'a-10', 'a 2', 'a 02', '10', '9', '09', '0', '00', '000', '0a', '', ' ', '-', "'", '’', 'e\u0301', 'é', 'ée',
      'e', 'è', 'ê', 'ë', 'E', 'É', 'f', 'œ', 'Œ', 'oe', 'OE', 'Oe', 'od', 'of', 'œuvre', 'oeuvre', 'Œuvre', 'æ', 'ae', 'ß', 'ss', 'ĳ', 'ij',
      '1 000', '1000', '1\u00a0000', '12,5', '12.5', '12,50', '2', '10', '2 a', '10 a', 'Ⅻ', '😀', 'z', 'ſ', 's', 't', 'ø', 'o', 'p', 'ł', 'l',
      'cote', 'coté', 'côte', 'côté', 'Côte', 'COTE', 'pêche', 'péché', 'pèche', 'peche', 'L’Haÿ-les-Roses', 'L\'Haÿ-les-Roses', 'l Hay',
      'n° 1', 'n°1', 'no 1', 'N° 10', 'n° 2', '« a »', '"a"', '(a)', '[a]', 'a…', 'a...', 'a..', "a.'", 'ǆ', 'dž', 'dz', 'þ', 'th', 'ŉ',
      '1\u00ad2', '12', '1 2', 'a\u00adb', 'a\u200bb', '٣', '3', '１', '1', 'α', 'ω', 'я', '中', '\ud800', 'a\ud800', 'a\udc00b',
      '99999999999999999999999999999999999999999999999999999999999999999999', '1' + '0'.repeat(70), 'x' + '9'.repeat(61), 'x' + '9'.repeat(60),
    ]);
  });

  it('orders accents as the collator does (French: compared from the start of the word)', () => {
    const words = ['cote', 'côte', 'coté', 'côté', 'Cote', 'CÔTÉ', 'cotée', 'côtes'];
    const { rank } = collationRanks(words, collator);
    const byRank = [...words].sort((a, b) => rank[words.indexOf(a)]! - rank[words.indexOf(b)]!);
    expect(byRank).to.deep.equal([...words].sort(collator.compare));
  });

  it('orders numbers inside text by value, leading zeros apart', () => {
    const values = ['lot 10', 'lot 9', 'lot 100', 'lot 09', 'Lot 1', 'lot 2b', 'lot 2a', 'lot 0', 'lot 00'];
    const { rank } = collationRanks(values, collator);
    expect(rank[values.indexOf('lot 9')]).to.equal(rank[values.indexOf('lot 09')]);
    expect(rank[values.indexOf('lot 9')]).to.be.below(rank[values.indexOf('lot 10')]!);
    expect(rank[values.indexOf('lot 10')]).to.be.below(rank[values.indexOf('lot 100')]!);
    expectEveryPair(values);
  });

  it('agrees with the collator for each character of the key table, alone and between letters and digits', () => {
    const strings: string[] = [];
    for (let c = 1; c < 0x2200; c++) {
      const ch = String.fromCharCode(c);
      strings.push(ch, `a${ch}b`, `a${ch}`, `1${ch}2`, `${ch}3`, `e${ch}`);
    }
    expectCollatorOrder([...new Set(strings)]);
  });

  it('agrees with the collator on random strings sharing long beginnings', () => {
    const rand = prng(11);
    const stems = Array.from({ length: 40 }, () => randomString(rand, 12));
    const strings = new Set<string>();
    for (let i = 0; i < 12000; i++) strings.add(stems[Math.floor(rand() * stems.length)]! + randomString(rand, 8));
    expectCollatorOrder([...strings]);
  });

  it('agrees with the collator when every key is whole and many differ by accents, case or zeros only', () => {
    // Only characters the key knows: every tie between keys is left to the collator.
    const rand = prng(3);
    const known = [...'eEéÉèêëaAàâoOôœŒ0', '1', '2', '10', '007', ' ', '-', "'", '’', '.', ','];
    const strings = new Set<string>();
    while (strings.size < 20000) {
      let s = '';
      for (let k = 1 + Math.floor(rand() * 6); k > 0; k--) s += known[Math.floor(rand() * known.length)];
      strings.add(s);
    }
    expectCollatorOrder([...strings]);
  });

  it('agrees with the collator on decomposed text (accents as combining marks, NFD), mixed with composed text', () => {
    const rand = prng(13);
    const words = [...FRENCH_WORDS, ...Array.from({ length: 3000 }, () => randomText(rand))];
    const decomposed = words.map((w) => w.normalize('NFD'));
    const stacked = words.map((w) => `${w}\u0301\u0327 ${w.normalize('NFD')}\u0308x`);
    expectCollatorOrder([...new Set([...words, ...decomposed, ...stacked])]);
  });

  it('agrees with the collator on the big list of naughty strings', async function () {
    this.timeout(20_000);
    const strings = [...new Set(await naughtyStrings())];
    expect(strings.length).to.be.above(400);
    expectCollatorOrder(strings);
    // And each one after a common beginning, where the key decides more often.
    expectCollatorOrder(strings.map((s) => `Saint-${s}`).concat(strings.map((s) => `saint ${s} 10`)));
  });

  it('reads the order from keys for the engine\'s collator (the fast path is not lost in this browser)', () => {
    expect(keysApply(collator)).to.equal(true);
    expect(keysApply(new Intl.Collator('fr-CA', { numeric: true }))).to.equal(true);
    expect(keysApply(new Intl.Collator('fr'))).to.equal(false);
    expect(keysApply(new Intl.Collator('sv', { numeric: true }))).to.equal(false);
  });

  it('orders by the collator alone when it is not the one the keys assume (another locale, not numeric)', () => {
    const strings = ['a', 'å', 'z', 'ä', 'ö', 'o', 'ch', 'h', 'c', 'i', 'y', '10', '9', 'a10', 'a9', 'ø', 'Å', ''];
    for (const other of [new Intl.Collator('sv'), new Intl.Collator('fr'), new Intl.Collator('cs', { numeric: true }), new Intl.Collator('lt', { numeric: true })]) {
      const { rank } = collationRanks(strings, other);
      for (let i = 0; i < strings.length; i++) {
        for (let j = 0; j < strings.length; j++) {
          expect(Math.sign(rank[i]! - rank[j]!), `${strings[i]} vs ${strings[j]} (${other.resolvedOptions().locale})`).to.equal(Math.sign(other.compare(strings[i]!, strings[j]!)));
        }
      }
    }
  });

  it('gives no ranks to no strings, one rank to one string', () => {
    expect(collationRanks([], collator)).to.deep.equal({ rank: new Uint32Array(0), count: 0 });
    expect(collationRanks(['x'], collator).count).to.equal(1);
  });
});
