import { css } from 'lit';

/**
 * Base styles every Parvis element starts from.
 *
 * Commune CMS pages ship global CSS that reaches our hosts (`* { font-family: … !important }`,
 * `html { font-size: 62.5% }`, `button { all: unset }`). Global selectors cannot enter the
 * shadow root, but inherited properties flow through the host. Important declarations made
 * inside a shadow root beat the page's important ones, so the inherited properties are reset
 * here with !important.
 * Sizes are relative to `medium` (the reader's own browser font size), not to the page's
 * `rem`, so a page that shrinks its root font does not shrink Parvis, while a reader who
 * enlarges text in the browser still gets bigger text.
 */
export const hostStyles = css`
  :host {
    box-sizing: border-box !important;
    font-family: var(--pv-font-family-base, system-ui, sans-serif) !important;
    font-size: var(--pv-font-size-root, medium) !important;
    font-weight: var(--pv-font-weight-regular, 400) !important;
    font-style: normal !important;
    line-height: var(--pv-line-height-base, 1.5) !important;
    color: var(--pv-color-text-default, CanvasText) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    white-space: normal !important;
    visibility: visible !important;
    cursor: auto !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
`;

/** Hides text visually while keeping it for screen readers ("Erreur :" prefixes, counts). */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;

/**
 * The focus ring: a two-colour outline (ring + halo) so it stays visible on any background
 * (WCAG 2.4.7, 2.4.11, 1.4.11). Forced-colours mode keeps a system-colour outline.
 */
export const focusRing = css`
  :focus-visible {
    outline: var(--pv-focus-ring-width, 3px) solid var(--pv-color-focus-default, Highlight);
    outline-offset: var(--pv-focus-ring-offset, 2px);
    box-shadow: 0 0 0 calc(var(--pv-focus-ring-offset, 2px) + var(--pv-focus-ring-width, 3px) + 2px)
      var(--pv-color-focus-inverse, Canvas);
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
`;
