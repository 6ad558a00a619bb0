/**
 * The finder's filters as native controls: a fieldset of checkboxes per vocabulary, each inside a
 * disclosure (`<details>`) so that a dozen vocabularies stay short to scroll and to Tab through.
 * Native inputs keep the list mode light (no form-associated primitives: nothing here is submitted)
 * and are understood by every assistive technology as they are.
 *
 * Loaded by the finder once its list is shown (a chunk of its own in the script-tag bundle): the
 * list, the count and the search field come first, the filters a moment later.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '@parvis/core';
import type { Venue } from '../model.js';
import type { SearchResult, VenueIndex } from '../search/index.js';
import { FINDER_FIELDS, type FinderField } from './fields.js';
import type { FinderMessages } from './finder.fr.js';
import { finderFiltersFr } from './finder-filters.fr.js';
import { finderMessages } from './messages.js';
import { typologyName } from './typology.js';
// The design system's tag for active filters; a chunk of its own in the script-tag bundle.
import '@parvis/components/tag';

// The texts of this part come with it (extending the same catalogue twice is harmless).
finderMessages.extend('fr', finderFiltersFr);

export interface ChoiceGroup {
  /** `hours`, `mobility` or a vocabulary field: the first part of the toggle. */
  key: string;
  legend: string;
  options: { value: string; label: string }[];
  selected: readonly string[];
  /** Always shown (no disclosure): the few choices most people want. */
  open?: boolean;
  /** The disclosure is open (the person opened it, or a value of it is selected). */
  expanded?: boolean;
}

export interface ChoiceHandlers {
  toggle(group: string, value: string, on: boolean): void;
  /** A disclosure was opened or closed (by the person or because a value was selected). */
  disclosure(group: string, open: boolean): void;
  selectedText(n: number): string;
}

export function renderChoices(group: ChoiceGroup, handlers: ChoiceHandlers): TemplateResult {
  const fieldset = html`<fieldset data-group=${group.key}>
    <legend>${group.legend}</legend>
    ${group.options.map(
      (option) => html`<label class="choice">
        <input
          type="checkbox"
          .value=${option.value}
          .checked=${group.selected.includes(option.value)}
          @change=${(e: Event) => handlers.toggle(group.key, option.value, (e.target as HTMLInputElement).checked)}
        />
        <span>${option.label}</span>
      </label>`,
    )}
  </fieldset>`;
  if (group.open) return fieldset;
  const count = group.selected.length;
  // Open when something is selected, so that a ticked box is never hidden; never closed by a render
  // (unticking the last box must not hide the box that has the focus).
  return html`<details ?open=${group.expanded === true || count > 0} @toggle=${(e: Event) => handlers.disclosure(group.key, (e.target as HTMLDetailsElement).open)}>
    <summary>${group.legend}${count > 0 ? html` <span class="selected">(${handlers.selectedText(count)})</span>` : nothing}</summary>
    ${fieldset}
  </details>`;
}

export function renderDistance(label: string, value: number, options: { value: number; label: string }[], onChange: (event: Event) => void): TemplateResult {
  return html`<div class="distance">
    <label for="distance">${label}</label>
    <select id="distance" @change=${onChange}>
      ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
    </select>
  </div>`;
}

/** The distances offered once a place is chosen (km). */
const DISTANCES = [2, 5, 10, 20, 50];

/** What the finder hands to the panel at each render: its state, and what to call back. */
export interface FilterPanelState {
  t: LocalizeController<FinderMessages>;
  index: VenueIndex;
  facets: SearchResult['facets'];
  venues: readonly Venue[];
  filters: Partial<Record<FinderField, string[]>>;
  hours: readonly string[];
  mobility: readonly string[];
  /** A place is chosen: the distance filter is offered. */
  hasPlace: boolean;
  maxKm: number;
  openGroups: ReadonlySet<string>;
  handlers: FilterPanelHandlers;
}

export interface FilterPanelHandlers extends Omit<ChoiceHandlers, 'selectedText'> {
  distance(km: number): void;
  /** An active filter's button was pressed (`key` is `group:value`; `distance:` for the distance). */
  remove(key: string, position: number): void;
  reset(): void;
}

