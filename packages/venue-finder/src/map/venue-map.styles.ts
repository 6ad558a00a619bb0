import { css } from 'lit';
import { leafletStyles } from './leaflet.styles.js';

const focusRing = css`
  outline: var(--pv-focus-ring-width, 3px) solid var(--pv-color-focus-default, Highlight);
  outline-offset: var(--pv-focus-ring-offset, 2px);
`;

/**
 * Everything the map needs, in one stylesheet the host adopts (a shadow root or the document):
 * Leaflet's structural rules and Parvis's markers, clusters and controls. No `<link>`, no image.
 */
export const venueMapStyles = css`
  ${leafletStyles}
  .pv-map {
    background: var(--pv-color-bg-muted, #ddd);
    font-family: var(--pv-font-family-base, system-ui, sans-serif);
    font-size: var(--pv-font-size-sm, 0.875em);
    color: var(--pv-color-text-default, CanvasText);
  }
  .pv-map:focus-visible {
    ${focusRing}
    outline-offset: calc(-1 * var(--pv-focus-ring-width, 3px));
  }
  .pv-map-sr {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .pv-map-icon {
    inline-size: 0;
    block-size: 0;
  }
  .pv-map-marker,
  .pv-map-cluster {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    transform: translate(-50%, -50%);
    pointer-events: auto;
    display: grid;
    place-items: center;
    box-sizing: border-box;
    margin: 0;
    padding: 0;
    border-radius: 50%;
    cursor: pointer;
    font: inherit;
    font-weight: var(--pv-font-weight-bold, bold);
    line-height: 1;
  }
  .pv-map-marker {
    inline-size: 1.75em;
    block-size: 1.75em;
    min-inline-size: 24px;
    min-block-size: 24px;
    background: var(--pv-color-bg-default, Canvas);
    border: var(--pv-border-width-strong, 3px) solid var(--pv-color-action-default, ButtonText);
  }
  .pv-map-marker::before {
    content: '';
    inline-size: 40%;
    block-size: 40%;
    border-radius: 50%;
    background: var(--pv-color-action-default, ButtonText);
  }
  .pv-map-cluster {
    /* The icon box Leaflet positions has no width: without these, "19" wraps on two lines. */
    inline-size: max-content;
    white-space: nowrap;
    min-inline-size: 2.75em;
    block-size: 2.75em;
    padding-inline: 0.4em;
    border-radius: var(--pv-radius-pill, 999px);
    background: var(--pv-color-action-default, ButtonText);
    color: var(--pv-color-text-inverse, ButtonFace);
    border: var(--pv-border-width-strong, 3px) solid var(--pv-color-bg-default, Canvas);
    box-shadow: var(--pv-shadow-sm, none);
  }
  .pv-map-marker:hover,
  .pv-map-cluster:hover {
    border-color: var(--pv-color-action-hover, ButtonText);
  }
  .pv-map-marker:focus-visible,
  .pv-map-cluster:focus-visible {
    ${focusRing}
  }
  .pv-map-marker[aria-current='true'] {
    inline-size: 2.25em;
    block-size: 2.25em;
    background: var(--pv-color-selected-default, Highlight);
    border-color: var(--pv-color-text-default, CanvasText);
  }
  .pv-map-marker[aria-current='true']::before {
    background: var(--pv-color-bg-default, Canvas);
  }
  .pv-map-cluster.is-selected {
    background: var(--pv-color-selected-default, Highlight);
    border-color: var(--pv-color-text-default, CanvasText);
  }
  .pv-map-zoom {
    display: flex;
    flex-direction: column;
    gap: var(--pv-space-1, 0.25em);
  }
  .pv-map-zoom button {
    inline-size: 2.75em;
    block-size: 2.75em;
    min-inline-size: 44px;
    min-block-size: 44px;
    margin: 0;
    padding: 0;
    font: inherit;
    font-size: var(--pv-font-size-lg, 1.25em);
    font-weight: var(--pv-font-weight-bold, bold);
    line-height: 1;
    cursor: pointer;
    background: var(--pv-color-bg-default, Canvas);
    color: var(--pv-color-text-default, CanvasText);
    border: var(--pv-border-width-default, 1px) solid var(--pv-color-border-strong, ButtonText);
    border-radius: var(--pv-radius-md, 4px);
    box-shadow: var(--pv-shadow-sm, none);
  }
  .pv-map-zoom button:hover {
    background: var(--pv-color-bg-subtle, Canvas);
  }
  .pv-map-zoom button:focus-visible {
    ${focusRing}
  }
  .pv-map-zoom button[aria-disabled='true'] {
    cursor: default;
    color: var(--pv-color-text-disabled, GrayText);
  }
  .pv-map .pv-map-attribution {
    padding-inline: var(--pv-space-1, 0.25em);
    font-size: var(--pv-font-size-xs, 0.75em);
    background: var(--pv-color-bg-default, Canvas);
    color: var(--pv-color-text-default, CanvasText);
    overflow-wrap: anywhere;
  }
  @media (prefers-reduced-motion: reduce) {
    .leaflet-zoom-anim .leaflet-zoom-animated {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .pv-map-marker,
    .pv-map-cluster,
    .pv-map-zoom button {
      forced-color-adjust: none;
      background: ButtonFace;
      color: ButtonText;
      border-color: ButtonText;
    }
    .pv-map-marker::before {
      background: ButtonText;
    }
    .pv-map-marker[aria-current='true'],
    .pv-map-cluster.is-selected {
      background: Highlight;
      color: HighlightText;
      border-color: HighlightText;
    }
    .pv-map-zoom button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;

/** Adopts the map's stylesheet into `root` (a shadow root or the document), once. */
export function adoptVenueMapStyles(root: Node): void {
  const target = root instanceof ShadowRoot || root instanceof Document ? root : document;
  const sheet = venueMapStyles.styleSheet;
  if (!sheet || target.adoptedStyleSheets.includes(sheet)) return;
  target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
}
