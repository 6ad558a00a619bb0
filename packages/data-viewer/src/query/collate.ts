/**
 * French order of the distinct strings of a text column, as `Intl.Collator('fr', { numeric: true })`
 * gives it, computed once per column: each distinct string gets a rank, and sorting rows is then
 * sorting small integers.
 *
 * The collator alone needs seconds for 400,000 distinct strings (each comparison goes through ICU),
 * and JavaScript has no sort-key API. Most comparisons are decided at the primary level (letters
 * whatever their accents and case, numbers by value, punctuation) and early in the strings, so each
 * string first gets a "primary key": the primary weights of its characters as this collator itself
 * reports them, packed 4 to a 32-bit word, cut at the first character the table does not know. Whole
 * keys are sorted by a multikey quicksort on the words (integer comparisons only); strings whose keys
 * are equal (they differ by accents or case only) and strings whose key was cut are ordered by the
 * collator. The result is the collator's order exactly: collate.test.ts compares the two on accents,
 * case, digits, punctuation, ligatures and hostile strings, in Chromium and Firefox.
 */

/** Runs of more digits than this (numbers as text beyond any real quantity) stop the key. */
const MAX_RUN = 60;
/** Key code 0 is the end of a key (and the padding of its last word): every real code is ≥ 1. */
const END = 0;
/**
 * Marks in the table (never key codes): an ASCII digit, a character weighed as two letters, a
 * combining accent (no primary weight: "e\u0301" weighs as "é", as "e").
 */
const DIGIT = 255;
const PAIR = 254;
const IGNORED = 253;

interface KeyTable {
  /** Key code of each UTF-16 unit, DIGIT, PAIR or IGNORED; END when the key stops there. */
  code: Uint8Array;
  /** Characters the collator weighs as two letters (œ = oe): their two codes, high byte first. */
  pair: Map<number, number>;
  /** Code of a run of `len` digits (leading zeros dropped) is `run + len`, then each digit `digit + d`. */
  run: number;
  digit: number;
}

/**
 * Punctuation common in French data. Its order, and which of it the collator finds equal (space and
 * no-break space) or ignores, is asked of the collator: the key then agrees with the browser's ICU
 * (Chromium's or Firefox's, whatever its version). Kept only when it sorts before digits as one
 * weight, as punctuation and symbols do in the CLDR root order.
 */
const PUNCTUATION = ' \u00a0\u202f_-‐‑–—,;:!?.…\'’‘"“”«»()[]{}/\\&#%°+*@§';
/** Latin letters that do not decompose under NFD but the root order weighs as a plain letter (ø = o). */
const STROKED: Record<string, string> = { ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ł: 'l', Ł: 'l', ħ: 'h', Ħ: 'h', ð: 'd', Ð: 'd', ŀ: 'l', Ŀ: 'l', ſ: 's' };

/** Per locale, built on first use (not when the module loads: a page may never sort text). */
const tables = new Map<string, KeyTable>();

/**
 * The key table for `collator`. The keys assume French collation (CLDR root order: a to z, no
 * contractions) with numeric digit runs and punctuation not ignored, as the engine's collator has;
 * for any other collator every key stops at once, and the collator alone orders.
 */
function keyTable(collator: Intl.Collator): KeyTable {
  const o = collator.resolvedOptions();
  const supported = keysApply(collator);
  const id = supported ? o.locale : '';
  let table = tables.get(id);
  if (!table) tables.set(id, (table = (supported && buildTable(o.locale)) || { code: new Uint8Array(0x10000), pair: new Map(), run: 0, digit: 0 }));
  return table;
}

/** Whether `collationRanks` can read most of the order from keys for this collator (else: slow, exact). */
export function keysApply(collator: Intl.Collator): boolean {
  const o = collator.resolvedOptions();
  return o.numeric === true && !o.ignorePunctuation && o.collation === 'default' && /^fr(-|$)/.test(o.locale);
}

