import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { installCanary, naughtyStrings } from '../../../../test/helpers/naughty.js';
import { makeVenue, type Venue } from '../model.js';
import { loadVenueMap, type VenueMap, type VenueMapOptions } from './index.js';
import { venueMapEn, venueMapFr } from './labels.js';

/** Tiles from the test server (404s): no test reaches the internet. */
const TILE_URL = '/shared-data/nonexistent/{z}/{x}/{y}.png';
const COMMUNES = ['Lyon 3e', 'Villeurbanne', 'Grenoble', 'Clermont-Ferrand', 'Annecy'];

function venue(i: number, extra: Partial<Venue> = {}): Venue {
  return makeVenue({
    id: `v${i}`,
    name: `Lieu ${i}`,
    postcode: '69003',
    commune: COMMUNES[i % COMMUNES.length],
    coordinates: 'ok',
    // A deterministic scatter over Auvergne-Rhône-Alpes.
    position: { lat: 44.5 + ((i * 37) % 100) / 40, lon: 3 + ((i * 61) % 100) / 30 },
    ...extra,
  });
}

const venues = (n: number) => Array.from({ length: n }, (_, i) => venue(i));

let host: HTMLElement | undefined;
let current: VenueMap | undefined;

/** A map in a shadow root (as the finder will use it), 600 × 400 px, no animation. */
async function mapIn(options: VenueMapOptions = {}) {
  host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  container.style.width = '600px';
  container.style.height = '400px';
  root.append(container);
  const { createVenueMap } = await loadVenueMap();
  current = createVenueMap(container, { tileUrl: TILE_URL, animate: false, ...options });
  return { map: current, container, root };
}