const nameOf = (field: FinderField) => (field === 'typology' ? typologyName : (v: string) => v);

/** Every filter group with at least one value, then the distance when a place is chosen. */
export function renderFilterPanel(s: FilterPanelState): TemplateResult[] {
  const { t } = s;
  const handlers: ChoiceHandlers = { ...s.handlers, selectedText: (n) => t.t('finder.selected', { count: n }) };
  const groups: ChoiceGroup[] = [
    {
      key: 'hours',
      legend: t.t('finder.hoursLegend'),
      open: true,
      selected: s.hours,
      options: [
        { value: 'now', label: t.t('finder.openNow') },
        { value: 'saturday', label: t.t('finder.openSaturday') },
      ],
    },
  ];
  for (const field of FINDER_FIELDS) {
    const counts = s.facets?.fields[field] ?? {};
    const name = nameOf(field);
    groups.push({
      key: field,
      legend: t.t(`finder.fields.${field}`),
      selected: s.filters[field] ?? [],
      options: [...s.index.vocabulary(field)]
        .map((value) => ({ value, label: t.t('finder.option', { value: name(value), count: counts[value] ?? 0 }), sort: name(value) }))
        .sort((a, b) => a.sort.localeCompare(b.sort, 'fr')),
    });
  }
  if (s.venues.some((v) => v.itinerant === true)) {
    const counts = s.facets?.itinerant ?? { fixed: 0, itinerant: 0 };
    groups.push({
      key: 'mobility',
      legend: t.t('finder.itinerance'),
      selected: s.mobility,
      options: [
        { value: 'fixed', label: t.t('finder.option', { value: t.t('finder.fixed'), count: counts.fixed }) },
        { value: 'itinerant', label: t.t('finder.option', { value: t.t('finder.itinerant'), count: counts.itinerant }) },
      ],
    });
  }
  const distances = [{ value: 0, label: t.t('finder.distanceAny') }, ...DISTANCES.map((km) => ({ value: km, label: t.t('finder.distanceKm', { km }) }))];
  return [
    ...groups.filter((g) => g.options.length > 0).map((group) => renderChoices({ ...group, expanded: s.openGroups.has(group.key) }, handlers)),
    ...(s.hasPlace ? [renderDistance(t.t('finder.distance'), s.maxKm, distances, (e) => s.handlers.distance(Number((e.target as HTMLSelectElement).value) || 0))] : []),
  ];
}

/** The active filters as removable `pv-tag`s, and "Effacer les filtres"; nothing when none is active. */
export function renderActiveFilters(s: FilterPanelState): TemplateResult | typeof nothing {
  const { t } = s;
  const active: { key: string; label: string }[] = [];
  for (const h of s.hours) active.push({ key: `hours:${h}`, label: t.t(h === 'now' ? 'finder.openNow' : 'finder.openSaturday') });
  for (const field of FINDER_FIELDS) {
    const name = nameOf(field);
    for (const value of s.filters[field] ?? []) active.push({ key: `${field}:${value}`, label: `${t.t(`finder.fields.${field}`)} : ${name(value)}` });
  }
  for (const m of s.mobility) active.push({ key: `mobility:${m}`, label: t.t(m === 'fixed' ? 'finder.fixed' : 'finder.itinerant') });
  if (s.maxKm > 0) active.push({ key: 'distance:', label: t.t('finder.distanceKm', { km: s.maxKm }) });
  if (active.length === 0) return nothing;
  return html`<div class="active">
    <p class="label" id="active-label">${t.t('finder.activeFilters')}</p>
    <ul aria-labelledby="active-label">
      ${active.map(
        // The finder keeps the list of filters: it cancels the tag's own removal, updates its state
        // and moves the focus itself (the count is said again).
        (a, i) => html`<li>
          <pv-tag
            removable
            label=${a.label}
            value=${a.key}
            @pv-remove=${(e: Event) => {
              e.preventDefault();
              s.handlers.remove(a.key, i);
            }}
          ></pv-tag>
        </li>`,
      )}
    </ul>
    <button type="button" class="btn tertiary" @click=${s.handlers.reset}>${t.t('finder.reset')}</button>
  </div>`;
}