/** The table, or undefined if this collator's order is not the one the codes are laid out for. */
function buildTable(locale: string): KeyTable | undefined {
  const primary = new Intl.Collator(locale, { sensitivity: 'base' });
  // Punctuation < digits < a < b < … < z, as in the root order, or no keys.
  const alphabet = '9abcdefghijklmnopqrstuvwxyz';
  for (let i = 1; i < alphabet.length; i++) if (primary.compare(alphabet[i - 1]!, alphabet[i]!) >= 0) return undefined;
  // Letters and accented letters of Latin (with Latin Extended Additional) and common punctuation;
  // any other character stops the key.
  const code = new Uint8Array(0x10000);
  // A character with a compatibility decomposition (… is ...) may weigh as several: left out.
  const punctuation = [...PUNCTUATION]
    .filter((c) => c.normalize('NFKD').length === 1 && primary.compare(c, '') !== 0 && primary.compare(c, '0') < 0)
    .sort(primary.compare);
  let next = 0;
  punctuation.forEach((c, i) => {
    if (i === 0 || primary.compare(punctuation[i - 1]!, c) !== 0) next++;
    code[c.charCodeAt(0)] = next;
  });
  const run = next + 1;
  const digit = run + MAX_RUN + 1;
  const letter = digit + 10;
  for (let l = 0; l < 26; l++) {
    code[65 + l] = letter + l;
    code[97 + l] = letter + l;
  }
  for (let c = 0xc0; c < 0x1f00; c++) {
    if (c === 0x250) c = 0x1e00;
    const ch = String.fromCharCode(c);
    // The candidate plain letter: NFD's base letter when the rest is combining accents, or a known
    // stroked letter. Kept only if the collator finds the two equal at the primary level.
    const d = ch.normalize('NFD');
    const base = d.length > 1 && /^[\u0300-\u036f]+$/.test(d.slice(1)) ? d[0]! : STROKED[ch];
    if (base && /^[a-z]$/i.test(base) && primary.compare(ch, base) === 0) code[c] = letter + (base.toLowerCase().charCodeAt(0) - 97);
  }
  const pair = new Map<number, number>();
  for (const [ch, spelled] of [['œ', 'oe'], ['Œ', 'oe'], ['æ', 'ae'], ['Æ', 'ae'], ['ß', 'ss'], ['ĳ', 'ij'], ['Ĳ', 'ij']] as const) {
    if (primary.compare(ch, spelled) !== 0) continue;
    pair.set(ch.charCodeAt(0), (code[spelled.charCodeAt(0)]! << 8) | code[spelled.charCodeAt(1)]!);
    code[ch.charCodeAt(0)] = PAIR;
  }
  for (let c = 0x300; c < 0x370; c++) {
    const mark = String.fromCharCode(c);
    if (primary.compare(mark, '') === 0 && primary.compare(`a${mark}`, 'a') === 0 && primary.compare(`a${mark}b`, 'ab') === 0) code[c] = IGNORED;
  }
  for (let c = 48; c <= 57; c++) code[c] = DIGIT;
  return { code, pair, run, digit };
}

interface Keys {
  /** Key words of every string end to end: 4 codes each, first code in the high byte. */
  words: Uint32Array;
  /**
   * Words of string i from `words[start[i]]`, up to a 0 word (no real word is 0: its high byte is a
   * code). The 0 word is where a key ends; a partition that reaches it puts the string aside, so
   * reading a string's words never looks beyond it.
   */
  start: Uint32Array;
  /** 1 when the key was cut (the string goes on with something the key does not know). */
  cut: Uint8Array;
}

