import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { define, LocalizeController, PvElement, safeUrl } from '@parvis/core';
import type { Venue } from '../model.js';
import { loadedHoursView, loadHoursEngine, type HoursEngine, type HoursView } from '../hours/hours.js';
import type { WeekRow } from '../hours/week.js';
import { finderMessages, needFinderLocale } from '../finder/messages.js';
import { cardStyles } from './card.styles.js';

/** Strings of a list field, whatever the record holds (data given by a host page is not trusted). */
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * One place of the venue finder: name, address, distance, opening hours (status and week table),
 * contacts, services and publics. Every value from the data is rendered as text; links go through `safeUrl`.
 *
 * @summary Fiche d’un lieu de médiation numérique.
 * @status experimental
 * @since 0.1.0
 * @csspart card - the frame of the card
 */
export class PvVenueCard extends PvElement {
  static override styles = [...(PvElement.styles as []), cardStyles];

  /** The venue shown. */
  @property({ attribute: false }) accessor venue: Venue | undefined = undefined;
  /** The opening-hours engine once loaded (the finder loads it lazily); without it the hours are not shown yet. */
  @property({ attribute: false }) accessor engine: HoursEngine | undefined = undefined;
  /** The instant the opening status is computed for. */
  @property({ attribute: false }) accessor now: Date = new Date();
  /** Distance in km from the searched point, when known. */
  @property({ type: Number }) accessor distance: number | undefined = undefined;
  /** Level of the name's heading (2 to 4). */
  @property({ type: Number }) accessor level = 3;

  private readonly localize = new LocalizeController(this, finderMessages);

  protected override willUpdate(): void {
    needFinderLocale(this.localize.locale);
  }

  protected override render(): TemplateResult | typeof nothing {
    const v = this.venue;
    if (!v) return nothing;
    const t = this.localize;
    const name = text(v.name);
    const address = [text(v.address), text(v.addressComplement)].filter(Boolean);
    const place = [text(v.postcode), text(v.commune)].filter(Boolean).join(' ');
    const distance = this.distance !== undefined && Number.isFinite(this.distance) ? t.t('card.distance', { km: t.number(this.distance, { maximumFractionDigits: 1 }) }) : '';
    return html`<article part="card">
      ${this.renderHeading(name)}
      ${v.itinerant === true ? html`<p><span class="badge">${t.t('card.itinerant')}</span></p>` : nothing}
      <p>${address.map((line) => html`${line}<br />`)}${place}</p>
      ${distance ? html`<p class="meta">${distance}</p>` : nothing}
      ${this.renderHours(v, name)} ${this.renderContacts(v, name)}
      ${this.renderList(t.t('card.services'), strings(v.services))} ${this.renderList(t.t('card.publics'), strings(v.publics))}
    </article>`;
  }

  private renderHeading(name: string): TemplateResult {
    if (this.level === 2) return html`<h2 class="name">${name}</h2>`;
    if (this.level === 4) return html`<h4 class="name">${name}</h4>`;
    return html`<h3 class="name">${name}</h3>`;
  }

  private renderHours(v: Venue, name: string): TemplateResult | typeof nothing {
    const value = text(v.openingHours).trim();
    const engine = this.engine;
    if (!value || !engine) return nothing;
    const view = loadedHoursView();
    if (!view) {
      // An engine made without loadHoursEngine() (its view comes with it): fetch the view, then draw.
      loadHoursEngine().then(() => this.requestUpdate(), () => undefined);
      return nothing;
    }
    const { formatHoursStatus, weekTableWith } = view;
    const locale = this.localize.locale;
    const options = { postcode: text(v.postcode), ...(v.position ? { position: v.position } : {}) };
    const status = formatHoursStatus(engine.evaluate(value, this.now, options), this.now, locale);
    let rows: WeekRow[] | null = null;
    try {
      rows = weekTableWith(engine, value, this.now, options);
    } catch {
      rows = null;
    }
    return html`<p class="status">${status}</p>
      ${rows
        ? html`<details>
            <summary>${this.localize.t('card.hoursSummary')}</summary>
            <table>
              <caption>${this.localize.t('card.hoursCaption', { name })}</caption>
              <thead><tr><th scope="col">${this.localize.t('card.day')}</th><th scope="col">${this.localize.t('card.hours')}</th></tr></thead>
              <tbody>${rows.map((row) => this.renderDay(row, view))}</tbody>
            </table>
          </details>`
        : nothing}`;
  }

  private renderDay(row: WeekRow, { hoursTranslator, formatClockString }: HoursView): TemplateResult {
    const locale = this.localize.locale;
    const day = this.localize.date(row.date, { weekday: 'long', day: 'numeric', month: 'long' });
    const holiday = row.holiday ? ` (${hoursTranslator.t(locale, 'week.holiday')})` : '';
    const hours = row.closed
      ? hoursTranslator.t(locale, 'week.closed')
      : row.intervals
          .map((i) => {
            const span = hoursTranslator.t(locale, 'week.interval', { from: formatClockString(i.from, locale), to: formatClockString(i.to, locale) });
            return i.unknown ? `${span} (${hoursTranslator.t(locale, 'week.uncertain')})` : span;
          })
          .join(', ');
    return html`<tr><th scope="row">${day}${holiday}</th><td>${hours}${row.comment ? html`<br />${row.comment}` : nothing}</td></tr>`;
  }

  private renderContacts(v: Venue, name: string): TemplateResult | typeof nothing {
    const t = this.localize;
    const items: TemplateResult[] = [];
    const phone = text(v.phone).trim();
    const tel = phone ? safeUrl(`tel:${phone.replace(/[^\d+]/g, '')}`) : undefined;
    if (phone) items.push(tel && /\d/.test(phone) ? html`<li><a href=${tel}>${t.t('card.phone', { phone })}</a></li>` : html`<li>${t.t('card.phone', { phone })}</li>`);
    for (const email of strings(v.emails)) {
      const href = safeUrl(`mailto:${email.trim()}`);
      items.push(href ? html`<li><a href=${href}>${t.t('card.email', { email })}</a></li>` : html`<li>${t.t('card.email', { email })}</li>`);
    }
    for (const site of strings(v.websites)) {
      const href = safeUrl(site);
      if (href) items.push(html`<li><a href=${href} aria-label=${t.t('card.websiteOf', { name })}>${t.t('card.website')}</a></li>`);
    }
    const booking = safeUrl(v.bookingUrl);
    if (booking) items.push(html`<li><a href=${booking} aria-label=${t.t('card.bookingOf', { name })}>${t.t('card.booking')}</a></li>`);
    const access = safeUrl(v.accessibilityUrl);
    if (access) items.push(html`<li><a href=${access} aria-label=${t.t('card.accessibilityOf', { name })}>${t.t('card.accessibility')}</a></li>`);
    if (items.length === 0) return nothing;
    return html`<p class="label">${t.t('card.contact')}</p><ul>${items}</ul>`;
  }

  private renderList(label: string, values: string[]): TemplateResult | typeof nothing {
    if (values.length === 0) return nothing;
    return html`<p class="label">${label}</p><ul>${values.map((value) => html`<li>${value}</li>`)}</ul>`;
  }
}

define('pv-venue-card', PvVenueCard);

declare global {
  interface HTMLElementTagNameMap {
    'pv-venue-card': PvVenueCard;
  }
}
