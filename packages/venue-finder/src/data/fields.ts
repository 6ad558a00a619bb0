/** Tolerant readers for the cells of real files: text, phones, e-mails, URLs, dates, codes. */
// the side-effect-free entry: this module also runs in the data worker, where there is no DOM
import { safeUrl } from '@parvis/core/url';

/** Trimmed text, or undefined for empty / null / non-scalar values. Numbers become their text. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value !== 'string') return undefined;
  const trimmed = value.normalize('NFC').trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A list from a `|`- or `;`-separated cell, or a JSON array of strings. Empty items dropped. */
export function list(value: unknown, separator: RegExp = /[|;]/): string[] {
  if (Array.isArray(value)) return value.map(text).filter((v): v is string => v !== undefined);
  const raw = text(value);
  if (!raw) return [];
  return raw
    .split(separator)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** French country codes allowed by the standard (metropolitan and overseas). */
const FRENCH_CODES = ['33', '590', '594', '262', '596', '269', '687', '689', '508', '681'];

/** National numbers (10 digits starting with 0) whose prefix means an overseas country code. */
const OVERSEAS_PREFIXES: ReadonlyArray<[RegExp, string]> = [
  [/^0(590|690|691)/, '590'],
  [/^0(594|694)/, '594'],
  [/^0(596|696|697)/, '596'],
  [/^0(262|263|692|693|269|639)/, '262'],
];

export interface Phone {
  /** French display form, e.g. `04 50 56 87 49`. */
  display: string;
  /** E.164 form, e.g. `+33450568749`. */
  e164: string;
}

function displayOf(code: string, national: string): string {
  if (national.length === 9 && ['33', '590', '594', '262', '596', '269'].includes(code)) {
    return ('0' + national).replace(/(\d{2})(?=\d)/g, '$1 ');
  }
  return `+${code} ${national.replace(/(\d{2})(?=\d)/g, '$1 ')}`;
}

/** Reads one phone number in any French format (`04 50…`, `04.50…`, `+33 (0)4…`, `0033…`, `33450…`). */
export function parsePhone(value: unknown): Phone | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  let digits = raw.replace(/\(0\)/g, '').replace(/[\s.\-()/\u00a0\u202f]/g, '');
  if (digits.startsWith('00')) digits = '+' + digits.slice(2);
  if (!/^\+?\d+$/.test(digits)) return undefined;
  if (!digits.startsWith('+')) {
    if (/^0[1-9]\d{8}$/.test(digits)) {
      const overseas = OVERSEAS_PREFIXES.find(([re]) => re.test(digits));
      const code = overseas ? overseas[1] : '33';
      const national = digits.slice(1);
      return { display: displayOf(code, national), e164: `+${code}${national}` };
    }
    if (/^[1-9]\d{8}$/.test(digits)) digits = '+33' + digits; // leading zero lost (number column)
    else digits = '+' + digits; // `33450568749` (number column with the country code)
  }
  const body = digits.slice(1);
  for (const code of FRENCH_CODES) {
    if (!body.startsWith(code)) continue;
    let national = body.slice(code.length);
    if (national.startsWith('0') && national.length === 10) national = national.slice(1); // +33 0450…
    if (code === '33' ? /^[1-9]\d{8}$/.test(national) : /^\d{6,9}$/.test(national)) {
      return { display: displayOf(code, national), e164: `+${code}${national}` };
    }
  }
  return undefined;
}

/** The first valid phone of a cell that may hold several (`/`, `|`, `;`, `,`, ` ou `). */
export function parsePhones(value: unknown): { phone?: Phone; raw?: string } {
  const raw = text(value);
  if (!raw || PLACEHOLDER.test(raw)) return {};
  const whole = parsePhone(raw);
  if (whole) return { phone: whole, raw };
  for (const part of raw.split(/[|;,/]|\bou\b|\bet\b/i)) {
    const phone = parsePhone(part);
    if (phone) return { phone, raw };
  }
  return { raw };
}

/** Cells that mean "nothing": `-`, `—`, `.`, `/`, `n/a`, `null`. */
export const PLACEHOLDER = /^(?:[-–—./]+|n\/?a|null|none|aucun)$/i;

const EMAIL = /^[^\s@<>()[\]\\,;:"']+@[^\s@<>()[\]\\,;:"']+\.[a-z]{2,}$/i;

/** E-mails of a cell (several separated by `|`, `;`, `,` or spaces); `valid` and `invalid` ones. */
export function parseEmails(value: unknown): { valid: string[]; invalid: string[] } {
  const valid: string[] = [];
  const invalid: string[] = [];
  const items: string[] = [];
  for (const piece of list(value, /[|;,]/)) {
    const compact = piece.replace(/^mailto:/i, '').replace(/\s+/g, '');
    // `contact @ x.fr` is one address with stray spaces; `a@x.fr b@y.fr` is two.
    if ((compact.match(/@/g) ?? []).length <= 1) items.push(compact);
    else items.push(...piece.split(/\s+/).map((p) => p.replace(/^mailto:/i, '')));
  }
  for (const item of items) {
    if (!item || PLACEHOLDER.test(item)) continue;
    if (EMAIL.test(item)) {
      if (!valid.includes(item)) valid.push(item);
    } else invalid.push(item);
  }
  return { valid, invalid };
}

/**
 * One absolute web URL (http/https) or undefined: a value without scheme (`www.x.fr`) gets
 * `https://`; `javascript:`, `data:` and other schemes are refused by `safeUrl`.
 */
export function webUrl(value: unknown): string | undefined {
  let raw = text(value);
  if (!raw) return undefined;
  raw = raw.replace(/\s+/g, '');
  if (/^\/\//.test(raw)) raw = 'https:' + raw;
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(raw)) {
    // No scheme: only a host name (with a dot) followed by an optional path is accepted.
    if (!/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(:\d+)?([/?#].*)?$/u.test(raw)) return undefined;
    raw = 'https://' + raw;
  }
  const url = safeUrl(raw, 'https://invalid.invalid/');
  if (!url || !/^https?:/i.test(url)) return undefined;
  return url;
}

/** URLs of a cell (several separated by `|`, `;`, spaces or `, `): `valid` ones and `invalid` inputs. */
export function parseUrls(value: unknown): { valid: string[]; invalid: string[] } {
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const item of list(value, /[|;\s]+|,(?=\s*(?:https?:|www\.))/i)) {
    if (PLACEHOLDER.test(item)) continue;
    const url = webUrl(item);
    if (url) {
      if (!valid.includes(url)) valid.push(url);
    } else invalid.push(item);
  }
  return { valid, invalid };
}

/** ISO date `YYYY-MM-DD` from ISO dates / date-times or French `JJ/MM/AAAA`; undefined otherwise. */
export function isoDate(value: unknown): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(raw);
  let y: number, mo: number, d: number;
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw))) [y, mo, d] = [Number(m[3]), Number(m[2]), Number(m[1])];
  else return undefined;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** A code of `length` digits from a cell that may have lost its leading zeros (number column). */
export function code(value: unknown, length: number): string | undefined {
  const raw = text(value)?.replace(/\s+/g, '');
  if (!raw) return undefined;
  if (/^\d+$/.test(raw) && raw.length < length && raw.length >= length - 2) return raw.padStart(length, '0');
  return raw.toUpperCase();
}