/** The accessible name: the text that is not aria-hidden. */
const nameOf = (b: HTMLElement) => b.querySelector('.pv-map-sr')?.textContent ?? '';
const buttons = (container: HTMLElement, selector = 'button') => [...container.querySelectorAll<HTMLButtonElement>(selector)];
const clusters = (container: HTMLElement) => buttons(container, '.pv-map-cluster');
const markers = (container: HTMLElement) => buttons(container, '.pv-map-marker');
const until = async (check: () => boolean, ms = 3000) => {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

afterEach(() => {
  current?.destroy();
  current = undefined;
  host?.remove();
  host = undefined;
});

describe('venue map', () => {
  it('requests nothing before it is created, then only tiles from the configured URL on this server', async () => {
    await loadVenueMap();
    const tiles = () => performance.getEntriesByType('resource').filter((e) => e.name.includes('/nonexistent/'));
    expect(tiles()).to.have.length(0);
    const seen: string[] = [];
    const observer = new PerformanceObserver((list) => seen.push(...list.getEntries().map((e) => e.name)));
    observer.observe({ type: 'resource', buffered: true });
    const { map } = await mapIn();
    map.setVenues(venues(20));
    await until(() => tiles().length > 0);
    observer.disconnect();
    for (const name of [...seen, ...performance.getEntriesByType('resource').map((e) => e.name)]) {
      const url = new URL(name, location.href);
      expect(['127.0.0.1', 'localhost'], name).to.include(url.hostname);
    }
  });

  it('adopts its stylesheet in the shadow root', async () => {
    const { root, container } = await mapIn();
    const { venueMapStyles } = await loadVenueMap();
    expect(root.adoptedStyleSheets).to.include(venueMapStyles.styleSheet);
    expect(getComputedStyle(container).overflow).to.equal('hidden');
  });

  it('clusters 200 venues into named buttons whose counts add up to 200, skipping venues without position', async () => {
    const { map, container } = await mapIn();
    const list = [...venues(200), venue(900, { position: undefined, coordinates: 'missing' }), venue(901, { coordinates: 'missing' })];
    map.setVenues(list);
    const groups = clusters(container);
    expect(groups.length).to.be.greaterThan(0);
    const total = groups.reduce((sum, b) => sum + Number(b.dataset.count), 0) + markers(container).length;
    expect(total).to.equal(200);
    for (const b of groups) {
      expect(b.type).to.equal('button');
      expect(nameOf(b)).to.match(/^\d+ lieux autour de (Lyon 3e|Villeurbanne|Grenoble|Clermont-Ferrand|Annecy)$/);
      expect(nameOf(b)).to.contain(`${b.dataset.count} lieux`);
    }
    for (const b of markers(container)) expect(b.textContent).to.match(/^Lieu \d+$/);
    expect(buttons(container).some((b) => /Lieu 90[01]/.test(b.textContent ?? ''))).to.equal(false);
  });

  it('names a cluster after its most common commune', async () => {
    const { map, container } = await mapIn({ labels: venueMapEn, view: { lat: 45.76, lon: 4.85, zoom: 5 } });
    const at = { lat: 45.76, lon: 4.85 };
    map.setVenues(
      [
        venue(1, { commune: 'Lyon 3e', position: at }),
        venue(2, { commune: 'Villeurbanne', position: at }),
        venue(3, { commune: 'Villeurbanne', position: at }),
      ],
      { fit: false },
    );
    expect(clusters(container).map(nameOf)).to.deep.equal(['3 places around Villeurbanne']);
    expect(venueMapFr.cluster(3, 'Villeurbanne')).to.equal('3 lieux autour de Villeurbanne');
    expect(venueMapFr.cluster(1234, '')).to.equal('1\u202f234 lieux');
  });

  it('zooms into a cluster with Enter and moves focus to what it held', async () => {
    const { map, container, root } = await mapIn();
    map.setVenues(venues(200));
    const before = map.getView().zoom;
    const cluster = clusters(container)[0];
    cluster.focus();
    await sendKeys({ press: 'Enter' });
    expect(map.getView().zoom).to.be.greaterThan(before);
    expect(container.contains(root.activeElement)).to.equal(true);
    expect(root.activeElement === cluster).to.equal(false);
  });

  it('calls onSelect with Space on a marker, and highlights it', async () => {
    const selected: string[] = [];
    const { map, container, root } = await mapIn({ onSelect: (id) => selected.push(id) });
    map.setVenues(venues(200));
    expect(map.focusVenue('v42')).to.equal(true);
    const marker = markers(container).find((b) => b.dataset.id === 'v42')!;
    expect(marker).to.not.equal(undefined);
    expect(root.activeElement === marker).to.equal(true);
    expect(marker.getAttribute('aria-current')).to.equal('true');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' });
    expect(selected).to.deep.equal(['v42', 'v42']);
    const rect = marker.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)] });
    expect(selected).to.deep.equal(['v42', 'v42', 'v42']);
    expect(map.focusVenue('nope')).to.equal(false);
  });

  it('highlights the selected venue, or the cluster that holds it', async () => {
    const { map, container } = await mapIn();
    map.setVenues(venues(200));
    map.highlight('v7');
    const marked = [...clusters(container).filter((b) => b.classList.contains('is-selected')), ...markers(container).filter((b) => b.getAttribute('aria-current') === 'true')];
    expect(marked).to.have.length(1);
    map.focusVenue('v7', { moveFocus: false });
    expect(markers(container).filter((b) => b.getAttribute('aria-current') === 'true').map((b) => b.dataset.id)).to.deep.equal(['v7']);
    map.highlight(null);
    expect(container.querySelector('[aria-current], .is-selected')).to.equal(null);
  });

  it('is a focusable, named region: arrows pan, + and − zoom, zoom buttons too', async () => {
    const { map, container } = await mapIn();
    map.setVenues(venues(200));
    expect(container.getAttribute('role')).to.equal('region');
    expect(container.getAttribute('aria-label')).to.equal('Carte des lieux');
    expect(container.tabIndex).to.equal(0);
    const description = container.querySelector(`[id="${container.getAttribute('aria-describedby')}"]`);
    expect(description?.textContent).to.contain('Flèches');
    container.focus();
    const { zoom, lon } = map.getView();
    await sendKeys({ press: '+' });
    await until(() => map.getView().zoom === zoom + 1);
    await sendKeys({ press: '-' });
    await until(() => map.getView().zoom === zoom);
    await sendKeys({ press: 'ArrowRight' });
    await until(() => map.getView().lon > lon);
    const [zoomIn, zoomOut] = buttons(container, '.pv-map-zoom button');
    expect(zoomIn.getAttribute('aria-label')).to.equal('Zoomer');
    expect(zoomOut.getAttribute('aria-label')).to.equal('Dézoomer');
    zoomIn.click();
    expect(map.getView().zoom).to.equal(zoom + 1);
    zoomOut.click();
    expect(map.getView().zoom).to.equal(zoom);
    expect(container.querySelector('.pv-map-attribution')?.textContent).to.equal('© IGN – Plan IGN');
  });

  it('keeps focus in the map when the focused cluster goes away', async () => {
    const { map, container, root } = await mapIn();
    map.setVenues(venues(200));
    const { zoom } = map.getView();
    clusters(container)[0].focus();
    buttons(container, '.pv-map-zoom button')[0].click(); // zoom in: clusters are replaced
    expect(map.getView().zoom).to.equal(zoom + 1);
    expect(root.activeElement === container || container.contains(root.activeElement)).to.equal(true);
  });

  it('keeps focus on the same venue, or in the map, when the venues are replaced', async () => {
    const { map, container, root } = await mapIn();
    map.setVenues(venues(200));
    map.focusVenue('v3');
    map.setVenues(venues(100)); // a filter: v3 is still there
    expect((root.activeElement as HTMLElement | null)?.dataset.id).to.equal('v3');
    map.setVenues(venues(3).slice(0, 2)); // v3 is gone
    expect(root.activeElement === container, String(root.activeElement?.outerHTML.slice(0, 80))).to.equal(true);
  });

  it('cleans up on destroy', async () => {
    const { map, container } = await mapIn();
    map.setVenues(venues(50));
    map.destroy();
    expect(container.querySelectorAll('*')).to.have.length(0);
    expect(container.hasAttribute('role')).to.equal(false);
    expect(container.hasAttribute('tabindex')).to.equal(false);
    expect(container.classList.contains('pv-map')).to.equal(false);
    map.setVenues(venues(10)); // no-ops after destroy
    map.highlight('v1');
    expect(map.focusVenue('v1')).to.equal(false);
    expect(container.querySelectorAll('*')).to.have.length(0);
  });

  it('shows hostile names and communes as text', async () => {
    const pwned = installCanary();
    const strings = await naughtyStrings();
    const { map, container } = await mapIn({ view: { lat: 45.76, lon: 4.85, zoom: 18 } });
    // At zoom 18 nothing clusters: one marker per string, all in view.
    const list = strings.map((name, i) => venue(i, { name, position: { lat: 45.76 + (i % 20) * 2e-5, lon: 4.85 + Math.floor(i / 20) * 2e-5 } }));
    map.setVenues(list, { fit: false });
    const byId = new Map(markers(container).map((b) => [b.dataset.id, b]));
    expect(byId.size).to.equal(strings.length);
    strings.forEach((name, i) => {
      const b = byId.get(`v${i}`)!;
      expect(b.textContent).to.equal(name);
      expect(b.title).to.equal(name);
      expect(b.children).to.have.length(1);
    });
    // As communes, in cluster names.
    map.setVenues(strings.map((commune, i) => venue(i, { commune })), { fit: true });
    for (const b of clusters(container)) expect(b.querySelectorAll('*')).to.have.length(2);
    await new Promise((r) => setTimeout(r, 100));
    expect(pwned()).to.equal(false);
    expect(container.querySelectorAll('script, iframe, object, img:not(.leaflet-tile)').length).to.equal(0);
  });
});
