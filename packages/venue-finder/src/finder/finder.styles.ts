import { css } from 'lit';

export const finderStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-family: var(--pv-font-family-base, system-ui, sans-serif);
    color: var(--pv-color-text-default, CanvasText);
    overflow-wrap: anywhere;
  }
  h2 {
    margin: var(--pv-space-4, 1em) 0 var(--pv-space-2, 0.5em);
    font-size: var(--pv-font-size-xl, 1.5em);
    line-height: var(--pv-line-height-tight, 1.2);
  }
  .layout {
    display: grid;
    gap: var(--pv-space-5, 1.5em);
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 52em) {
    .layout {
      grid-template-columns: minmax(14em, 1fr) minmax(0, 2.5fr);
    }
  }
  .filters pv-checkbox-group {
    display: block;
    margin-block-end: var(--pv-space-4, 1em);
  }
  .active ul,
  .results {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .active ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--pv-space-2, 0.5em);
    margin-block-end: var(--pv-space-2, 0.5em);
  }
  .label {
    margin: 0 0 var(--pv-space-1, 0.25em);
    font-weight: var(--pv-font-weight-medium, 600);
  }
  .count {
    font-weight: var(--pv-font-weight-bold, 700);
  }
  .results {
    display: grid;
    gap: var(--pv-space-3, 0.75em);
    margin-block-end: var(--pv-space-4, 1em);
  }
  .results > li:focus {
    outline: var(--pv-focus-ring-width, 2px) solid var(--pv-color-focus-default, Highlight);
    outline-offset: var(--pv-focus-ring-offset, 2px);
  }
  @media (forced-colors: active) {
    .results > li:focus {
      outline-color: Highlight;
    }
  }
`;
