import { css } from 'lit';

export const cardStyles = css`
  :host {
    display: block;
    font-family: var(--pv-font-family-base, system-ui, sans-serif);
    color: var(--pv-color-text-default, CanvasText);
    overflow-wrap: anywhere;
  }
  article {
    border: var(--pv-border-width-default, 1px) solid var(--pv-color-border-default, CanvasText);
    border-radius: var(--pv-radius-md, 0.5em);
    background: var(--pv-color-bg-default, Canvas);
    padding: var(--pv-space-4, 1em);
  }
  .name {
    margin: 0 0 var(--pv-space-2, 0.5em);
    font-size: var(--pv-font-size-lg, 1.25em);
    font-weight: var(--pv-font-weight-bold, 700);
    line-height: var(--pv-line-height-tight, 1.2);
  }
  p,
  ul {
    margin: 0 0 var(--pv-space-2, 0.5em);
  }
  ul {
    padding-inline-start: var(--pv-space-5, 1.25em);
  }
  .meta {
    color: var(--pv-color-text-subtle, CanvasText);
  }
  .badge {
    display: inline-block;
    padding: 0 var(--pv-space-2, 0.5em);
    border: var(--pv-border-width-default, 1px) solid var(--pv-color-border-strong, CanvasText);
    border-radius: var(--pv-radius-pill, 999px);
    background: var(--pv-color-bg-subtle, Canvas);
    font-size: var(--pv-font-size-sm, 0.875em);
  }
  .status {
    font-weight: var(--pv-font-weight-medium, 600);
  }
  a {
    color: var(--pv-color-action-default, LinkText);
    display: inline-block;
    min-block-size: 1.5em;
  }
  a:hover {
    color: var(--pv-color-action-hover, LinkText);
  }
  details {
    margin-block-end: var(--pv-space-2, 0.5em);
  }
  summary {
    cursor: pointer;
    min-block-size: 1.5em;
    color: var(--pv-color-action-default, LinkText);
  }
  table {
    border-collapse: collapse;
    margin-block-start: var(--pv-space-2, 0.5em);
  }
  caption {
    text-align: start;
    font-weight: var(--pv-font-weight-medium, 600);
  }
  th,
  td {
    text-align: start;
    padding: var(--pv-space-1, 0.25em) var(--pv-space-3, 0.75em) var(--pv-space-1, 0.25em) 0;
    border-block-end: var(--pv-border-width-default, 1px) solid var(--pv-color-border-subtle, CanvasText);
    vertical-align: top;
  }
  .label {
    margin: 0;
    font-weight: var(--pv-font-weight-medium, 600);
  }
  @media (forced-colors: active) {
    article,
    .badge {
      border-color: CanvasText;
    }
    a,
    summary {
      color: LinkText;
    }
  }
`;
