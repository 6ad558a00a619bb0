/**
 * The per-column filters of the viewer, as native controls (one labelled control per condition),
 * and the words that name an active filter on its removal button.
 */
import { viewerMessages } from './messages.js';
import { viewerFiltersFr } from './viewer-filters.fr.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { ColumnFilter, ViewColumn } from '../model.js';
import type { QuerySupport } from './protocol.js';
// Active filters are the design system's pv-tag (a chunk of its own in the script-tag bundle).
import '@parvis/components/tag';

// The texts of this part come with it.
viewerMessages.extend('fr', viewerFiltersFr);

export type Words = (key: string, params?: Record<string, string | number>) => string;

export interface FilterHandlers {
  /** Replaces (or, with `undefined`, removes) the condition `part` of column `column`. */
  set(column: number, part: Part | 'value', raw: string): void;
}

/** A typed condition: part of a text, a bound, or an exact value (`number`: typed the French way). */
type Part = 'contains' | 'exact' | 'number' | 'min' | 'max' | 'from' | 'to';

/** A file: every filter works. */
const EVERYTHING: QuerySupport = { search: true, text: 'contains', ranges: true, exact: true };

/** A number typed the French way ("1 234,5", "-3", "2000"); NaN when it is not one. */
export function typedNumber(text: string): number {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(compact) ? Number(compact) : Number.NaN;
}

const find = (filters: readonly ColumnFilter[], column: number) => filters.find((f) => f.column === column);

/** The possible controls of one column's filter, each labelled for what it does. */
function controls(column: ViewColumn, index: number, current: ColumnFilter | undefined, t: Words, on: FilterHandlers) {
  const id = (part: string) => `f-${index}-${part}`;
  const words = (key: string) => t(`viewer.${key}`, { column: column.title });
  const input = (part: Part, type: string, value: string, label = words(part)) =>
    html`<div class="field">
      <label for=${id(part)}>${label}</label>
      <input id=${id(part)} type=${type} inputmode=${/^(min|max|number)$/.test(part) ? 'decimal' : 'text'} .value=${value} @change=${(e: Event) => on.set(index, part, (e.target as HTMLInputElement).value)} />
    </div>`;
  const picked = current?.kind === 'enum' ? current.values[0] ?? '' : '';
  const number = current?.kind === 'range' ? current : undefined;
  const date = current?.kind === 'date' ? current : undefined;
  return {
    // few values (found in the data), or the schema's allowed values (however many)
    pickList: (values: readonly string[]) => html`<div class="field">
      <label for=${id('value')}>${column.title}</label>
      <select id=${id('value')} @change=${(e: Event) => on.set(index, 'value', (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${picked === ''}>${t('viewer.any')}</option>
        ${values.map((v) => html`<option .value=${v} ?selected=${v === picked}>${v}</option>`)}
      </select>
    </div>`,
    numberRange: () => html`<div class="pair">
      ${input('min', 'text', number?.min === undefined ? '' : String(number.min))} ${input('max', 'text', number?.max === undefined ? '' : String(number.max))}
    </div>`,
    dateRange: () => html`<div class="pair">${input('from', 'date', date?.from ?? '')} ${input('to', 'date', date?.to ?? '')}</div>`,
    contains: () => input('contains', 'text', current?.kind === 'text' ? current.contains : ''),
    // a number is read the French way before it is sent ('number'); a date keeps its date picker
    exact: (kind: ViewColumn['type']) => input(isNumeric(kind) ? 'number' : 'exact', kind === 'date' ? 'date' : 'text', picked, words('exact')),
  };
}

const isNumeric = (type: ViewColumn['type']) => type === 'integer' || type === 'number';

/**
 * The controls of one column's filter: only conditions the source applies (`can`: an API's), each
 * named for what it does. Without ranges, a number or a date is matched by its exact value.
 */
export function renderColumnFilter(column: ViewColumn, index: number, filters: readonly ColumnFilter[], t: Words, on: FilterHandlers, can = EVERYTHING): TemplateResult | typeof nothing {
  const c = controls(column, index, find(filters, index), t, on);
  const { type } = column;
  if (column.values && column.values.length > 0) return c.pickList(column.values);
  if ((isNumeric(type) || type === 'date') && !can.ranges) return can.exact ? c.exact(type) : nothing;
  if (isNumeric(type)) return c.numberRange();
  if (type === 'date') return c.dateRange();
  if (can.text === 'exact') return c.exact(type);
  return can.text === 'contains' ? c.contains() : nothing;
}

/** The filter of `column` after one of its parts changed; `undefined` when nothing is left of it. */
export function updateFilter(previous: ColumnFilter | undefined, column: number, part: string, raw: string): ColumnFilter | undefined {
  const text = raw.trim();
  switch (part) {
    case 'contains':
      return text ? { column, kind: 'text', contains: text } : undefined;
    case 'value':
      return text ? { column, kind: 'enum', values: [raw] } : undefined;
    case 'exact':
      return text ? { column, kind: 'enum', values: [text] } : undefined;
    case 'number': {
      // sent as the API writes numbers ("1 234,5" → "1234.5"); not a number: no filter
      const n = typedNumber(text);
      return Number.isNaN(n) ? undefined : { column, kind: 'enum', values: [String(n)] };
    }
    case 'min':
    case 'max': {
      const range = previous?.kind === 'range' ? { ...previous } : { column, kind: 'range' as const };
      const n = text ? typedNumber(text) : undefined;
      if (n === undefined || Number.isNaN(n)) delete range[part];
      else range[part] = n;
      return range.min === undefined && range.max === undefined ? undefined : range;
    }
    case 'from':
    case 'to': {
      const range = previous?.kind === 'date' ? { ...previous } : { column, kind: 'date' as const };
      if (/^\d{4}-\d{2}-\d{2}$/.test(text)) range[part] = text;
      else delete range[part];
      return range.from === undefined && range.to === undefined ? undefined : range;
    }
    default:
      return previous;
  }
}

/** Words of an active filter, for its removal button ("Commune contient « Lyon »"). */
export function filterLabel(filter: ColumnFilter, column: ViewColumn, t: Words, number: (n: number) => string): string {
  switch (filter.kind) {
    case 'text':
      return `${t('viewer.contains', { column: column.title })} « ${filter.contains} »`;
    case 'enum':
      // a value picked from a list, or typed to be matched exactly ("Commune = « Poitiers »")
      return column.values ? `${column.title} : ${filter.values.join(', ')}` : `${column.title} = « ${filter.values.join(', ')} »`;
    case 'range':
      return [filter.min !== undefined ? `${t('viewer.min', { column: column.title })} ${number(filter.min)}` : '', filter.max !== undefined ? `${t('viewer.max', { column: column.title })} ${number(filter.max)}` : '']
        .filter(Boolean)
        .join(', ');
    case 'date':
      return [filter.from ? `${t('viewer.from', { column: column.title })} ${filter.from}` : '', filter.to ? `${t('viewer.to', { column: column.title })} ${filter.to}` : ''].filter(Boolean).join(', ');
  }
}
