import { css } from 'lit';

/**
 * The finder draws its own native controls (search field, checkboxes; buttons in
 * shared/controls.styles.ts) with the same tokens as the primitives, so it looks like the rest of
 * Parvis without their weight.
 */
export const finderStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    overflow-wrap: anywhere;
  }
  h2 {
    margin: var(--pv-space-4, 1em) 0 var(--pv-space-2, 0.5em);
    font-size: var(--pv-font-size-xl, 1.5em);
    line-height: var(--pv-line-height-tight, 1.2);
  }
  h2:focus-visible,
  .results > li:focus {
    outline: var(--pv-focus-ring-width, 2px) solid var(--pv-color-focus-default, Highlight);
    outline-offset: var(--pv-focus-ring-offset, 2px);
  }
  label,
  legend,
  summary {
    font-weight: var(--pv-font-weight-bold, 700);
  }
  .search {
    display: grid;
    gap: var(--pv-space-2, 0.5em);
    max-inline-size: 40em;
  }
  .skip {
    justify-self: start;
    padding-inline: 0;
    min-block-size: 2em;
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
  fieldset {
    margin: 0 0 var(--pv-space-3, 0.75em);
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--pv-space-1, 0.25em);
  }
  details {
    border-block-start: var(--pv-border-width-default, 1px) solid var(--pv-color-border-default, CanvasText);
  }
  details > fieldset {
    margin-block-start: var(--pv-space-2, 0.5em);
  }
  /* The summary already names the group; the legend stays for screen readers in forms mode. */
  details legend {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  summary {
    padding: var(--pv-space-2, 0.5em) 0;
    cursor: pointer;
  }
  .selected {
    font-weight: var(--pv-font-weight-regular, 400);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--pv-space-2, 0.5em);
    padding-block: var(--pv-space-1, 0.25em);
    font-weight: var(--pv-font-weight-regular, 400);
    cursor: pointer;
  }
  .distance {
    display: grid;
    gap: var(--pv-space-1, 0.25em);
    margin-block: var(--pv-space-3, 0.75em);
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
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: var(--pv-space-2, 0.5em);
    margin-block-end: var(--pv-space-3, 0.75em);
  }
  .map {
    block-size: min(28em, 70vh);
    margin-block-end: var(--pv-space-4, 1em);
  }
  .results {
    display: grid;
    gap: var(--pv-space-3, 0.75em);
    margin-block-end: var(--pv-space-4, 1em);
  }
  .results > li.selected {
    outline: var(--pv-border-width-strong, 3px) solid var(--pv-color-action-default, Highlight);
    outline-offset: 2px;
  }
  .on-map {
    min-block-size: 2em;
    padding-inline: 0;
  }
  .meta {
    color: var(--pv-color-text-subtle, CanvasText);
  }
  @media (forced-colors: active) {
    .results > li.selected,
    .results > li:focus {
      outline-color: Highlight;
    }
  }
`;
