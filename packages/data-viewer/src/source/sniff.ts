/** Which separator a CSV uses, among those seen in French open data. */
export type Delimiter = ',' | ';' | '\t' | '|';

const CANDIDATES: readonly Delimiter[] = [';', ',', '\t', '|'];
const MAX_LINES = 30;
const MAX_CHARS = 64 * 1024;

/**
 * Counts each candidate outside quotes on the first lines, and picks the one whose count is the most
 * regular from line to line (then the most frequent): `;` files with decimal commas have a regular
 * `;` count and an irregular `,` count. Returns `,` when nothing separates anything (one column).
 */
export function sniffDelimiter(text: string): Delimiter {
  const lines: number[][] = [];
  let counts = [0, 0, 0, 0];
  let quoted = false;
  const end = Math.min(text.length, MAX_CHARS);
  for (let i = 0; i < end && lines.length < MAX_LINES; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      if (counts.some((c) => c > 0) || lines.length > 0) lines.push(counts);
      counts = [0, 0, 0, 0];
    } else {
      const k = CANDIDATES.indexOf(ch as Delimiter);
      if (k >= 0) counts[k]!++;
    }
  }
  if (counts.some((c) => c > 0)) lines.push(counts);
  let best: Delimiter = ',';
  let bestScore = 0;
  CANDIDATES.forEach((delimiter, k) => {
    const perLine = lines.map((c) => c[k]!).filter((c) => c > 0);
    if (perLine.length === 0) return;
    const mode = modeOf(perLine);
    const regular = perLine.filter((c) => c === mode).length / lines.length;
    // Regularity first; between equally regular separators, the one that splits more.
    const score = regular * 1000 + Math.min(mode, 999);
    if (score > bestScore) {
      bestScore = score;
      best = delimiter;
    }
  });
  return best;
}

function modeOf(values: number[]): number {
  const freq = new Map<number, number>();
  let mode = values[0]!;
  for (const v of values) {
    const n = (freq.get(v) ?? 0) + 1;
    freq.set(v, n);
    if (n > freq.get(mode)! || (n === freq.get(mode)! && v > mode)) mode = v;
  }
  return mode;
}
