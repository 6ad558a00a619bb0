/**
 * `readTableSchema(json)`: a Table Schema descriptor (untrusted JSON: from schema.data.gouv.fr, a
 * dataset's metadata or the page) → a checked TableSchema. Bad parts are dropped with a warning
 * rather than failing: a viewer with a partly understood schema is better than none.
 */
import { castText } from './cast.js';
import type { FieldConstraints, FieldType, SchemaField, TableSchema, TypedValue } from './types.js';

const TYPES: readonly FieldType[] = [
  'string', 'number', 'integer', 'boolean', 'object', 'array', 'date', 'time', 'datetime',
  'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'any',
];
const DEFAULT_TRUE = ['true', 'True', 'TRUE', '1'];
const DEFAULT_FALSE = ['false', 'False', 'FALSE', '0'];
/** Schemas are small; a bigger one is not a schema. */
const MAX_FIELDS = 2000;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const strings = (v: unknown): string[] | undefined =>
  Array.isArray(v) && v.every((item) => typeof item === 'string') ? (v as string[]) : undefined;
const length = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined);

/**
 * The pattern as a whole-value regex. Unicode mode first (schemas write `\d`, `\p{L}`, accents);
 * some schemas' patterns are only valid without it.
 */
function compilePattern(pattern: string): RegExp | undefined {
  for (const flags of ['u', '']) {
    try {
      return new RegExp(`^(?:${pattern})$`, flags);
    } catch {
      // try the next flags
    }
  }
  return undefined;
}

/** A constraint value: a number as it is, a string cast through the field (dates, French numbers). */
function constraintValue(field: SchemaField, value: unknown): TypedValue | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'boolean') return value;
  return typeof value === 'string' ? castText(field, value) : undefined;
}

function readConstraints(raw: unknown, field: SchemaField, warn: (message: string) => void): FieldConstraints {
  const c = isRecord(raw) ? raw : {};
  const out: { -readonly [K in keyof FieldConstraints]: FieldConstraints[K] } = {
    required: c['required'] === true,
    unique: c['unique'] === true,
  };
  if (Array.isArray(c['enum'])) {
    const values = c['enum'].map((v) => constraintValue(field, v));
    if (values.every((v) => v !== undefined)) out.enum = Object.freeze(values as TypedValue[]);
    else warn(`Champ « ${field.name} » : valeurs « enum » incompatibles avec le type ${field.type}, ignorées.`);
  }
  for (const key of ['minimum', 'maximum'] as const) {
    if (c[key] === undefined) continue;
    const value = constraintValue(field, c[key]);
    if (value === undefined) warn(`Champ « ${field.name} » : contrainte ${key} illisible, ignorée.`);
    else out[key] = value;
  }
  for (const key of ['minLength', 'maxLength'] as const) {
    if (length(c[key]) !== undefined) out[key] = length(c[key]);
  }
  if (typeof c['pattern'] === 'string') {
    const pattern = compilePattern(c['pattern']);
    if (pattern) out.pattern = pattern;
    else warn(`Champ « ${field.name} » : expression régulière invalide, ignorée.`);
  }
  return Object.freeze(out);
}

function readField(raw: unknown, missingValues: readonly string[], warn: (message: string) => void): SchemaField | undefined {
  if (!isRecord(raw) || typeof raw['name'] !== 'string' || raw['name'] === '') {
    warn('Un champ sans nom a été ignoré.');
    return undefined;
  }
  const name = raw['name'];
  let type = (typeof raw['type'] === 'string' ? raw['type'] : 'string') as FieldType;
  if (!TYPES.includes(type)) {
    warn(`Champ « ${name} » : type « ${String(raw['type'])} » inconnu, lu comme texte.`);
    type = 'any';
  }
  const description = text(raw['description']);
  const example = raw['example'] === undefined || raw['example'] === null ? undefined : String(raw['example']);
  const field: SchemaField = {
    name,
    title: text(raw['title']) ?? name,
    ...(description ? { description } : {}),
    ...(example !== undefined ? { example } : {}),
    type,
    format: text(raw['format']) ?? 'default',
    constraints: { required: false, unique: false },
    decimalChar: typeof raw['decimalChar'] === 'string' && raw['decimalChar'] !== '' ? raw['decimalChar'] : '.',
    groupChar: typeof raw['groupChar'] === 'string' ? raw['groupChar'] : '',
    bareNumber: raw['bareNumber'] !== false,
    trueValues: Object.freeze(strings(raw['trueValues']) ?? DEFAULT_TRUE),
    falseValues: Object.freeze(strings(raw['falseValues']) ?? DEFAULT_FALSE),
    missingValues: Object.freeze(strings(raw['missingValues']) ?? missingValues),
  };
  // constraints are cast with the field's own options (an enum of "1,5" under decimalChar ",")
  return Object.freeze({ ...field, constraints: readConstraints(raw['constraints'], field, warn) });
}

/** Reads a Table Schema; undefined when `json` has no `fields` array at all. */
export function readTableSchema(json: unknown): TableSchema | undefined {
  if (!isRecord(json) || !Array.isArray(json['fields'])) return undefined;
  const warnings: string[] = [];
  const warn = (message: string) => warnings.push(message);
  const missingValues = Object.freeze(strings(json['missingValues']) ?? ['']);
  const byName = new Map<string, SchemaField>();
  for (const raw of (json['fields'] as unknown[]).slice(0, MAX_FIELDS)) {
    const field = readField(raw, missingValues, warn);
    if (!field) continue;
    if (byName.has(field.name)) warn(`Champ « ${field.name} » en double : seul le premier est gardé.`);
    else byName.set(field.name, field);
  }
  const key = json['primaryKey'];
  const primaryKey = (typeof key === 'string' ? [key] : strings(key) ?? []).filter((name) => byName.has(name));
  return Object.freeze({
    fields: Object.freeze([...byName.values()]),
    missingValues,
    primaryKey: Object.freeze(primaryKey),
    warnings: Object.freeze(warnings),
    field: (name: string) => byName.get(name),
  });
}
