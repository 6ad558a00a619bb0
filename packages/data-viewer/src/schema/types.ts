/**
 * A Frictionless Table Schema (specs/table-schema.md, v1 with the v2 additions that schema.data.gouv.fr
 * schemas use), read once into a checked, frozen form the viewer can rely on.
 */

export type FieldType =
  | 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'date' | 'time' | 'datetime'
  | 'year' | 'yearmonth' | 'duration' | 'geopoint' | 'geojson' | 'any';

/** A value after casting: numbers and booleans as such, dates and times as ISO text, the rest as text. */
export type TypedValue = string | number | boolean;

export interface FieldConstraints {
  readonly required: boolean;
  readonly unique: boolean;
  /** Allowed values, already cast to the field's type (the filter becomes a pick-list). */
  readonly enum?: readonly TypedValue[];
  readonly minimum?: TypedValue;
  readonly maximum?: TypedValue;
  readonly minLength?: number;
  readonly maxLength?: number;
  /** The schema's pattern, implicitly anchored to the whole value (as XML Schema regexes are). */
  readonly pattern?: RegExp;
}

export interface SchemaField {
  readonly name: string;
  /** `title`, or the name when the schema has none. */
  readonly title: string;
  readonly description?: string;
  readonly example?: string;
  readonly type: FieldType;
  readonly format: string;
  readonly constraints: FieldConstraints;
  /** Number options (defaults "." , "" and true). */
  readonly decimalChar: string;
  readonly groupChar: string;
  readonly bareNumber: boolean;
  readonly trueValues: readonly string[];
  readonly falseValues: readonly string[];
  /** The table's `missingValues` (or the field's own, Table Schema v2). */
  readonly missingValues: readonly string[];
}

export interface TableSchema {
  readonly fields: readonly SchemaField[];
  readonly missingValues: readonly string[];
  readonly primaryKey: readonly string[];
  /** What was ignored while reading (French, for the page's author, not for visitors). */
  readonly warnings: readonly string[];
  field(name: string): SchemaField | undefined;
}

export type ViolationCode =
  | 'required' | 'type' | 'enum' | 'minimum' | 'maximum' | 'minLength' | 'maxLength' | 'pattern' | 'unique';

export interface Violation {
  readonly code: ViolationCode;
  /** Ready to show (as text: it quotes the data). */
  readonly message: string;
  /** What the message was built from, to word it again in another language. */
  readonly params: Readonly<Record<string, string | number>>;
}

export type CheckResult =
  | { readonly ok: true; readonly value: TypedValue | null }
  | { readonly ok: false; readonly violation: Violation };
