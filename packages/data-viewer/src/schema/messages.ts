/**
 * Texts of constraint violations. French by default; `schemaMessagesEn`, or a host's own texts,
 * through the `messages` option. `{value}` is the cell's text (shortened), `{limit}` the constraint.
 */
import type { FieldType, ViolationCode } from './types.js';

export interface SchemaMessages {
  violations: Record<ViolationCode, string>;
  /** "{value} is not …": what a value of each type (or string format) looks like. */
  expected: Record<FieldType | 'email' | 'uri' | 'uuid' | 'binary', string>;
}

export const schemaMessagesFr: SchemaMessages = {
  violations: {
    required: 'Valeur obligatoire manquante.',
    type: '« {value} » n’est pas {expected}.',
    enum: '« {value} » ne fait pas partie des valeurs autorisées : {values}.',
    minimum: '{value} est inférieur au minimum autorisé ({limit}).',
    maximum: '{value} est supérieur au maximum autorisé ({limit}).',
    minLength: 'Texte trop court : {length} caractères, au moins {limit} attendus.',
    maxLength: 'Texte trop long : {length} caractères, au plus {limit} autorisés.',
    pattern: '« {value} » n’a pas la forme attendue pour cette colonne.',
    unique: '« {value} » apparaît plusieurs fois, alors que chaque valeur de cette colonne doit être unique.',
  },
  expected: {
    string: 'un texte', number: 'un nombre', integer: 'un nombre entier', boolean: 'une valeur oui/non',
    object: 'un objet JSON', array: 'une liste JSON', date: 'une date valide ({format})', time: 'une heure valide ({format})',
    datetime: 'une date et heure valide ({format})', year: 'une année', yearmonth: 'un mois (AAAA-MM)',
    duration: 'une durée ISO 8601 (ex. P1DT2H)', geopoint: 'un point géographique valide', geojson: 'un objet GeoJSON',
    any: 'une valeur', email: 'une adresse électronique', uri: 'une adresse web', uuid: 'un identifiant UUID',
    binary: 'un contenu en base64',
  },
};

export const schemaMessagesEn: SchemaMessages = {
  violations: {
    required: 'Required value missing.',
    type: '“{value}” is not {expected}.',
    enum: '“{value}” is not one of the allowed values: {values}.',
    minimum: '{value} is below the allowed minimum ({limit}).',
    maximum: '{value} is above the allowed maximum ({limit}).',
    minLength: 'Text too short: {length} characters, at least {limit} expected.',
    maxLength: 'Text too long: {length} characters, at most {limit} allowed.',
    pattern: '“{value}” does not have the expected form for this column.',
    unique: '“{value}” appears more than once, but each value of this column must be unique.',
  },
  expected: {
    string: 'a text', number: 'a number', integer: 'a whole number', boolean: 'a yes/no value',
    object: 'a JSON object', array: 'a JSON list', date: 'a valid date ({format})', time: 'a valid time ({format})',
    datetime: 'a valid date and time ({format})', year: 'a year', yearmonth: 'a month (YYYY-MM)',
    duration: 'an ISO 8601 duration (e.g. P1DT2H)', geopoint: 'a valid geographic point', geojson: 'a GeoJSON object',
    any: 'a value', email: 'an email address', uri: 'a web address', uuid: 'a UUID',
    binary: 'base64 content',
  },
};

/** Fills `{name}` placeholders (one pass: a value containing "{limit}" stays as it is). */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}