function primaryKeys(strings: readonly string[], collator: Intl.Collator): Keys {
  const { code, pair, run, digit } = keyTable(collator);
  const n = strings.length;
  // At most 2 codes per UTF-16 unit (a digit: its code plus, once per run, the run's length; a ligature).
  let total = 0;
  for (let i = 0; i < n; i++) total += (strings[i]!.length >>> 1) + 2;
  const words = new Uint32Array(total);
  const start = new Uint32Array(n);
  const cut = new Uint8Array(n);
  let w = 0;
  for (let i = 0; i < n; i++) {
    const s = strings[i]!;
    const len = s.length;
    start[i] = w;
    let acc = 0;
    let fill = 0;
    let stopped = false;
    let j = 0;
    while (j < len) {
      let k = code[s.charCodeAt(j)]!;
      if (k < IGNORED) {
        if (k === END) {
          stopped = true;
          break;
        }
        acc = (acc << 8) | k;
        if (++fill === 4) {
          words[w++] = acc;
          acc = fill = 0;
        }
        j++;
      } else if (k === DIGIT) {
        // A digit run: leading zeros dropped (the collator finds 007 and 7 equal), then its length
        // and digits, so 9 < 10 < 100 as numbers.
        const first = j;
        while (++j < len && code[s.charCodeAt(j)] === DIGIT);
        // A run followed by something unknown (another script's digit) or by an accent may be read
        // otherwise by the collator: the key stops before it.
        if (j < len && (code[s.charCodeAt(j)] === END || code[s.charCodeAt(j)] === IGNORED)) {
          stopped = true;
          break;
        }
        k = first;
        while (k < j - 1 && s.charCodeAt(k) === 48) k++;
        if (j - k > MAX_RUN) {
          stopped = true;
          break;
        }
        acc = (acc << 8) | (run + j - k);
        if (++fill === 4) {
          words[w++] = acc;
          acc = fill = 0;
        }
        for (; k < j; k++) {
          acc = (acc << 8) | (digit + s.charCodeAt(k) - 48);
          if (++fill === 4) {
            words[w++] = acc;
            acc = fill = 0;
          }
        }
      } else if (k === IGNORED) j++;
      else {
        const two = pair.get(s.charCodeAt(j))!;
        acc = (acc << 8) | (two >>> 8);
        if (++fill === 4) {
          words[w++] = acc;
          acc = fill = 0;
        }
        acc = (acc << 8) | (two & 255);
        if (++fill === 4) {
          words[w++] = acc;
          acc = fill = 0;
        }
        j++;
      }
    }
    // The last word, codes in its high bytes: shorter keys then compare lower, as the collator puts
    // "a" before "a b".
    if (fill > 0) words[w++] = acc << (8 * (4 - fill));
    words[w++] = 0;
    cut[i] = stopped ? 1 : 0;
  }
  return { words, start, cut };
}

/**
 * Sorts `ids` (strings with whole keys) by key, in place: a multikey quicksort (Bentley & Sedgewick),
 * three-way partitions on one word at a time, the equal part going on with the next word. Returns
 * `tie`: `tie[i]` is 1 when `ids[i]` has the same key as `ids[i - 1]` (equal keys end up side by side,
 * in no particular order).
 */
function sortByKey(ids: Uint32Array, { words, start }: Keys): Uint8Array {
  const m = ids.length;
  const tie = new Uint8Array(m);
  // `cur[i]`: word d of `ids[i]`, d being the depth of the range i is in, moved along with ids. A
  // partition then reads its words in sequence; each string's words are looked up once per depth,
  // not once per partition.
  const cur = new Uint32Array(m);
  const load = (lo: number, hi: number, d: number): void => {
    for (let i = lo; i < hi; i++) {
      const id = ids[i]!;
      cur[i] = words[start[id]! + d]!;
    }
  };
  /** Keys of a and b from word d on (the words before are equal): <0, 0 or >0. */
  const rest = (a: number, b: number, d: number): number => {
    let pa = start[a]! + d;
    let pb = start[b]! + d;
    for (;;) {
      const wa = words[pa++]!;
      const wb = words[pb++]!;
      if (wa !== wb) return wa < wb ? -1 : 1;
      if (wa === 0) return 0;
    }
  };
  let seed = 0x9e3779b9;
  const next = (): number => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return seed >>> 0;
  };
  load(0, m, 0);
  const stack: number[] = [0, m, 0];
  while (stack.length) {
    const d = stack.pop()!;
    let hi = stack.pop()!;
    let lo = stack.pop()!;
    while (hi - lo > 1) {
      if (hi - lo <= 12) {
        // Insertion sort on whole keys, then the ties of the (now final) range.
        for (let i = lo + 1; i < hi; i++) {
          const id = ids[i]!;
          const w = cur[i]!;
          let j = i;
          for (; j > lo; j--) {
            const v = cur[j - 1]!;
            if (v < w || (v === w && (w === 0 || rest(ids[j - 1]!, id, d + 1) <= 0))) break;
            ids[j] = ids[j - 1]!;
            cur[j] = v;
          }
          ids[j] = id;
          cur[j] = w;
        }
        for (let i = lo + 1; i < hi; i++) {
          if (cur[i] === cur[i - 1] && (cur[i] === 0 || rest(ids[i - 1]!, ids[i]!, d + 1) === 0)) tie[i] = 1;
        }
        break;
      }
      // Pivot: median of three words at pseudo-random places (no input order makes it quadratic
      // more often than chance would).
      const span = hi - lo;
      const x = cur[lo + (next() % span)]!;
      const y = cur[lo + (next() % span)]!;
      const z = cur[lo + (next() % span)]!;
      const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
      let lt = lo;
      let gt = hi - 1;
      let i = lo;
      while (i <= gt) {
        const v = cur[i]!;
        if (v < pivot) {
          const id = ids[i]!;
          ids[i] = ids[lt]!;
          cur[i] = cur[lt]!;
          ids[lt] = id;
          cur[lt] = v;
          lt++;
          i++;
        } else if (v > pivot) {
          const id = ids[i]!;
          ids[i] = ids[gt]!;
          cur[i] = cur[gt]!;
          ids[gt] = id;
          cur[gt] = v;
          gt--;
        } else i++;
      }
      // [lo, lt) below, [lt, gt] equal on word d, (gt, hi) above.
      if (pivot === 0) {
        // Keys that all ended here: the same key.
        for (let k = lt + 1; k <= gt; k++) tie[k] = 1;
      } else if (gt > lt) {
        load(lt, gt + 1, d + 1);
        stack.push(lt, gt + 1, d + 1);
      }
      // The larger side waits on the stack, the smaller goes on here: the stack stays shallow.
      if (lt - lo > hi - gt - 1) {
        stack.push(lo, lt, d);
        lo = gt + 1;
      } else {
        stack.push(gt + 1, hi, d);
        hi = lt;
      }
    }
  }
  return tie;
}

