import { css } from 'lit';
import { controlStyles } from '@parvis/core';

const viewer = css`
  :host {
    display: block;
    container-type: inline-size;
    overflow-wrap: anywhere;
  }
  label,
  summary,
  .label,
  .heading {
    font-weight: var(--pv-font-weight-bold, 700);
  }
  .toolbar,
  .chart-options {
    display: grid;
    gap: var(--pv-space-3, 0.75em);
    margin-block-end: var(--pv-space-3, 0.75em);
  }
  .field {
    display: grid;
    gap: var(--pv-space-1, 0.25em);
  }
  .search {
    max-inline-size: 40em;
  }
  .filters,
  .pair {
    display: grid;
    gap: var(--pv-space-3, 0.75em);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    padding-block: var(--pv-space-2, 0.5em);
  }
  .pair {
    grid-column: 1 / -1;
    padding: 0;
  }
  .panel,
  .remarks {
    border-block-start: var(--pv-border-width-default, 1px) solid var(--pv-color-border-default, CanvasText);
  }
  summary {
    padding: var(--pv-space-2, 0.5em) 0;
    cursor: pointer;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--pv-space-2, 0.5em);
    padding-block: var(--pv-space-1, 0.25em);
    font-weight: var(--pv-font-weight-regular, 400);
  }
  .description {
    display: block;
    color: var(--pv-color-text-subtle, CanvasText);
  }
  .active ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--pv-space-2, 0.5em);
    margin: 0 0 var(--pv-space-2, 0.5em);
    padding: 0;
    list-style: none;
  }
  .count {
    font-weight: var(--pv-font-weight-bold, 700);
  }
  .views,
  .downloads {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--pv-space-2, 0.5em);
    margin-block: var(--pv-space-3, 0.75em);
  }
  .downloads .label {
    flex-basis: 100%;
    margin: 0;
  }
  .views .btn[aria-pressed='true'] {
    color: var(--pv-color-action-inverse, Canvas);
    background: var(--pv-color-action-default, CanvasText);
  }
  .loading {
    display: grid;
    gap: var(--pv-space-2, 0.5em);
    justify-items: start;
  }
  progress {
    inline-size: min(100%, 30em);
    accent-color: var(--pv-color-action-default, auto);
  }
  .preview {
    max-inline-size: 100%;
    max-block-size: min(24em, 60vh);
    overflow: auto;
    margin-block-start: var(--pv-space-3, 0.75em);
    border: var(--pv-border-width-default, 1px) solid var(--pv-color-border-default, CanvasText);
  }
  .preview table {
    border-collapse: collapse;
  }
  .preview caption {
    padding: var(--pv-space-2, 0.5em);
    text-align: start;
    font-weight: var(--pv-font-weight-bold, 700);
  }
  .preview th,
  .preview td {
    padding: var(--pv-space-1, 0.25em) var(--pv-space-2, 0.5em);
    text-align: start;
    white-space: nowrap;
    border-block-end: 1px solid var(--pv-color-border-subtle, GrayText);
  }
  .warning,
  .valid,
  .schema-errors {
    margin-block: var(--pv-space-2, 0.5em);
    padding: var(--pv-space-2, 0.5em) var(--pv-space-4, 1em);
    border-inline-start: 0.35em solid var(--pv-color-warning-default, CanvasText);
    background: var(--pv-color-warning-subtle, Canvas);
  }
  .valid {
    border-inline-start-color: var(--pv-color-success-default, CanvasText);
    background: var(--pv-color-success-subtle, Canvas);
  }
  .schema-errors {
    border-inline-start-color: var(--pv-color-error-default, CanvasText);
    background: var(--pv-color-error-subtle, Canvas);
  }
  .schema-errors ul {
    margin-block: 0;
  }
  @media (forced-colors: active) {
    .views .btn[aria-pressed='true'] {
      color: HighlightText;
      background: Highlight;
    }
  }
`;

export const viewerStyles = [controlStyles, viewer];
