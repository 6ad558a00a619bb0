/**
 * Casting a cell's text to its Table Schema type. `undefined` means "not a value of this type".
 * Dates come back as ISO text (YYYY-MM-DD…): sortable as text, and free of time-zone shifts that a
 * Date object would bring.
 */
import type { SchemaField, TypedValue } from './types.js';

type NumberOptions = Pick<SchemaField, 'decimalChar' | 'groupChar' | 'bareNumber'>;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/**
 * A number written with the field's `decimalChar`/`groupChar`. A space as `groupChar` also accepts
 * U+00A0 and U+202F: French spreadsheets write `17 833` with a no-break space. With `bareNumber`
 * false, leading and trailing non-digits (`€ 95`, `95 %`) are dropped, as the spec says.
 */
export function castNumber(text: string, options: NumberOptions, integer: boolean): number | undefined {
  let body = text.trim();
  if (!options.bareNumber) body = body.replace(/^[^\d\-+.,]+|[^\d]+$/gu, '');
  if (!integer && /^[+-]?(NaN|INF)$/.test(body)) return body === 'NaN' ? Number.NaN : body.startsWith('-') ? -Infinity : Infinity;
  if (options.groupChar) {
    const groups = options.groupChar === ' ' ? '[ \\u00A0\\u202F]' : escapeRegExp(options.groupChar);
    body = body.replace(new RegExp(`(?<=\\d)${groups}(?=\\d)`, 'gu'), '');
  }
  if (!integer && options.decimalChar !== '.') {
    if (body.includes('.')) return undefined; // "1.5" under decimalChar "," is a mistake, not 15
    body = body.split(options.decimalChar).join('.');
  }
  const shape = integer ? /^[+-]?\d+$/ : /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
  if (!shape.test(body)) return undefined;
  const value = Number(body);
  return integer && !Number.isSafeInteger(value) ? undefined : value;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function validDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return month >= 1 && month <= 12 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const validTime = (h: number, m: number, s: number) => h <= 23 && m <= 59 && s <= 59;

/** strptime-like directives the schemas use, as named groups. */
const DIRECTIVES: Record<string, string> = {
  Y: '(?<Y>\\d{4})', y: '(?<y>\\d{2})', m: '(?<m>\\d{1,2})', d: '(?<d>\\d{1,2})', H: '(?<H>\\d{1,2})',
  M: '(?<M>\\d{2})', S: '(?<S>\\d{2})', f: '(?:\\d{1,6})', z: '(?:Z|[+-]\\d{2}:?\\d{2})', '%': '%',
};

/** `%d/%m/%Y` (or the legacy `fmt:%d/%m/%Y`) → a regex; undefined for a directive we do not know. */
export function strptimePattern(format: string): RegExp | undefined {
  let source = '';
  const text = format.replace(/^fmt:/, '');
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '%') {
      source += escapeRegExp(text[i]!);
      continue;
    }
    const directive = DIRECTIVES[text[++i] ?? ''];
    if (directive === undefined) return undefined;
    source += directive;
  }
  return new RegExp(`^${source}$`);
}

/** Date/time parts from a match of a strptime pattern or of an ISO form. */
function fromParts(groups: Record<string, string | undefined>, kind: 'date' | 'time' | 'datetime'): string | undefined {
  const year = groups['Y'] ? Number(groups['Y']) : groups['y'] ? 2000 + Number(groups['y']) - (Number(groups['y']) > 68 ? 100 : 0) : 1900;
  const [month, day] = [Number(groups['m'] ?? 1), Number(groups['d'] ?? 1)];
  const [h, m, s] = [Number(groups['H'] ?? 0), Number(groups['M'] ?? 0), Number(groups['S'] ?? 0)];
  if (kind !== 'time' && !validDate(year, month, day)) return undefined;
  if (kind !== 'date' && !validTime(h, m, s)) return undefined;
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  const time = `${pad(h)}:${pad(m)}:${pad(s)}`;
  return kind === 'date' ? date : kind === 'time' ? time : `${date}T${time}`;
}