/**
 * Ranks of `strings` (distinct values) in collator order: `rank[i]` for `strings[i]`, equal for
 * strings the collator finds equal. Returns the ranks and how many different ranks there are.
 */
export function collationRanks(strings: readonly string[], collator: Intl.Collator): { rank: Uint32Array; count: number } {
  const n = strings.length;
  const keys = primaryKeys(strings, collator);
  const { words, start, cut } = keys;
  const byCollator = (a: number, b: number): number => collator.compare(strings[a]!, strings[b]!);
  let whole = 0;
  for (let i = 0; i < n; i++) whole += 1 - cut[i]!;
  const sorted = new Uint32Array(whole);
  const partial: number[] = [];
  for (let i = 0, k = 0; i < n; i++) {
    if (cut[i]) partial.push(i);
    else sorted[k++] = i;
  }
  const tie = sortByKey(sorted, keys);
  const rank = new Uint32Array(n);
  // Strings with the same key (accents, case or leading zeros apart): the collator orders each run.
  // Keys that differ are in order already, so without cut keys the ranks come out of this pass.
  let r = -1;
  for (let i = 0; i < whole; ) {
    let j = i + 1;
    while (j < whole && tie[j]) j++;
    if (j - i > 1) sorted.set(Array.from(sorted.subarray(i, j)).sort(byCollator), i);
    r++;
    rank[sorted[i]!] = r;
    for (let k = i + 1; k < j; k++) {
      if (byCollator(sorted[k - 1]!, sorted[k]!) !== 0) r++;
      rank[sorted[k]!] = r;
    }
    i = j;
  }
  if (partial.length === 0) return { rank, count: r + 1 };

  /** The collator's order, read from the keys when they decide. */
  const compare = (a: number, b: number): number => {
    let pa = start[a]!;
    let pb = start[b]!;
    for (;;) {
      const wa = words[pa++]!;
      const wb = words[pb++]!;
      if (wa !== wb) {
        // The first different code decides, unless it is the end of a cut key (what follows there
        // is unknown).
        const shift = 24 - (Math.clz32(wa ^ wb) & ~7);
        if ((((wa >>> shift) & 255) === END && cut[a]) || (((wb >>> shift) & 255) === END && cut[b])) return byCollator(a, b);
        return wa < wb ? -1 : 1;
      }
      if (wa === 0) return byCollator(a, b);
    }
  };
  // Cut keys (a character outside the table), usually few: by comparison, then merged in.
  partial.sort(compare);
  const order = new Uint32Array(n);
  for (let i = 0, j = 0, k = 0; k < n; k++) {
    if (j >= partial.length || (i < whole && compare(sorted[i]!, partial[j]!) <= 0)) order[k] = sorted[i++]!;
    else order[k] = partial[j++]!;
  }
  r = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && compare(order[i - 1]!, order[i]!) !== 0) r++;
    rank[order[i]!] = r;
  }
  return { rank, count: r + 1 };
}
