import { expect } from '@open-wc/testing';
import { naughtyStrings } from '../../../../test/helpers/naughty.js';
import { foldText, searchWords } from './fold.js';
import { FRENCH_WORDS, prng, randomText } from './query.examples.js';

/** The definition of folding, applied to the whole text at once (what the per-character table must match). */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ŀ: 'l' };
function reference(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[œæßøłđðþıŀ]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function expectSameFolding(texts: Iterable<string>): void {
  const show = (s: string) => JSON.stringify(s).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  for (const t of texts) {
    const got = foldText(t);
    const want = reference(t);
    if (got !== want) expect.fail(`${show(t)}: ${show(got)}, expected ${show(want)}`);
  }
}

describe('query/fold', () => {
  it('folds accents, case, ligatures and punctuation', () => {
    expect(foldText('Saint-Étienne')).to.equal('saint etienne');
    expect(foldText('L’Haÿ-les-Roses')).to.equal('l hay les roses');
    expect(foldText('  CŒUR  d’Æther… n° 12,5 ')).to.equal('coeur d aether n 12 5');
    expect(foldText('Łódź ½ ﬁn')).to.equal('lodz 1 2 fin');
    expect(foldText('')).to.equal('');
    expect(searchWords(' école  ECOLE Lyon ')).to.deep.equal(['ecole', 'lyon']);
  });

  it('folds every UTF-16 unit as Unicode rules do, alone and between letters, digits and separators', () => {
    const texts: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      texts.push(ch, `a${ch}b`, `É${ch}1`, ` ${ch}${ch} `, `-${ch}`, `${ch}\u0301x`);
    }
    expectSameFolding(texts);
  });

  it('folds French words, random and naughty strings as Unicode rules do', async () => {
    const rand = prng(5);
    expectSameFolding(FRENCH_WORDS);
    expectSameFolding(Array.from({ length: 5000 }, () => randomText(rand)));
    // Greek final sigma depends on what follows: such text goes by the rules, not the table.
    expectSameFolding(['ΟΔΟΣ', 'ΟΔΟΣ Α', 'Σ', 'aΣ', 'İstanbul', 'ǅemal', 'Ⅻe', '𝐀𝐁', 'a\ud800b']);
    expectSameFolding(await naughtyStrings());
  });
});