const ISO: Record<'date' | 'time' | 'datetime', RegExp> = {
  date: /^(?<Y>\d{4})-(?<m>\d{2})-(?<d>\d{2})$/,
  time: /^(?<H>\d{2}):(?<M>\d{2}):(?<S>\d{2})(\.\d+)?$/,
  datetime: /^(?<Y>\d{4})-(?<m>\d{2})-(?<d>\d{2})T(?<H>\d{2}):(?<M>\d{2}):(?<S>\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/,
};

/** Formats tried for `format: "any"`: ISO, then the French day-first writings seen in real files. */
const ANY: Record<'date' | 'time' | 'datetime', string[]> = {
  date: ['%Y-%m-%d', '%d/%m/%Y', '%Y/%m/%d', '%d-%m-%Y', '%d.%m.%Y'],
  time: ['%H:%M:%S', '%H:%M', '%Hh%M'],
  datetime: ['%Y-%m-%dT%H:%M:%S', '%Y-%m-%d %H:%M:%S', '%d/%m/%Y %H:%M:%S', '%d/%m/%Y %H:%M', '%Y-%m-%dT%H:%M:%SZ'],
};

function castTemporal(text: string, kind: 'date' | 'time' | 'datetime', format: string): string | undefined {
  const value = text.trim();
  if (format === 'default' || format === '') {
    const groups = ISO[kind].exec(value)?.groups;
    return groups ? fromParts(groups, kind) : undefined;
  }
  const formats = format === 'any' ? [...ANY[kind], ''] : [format];
  for (const candidate of formats) {
    const groups = candidate === '' ? ISO[kind].exec(value)?.groups : strptimePattern(candidate)?.exec(value)?.groups;
    const result = groups && fromParts(groups, kind);
    if (result) return result;
  }
  return undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const inRange = (lon: unknown, lat: unknown) =>
  typeof lon === 'number' && typeof lat === 'number' && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;

function castGeopoint(text: string, format: string): string | undefined {
  let lon: unknown;
  let lat: unknown;
  if (format === 'array' || format === 'object') {
    const json = parseJson(text);
    if (format === 'array' && Array.isArray(json) && json.length === 2) [lon, lat] = json;
    if (format === 'object' && isRecord(json)) [lon, lat] = [json['lon'], json['lat']];
  } else {
    const parts = text.split(',').map((part) => part.trim());
    if (parts.length === 2 && parts.every((p) => /^[+-]?\d+(\.\d+)?$/.test(p))) [lon, lat] = parts.map(Number);
  }
  return inRange(lon, lat) ? `${lon as number}, ${lat as number}` : undefined;
}

const STRING_FORMATS: Record<string, (text: string) => boolean> = {
  // deliberately loose: one @, something on each side, a dot in the domain
  email: (text) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text),
  uri: (text) => {
    try {
      return /^[a-z][a-z0-9+.-]*:/i.test(text) && Boolean(new URL(text));
    } catch {
      return false;
    }
  },
  uuid: (text) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text),
  binary: (text) => /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text.replace(/\s/g, '')),
};

/** `text` (not a missing value) cast to `field`'s type, or undefined when it is not one. */
export function castText(field: SchemaField, text: string): TypedValue | undefined {
  switch (field.type) {
    case 'string':
      return (STRING_FORMATS[field.format]?.(text) ?? true) ? text : undefined;
    case 'number':
    case 'integer':
      return castNumber(text, field, field.type === 'integer');
    case 'boolean': {
      const value = text.trim();
      return field.trueValues.includes(value) ? true : field.falseValues.includes(value) ? false : undefined;
    }
    case 'date':
    case 'time':
    case 'datetime':
      return castTemporal(text, field.type, field.format);
    case 'year':
      return /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : undefined;
    case 'yearmonth': {
      const match = /^(\d{4})-(\d{2})$/.exec(text.trim());
      return match && Number(match[2]) >= 1 && Number(match[2]) <= 12 ? match[0] : undefined;
    }
    case 'duration':
      return /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/.test(text.trim()) ? text.trim() : undefined;
    case 'geopoint':
      return castGeopoint(text, field.format);
    case 'object':
      return isRecord(parseJson(text)) ? text : undefined;
    case 'array':
      return Array.isArray(parseJson(text)) ? text : undefined;
    case 'geojson': {
      const json = parseJson(text);
      return isRecord(json) && typeof json['type'] === 'string' ? text : undefined;
    }
    case 'any':
      return text;
  }
}
