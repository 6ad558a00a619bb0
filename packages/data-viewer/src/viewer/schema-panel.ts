/**
 * What the Table Schema says of the file, above the table: invalid cells counted per column, or that
 * every value follows it, or that nothing could be checked. Loaded only when the page gives a schema
 * (most pages do not), with its French texts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ViewColumn } from '../model.js';
import { viewerMessages } from './messages.js';
import type { SchemaSummary } from './protocol.js';
import { viewerPanelsFr } from './viewer-panels.fr.js';
import type { Words } from './filters.js';

// The texts of this part come with it (extending the same catalogue twice is harmless).
viewerMessages.extend('fr', viewerPanelsFr);

/** Schema fields named when the file lacks them (the rest are counted). */
const MISSING_SHOWN = 8;

export function renderSchemaPanel(schema: SchemaSummary | undefined, failed: boolean, columns: readonly ViewColumn[], t: Words): TemplateResult | typeof nothing {
  if (failed) return html`<p class="warning">${t('viewer.schemaFailed')}</p>`;
  if (!schema) return nothing;
  // A schema none of whose fields the file has checks nothing: saying "every value follows it" would mislead.
  if (schema.columns.every((c) => c === null)) return html`<p class="warning">${t('viewer.schemaUnmatched')}</p>`;
  const names = schema.missingFields.slice(0, MISSING_SHOWN).join(', ');
  const more = schema.missingFields.length - MISSING_SHOWN;
  const missing = schema.missingFields.length > 0
    ? html`<p class="warning">${t('viewer.schemaMissing', { count: schema.missingFields.length, names: more > 0 ? t('viewer.andMore', { names, count: more }) : names })}</p>`
    : nothing;
  if (schema.invalid === 0) return html`<p class="valid">${t('viewer.schemaValid')}</p>${missing}`;
  const invalid = columns.map((c, i) => ({ c, n: schema.columns[i]?.invalid ?? 0 })).filter(({ n }) => n > 0);
  return html`<details class="schema-errors">
      <summary>${t('viewer.schemaInvalid', { count: schema.invalid })}</summary>
      <ul>
        ${invalid.map(({ c, n }) => html`<li>${t('viewer.schemaColumn', { count: n, column: c.title })}</li>`)}
      </ul>
      <p>${t('viewer.schemaHint')}</p>
    </details>${missing}`;
}
