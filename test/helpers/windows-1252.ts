/**
 * Text → Windows-1252 bytes, built by hand: tests need Excel-like files, and Node 20's windows-1252
 * codec (and TextEncoder, UTF-8 only) cannot make them. Latin-1 characters are their own byte;
 * 0x80–0x9F hold the typographic signs French text uses (€ ’ œ … « guillemets » are Latin-1).
 */
const HIGH: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e,
  '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/** Throws on a character Windows-1252 cannot hold (the test data would then be wrong). */
export function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => {
    const code = ch.codePointAt(0)!;
    const byte = HIGH[ch] ?? (code <= 0xff && (code < 0x80 || code > 0x9f) ? code : undefined);
    if (byte === undefined) throw new Error(`not in Windows-1252: U+${code.toString(16).toUpperCase()}`);
    return byte;
  });
}
