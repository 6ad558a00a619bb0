export type Politeness = 'polite' | 'assertive';

interface AnnouncerRegions {
  polite: HTMLElement;
  assertive: HTMLElement;
}

/** Shared by every copy of Parvis on the page: one pair of live regions, never one per widget. */
const GLOBAL_KEY = Symbol.for('parvis.announcer');
type GlobalWithAnnouncer = typeof globalThis & { [GLOBAL_KEY]?: AnnouncerRegions };

/**
 * Visually hidden through CSSOM, not a style attribute, so a strict CSP (no 'unsafe-inline')
 * allows it; !important resists the host page's global CSS (e.g. `div { display: none }`).
 */
function hide(element: HTMLElement): void {
  const rules: Array<[string, string]> = [
    ['position', 'absolute'], ['width', '1px'], ['height', '1px'], ['margin', '-1px'], ['padding', '0'],
    ['overflow', 'hidden'], ['clip', 'rect(0 0 0 0)'], ['clip-path', 'inset(50%)'], ['white-space', 'nowrap'],
    ['border', '0'], ['display', 'block'], ['visibility', 'visible'],
  ];
  for (const [property, value] of rules) element.style.setProperty(property, value, 'important');
}

function createRegion(politeness: Politeness): HTMLElement {
  const region = document.createElement('div');
  region.setAttribute('aria-live', politeness);
  region.setAttribute('aria-atomic', 'true');
  region.setAttribute('aria-relevant', 'additions text');
  region.dataset.pvAnnouncer = politeness;
  hide(region);
  return region;
}

/**
 * The light-DOM live regions (created on first use, appended to <body>).
 * Live regions inside shadow roots are announced unreliably by screen readers, so every Parvis
 * element announces through these two.
 */
export function announcerRegions(): AnnouncerRegions {
  const global = globalThis as GlobalWithAnnouncer;
  const existing = global[GLOBAL_KEY];
  if (existing && existing.polite.isConnected && existing.assertive.isConnected) return existing;
  const regions = { polite: createRegion('polite'), assertive: createRegion('assertive') };
  const container = document.createElement('div');
  container.dataset.pvAnnouncerRoot = '';
  container.append(regions.polite, regions.assertive);
  document.body.append(container);
  global[GLOBAL_KEY] = regions;
  return regions;
}

const pending = new WeakMap<HTMLElement, number>();

/**
 * Says `message` to screen-reader users. Polite waits for the user to pause; assertive interrupts
 * (only for errors that block the task). The region is emptied first and filled a moment later so
 * that the same sentence twice in a row is read twice. The text is set as text, never as HTML.
 */
export function announce(message: string, politeness: Politeness = 'polite'): void {
  if (typeof document === 'undefined') return;
  const region = announcerRegions()[politeness];
  region.textContent = '';
  const previous = pending.get(region);
  if (previous !== undefined) clearTimeout(previous);
  pending.set(
    region,
    window.setTimeout(() => {
      region.textContent = message;
      pending.delete(region);
    }, 60),
  );
}
