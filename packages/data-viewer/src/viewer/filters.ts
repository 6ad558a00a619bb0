/**
 * The per-column filters of the viewer, as native controls (one labelled control per condition),
 * and the words that name an active filter on its removal button.
 */
import { viewerMessages } from './messages.js';
import { viewerPanelsFr } from './viewer-panels.fr.js';
import { html, type TemplateResult } from 'lit';
import type { ColumnFilter, ViewColumn } from '../model.js';

// The texts of this part come with it (extending the same catalogue twice is harmless).
viewerMessages.extend('fr', viewerPanelsFr);

export type Words = (key: string, params?: Record<string, string | number>) => string;

export interface FilterHandlers {
  /** Replaces (or, with `undefined`, removes) the condition `part` of column `column`. */
  set(column: number, part: 'contains' | 'min' | 'max' | 'from' | 'to' | 'value', raw: string): void;
}

/** A number typed the French way ("1 234,5", "-3", "2000"); NaN when it is not one. */
export function typedNumber(text: string): number {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(compact) ? Number(compact) : Number.NaN;
}

const find = (filters: readonly ColumnFilter[], column: number) => filters.find((f) => f.column === column);

export function renderColumnFilter(column: ViewColumn, index: number, filters: readonly ColumnFilter[], t: Words, on: FilterHandlers): TemplateResult {
  const current = find(filters, index);
  const id = (part: string) => `f-${index}-${part}`;
  const input = (part: 'contains' | 'min' | 'max' | 'from' | 'to', label: string, type: string, value: string) =>
    html`<div class="field">
      <label for=${id(part)}>${label}</label>
      <input id=${id(part)} type=${type} inputmode=${type === 'text' && part !== 'contains' ? 'decimal' : 'text'} .value=${value} @change=${(e: Event) => on.set(index, part, (e.target as HTMLInputElement).value)} />
    </div>`;
  // Few values (found in the data), or the schema's allowed values (however many).
  if (column.values && column.values.length > 0) {
    const selected = current?.kind === 'enum' ? current.values[0] ?? '' : '';
    return html`<div class="field">
      <label for=${id('value')}>${column.title}</label>
      <select id=${id('value')} @change=${(e: Event) => on.set(index, 'value', (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${selected === ''}>${t('viewer.any')}</option>
        ${column.values.map((v) => html`<option .value=${v} ?selected=${v === selected}>${v}</option>`)}
      </select>
    </div>`;
  }
  if (column.type === 'integer' || column.type === 'number') {
    const range = current?.kind === 'range' ? current : undefined;
    return html`<div class="pair">
      ${input('min', t('viewer.min', { column: column.title }), 'text', range?.min === undefined ? '' : String(range.min))}
      ${input('max', t('viewer.max', { column: column.title }), 'text', range?.max === undefined ? '' : String(range.max))}
    </div>`;
  }
  if (column.type === 'date') {
    const range = current?.kind === 'date' ? current : undefined;
    return html`<div class="pair">
      ${input('from', t('viewer.from', { column: column.title }), 'date', range?.from ?? '')}
      ${input('to', t('viewer.to', { column: column.title }), 'date', range?.to ?? '')}
    </div>`;
  }
  return input('contains', t('viewer.contains', { column: column.title }), 'text', current?.kind === 'text' ? current.contains : '');
}

/** The filter of `column` after one of its parts changed; `undefined` when nothing is left of it. */
export function updateFilter(previous: ColumnFilter | undefined, column: number, part: string, raw: string): ColumnFilter | undefined {
  const text = raw.trim();
  switch (part) {
    case 'contains':
      return text ? { column, kind: 'text', contains: text } : undefined;
    case 'value':
      return text ? { column, kind: 'enum', values: [raw] } : undefined;
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
      return `${column.title} : ${filter.values.join(', ')}`;
    case 'range':
      return [filter.min !== undefined ? `${t('viewer.min', { column: column.title })} ${number(filter.min)}` : '', filter.max !== undefined ? `${t('viewer.max', { column: column.title })} ${number(filter.max)}` : '']
        .filter(Boolean)
        .join(', ');
    case 'date':
      return [filter.from ? `${t('viewer.from', { column: column.title })} ${filter.from}` : '', filter.to ? `${t('viewer.to', { column: column.title })} ${filter.to}` : ''].filter(Boolean).join(', ');
  }
}
