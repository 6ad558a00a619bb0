import { expect, fixture, html } from '@open-wc/testing';
import type { PvVenueCard } from './card.js';
import './card.js';
import { loadHoursEngine } from '../hours/hours.js';
import { sampleVenues } from '../finder/finder.examples.js';

const [lumiere, villeurbanne, bus] = sampleVenues as [typeof sampleVenues[0], typeof sampleVenues[0], typeof sampleVenues[0]];

describe('pv-venue-card', () => {
  it('renders nothing without a venue', async () => {
    const el = await fixture<PvVenueCard>(html`<pv-venue-card></pv-venue-card>`);
    expect(el.shadowRoot!.querySelector('article')).to.equal(null);
  });

  it('shows the name as a heading of the given level, the address, the distance and lists', async () => {
    const el = await fixture<PvVenueCard>(html`<pv-venue-card .venue=${lumiere} level="2" distance="2.345"></pv-venue-card>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('Médiathèque Lumière');
    expect(root.textContent).to.contain('69008 Lyon');
    expect(root.textContent).to.contain('À 2,3\u00a0km');
    expect(root.querySelector('a[href="tel:+33478000000"]')).not.to.equal(null);
    expect(root.querySelector('a[href="mailto:accueil@mediatheque.exemple.fr"]')).not.to.equal(null);
    expect(root.querySelectorAll('ul li').length).to.be.greaterThan(4);
    el.level = 4;
    await el.updateComplete;
    expect(root.querySelector('h4')).not.to.equal(null);
  });

  it('shows the booking link and the itinerant badge', async () => {
    const a = await fixture<PvVenueCard>(html`<pv-venue-card .venue=${villeurbanne}></pv-venue-card>`);
    expect(a.shadowRoot!.querySelector('a[href="https://rdv.exemple.fr/villeurbanne"]')!.textContent).to.equal('Prendre rendez-vous');
    const b = await fixture<PvVenueCard>(html`<pv-venue-card .venue=${bus}></pv-venue-card>`);
    expect(b.shadowRoot!.querySelector('.badge')!.textContent).to.equal('Itinérant');
  });

  it('shows hours as a status and a week table, or verbatim when they cannot be read', async () => {
    const engine = await loadHoursEngine();
    const now = new Date('2026-11-24T10:00:00+01:00'); // a Tuesday
    const el = await fixture<PvVenueCard>(html`<pv-venue-card .venue=${lumiere} .engine=${engine} .now=${now}></pv-venue-card>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('.status')!.textContent).to.equal('Ouvert · ferme à 18\u00a0h');
    expect(root.querySelector('caption')!.textContent).to.contain('Médiathèque Lumière');
    const rows = Array.from(root.querySelectorAll('tbody tr'), (r) => r.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows.length).to.equal(7);
    expect(rows[0]).to.contain('10 h – 18 h');
    expect(rows.some((r) => r.includes('Fermé'))).to.equal(true);
    const verbatim = await fixture<PvVenueCard>(html`<pv-venue-card .venue=${bus} .engine=${engine} .now=${now}></pv-venue-card>`);
    expect(verbatim.shadowRoot!.querySelector('.status')!.textContent).to.contain('sur rendez-vous');
    expect(verbatim.shadowRoot!.textContent).not.to.match(/Ouvert|Fermé/);
  });

  it('drops links whose scheme is not allowed and shows odd values as text', async () => {
    const venue = { ...lumiere, phone: '<b>pas de numéro</b>', emails: [], websites: ['javascript:alert(1)', 42 as unknown as string], bookingUrl: 'data:text/html,x', accessibilityUrl: 'javascript:x' };
    const el = await fixture<PvVenueCard>(html`<pv-venue-card .venue=${venue}></pv-venue-card>`);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('a').length).to.equal(0);
    expect(root.querySelector('b')).to.equal(null);
    expect(root.textContent).to.contain('<b>pas de numéro</b>');
  });
});
