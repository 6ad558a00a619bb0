import { css } from 'lit';

export const reportStyles = css`
  :host {
    display: block;
    font-family: var(--pv-font-family-base, system-ui, sans-serif);
    color: var(--pv-color-text-default, CanvasText);
    /* Values from the file can be long unbroken strings (URLs, hostile input). */
    overflow-wrap: anywhere;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: var(--pv-space-5, 1.5em) 0 var(--pv-space-2, 0.5em);
    font-size: var(--pv-font-size-lg, 1.25em);
    line-height: var(--pv-line-height-tight, 1.2);
  }
  p {
    margin: 0 0 var(--pv-space-2, 0.5em);
  }
  .summary,
  .count {
    font-weight: var(--pv-font-weight-bold, 700);
  }
  .summary {
    font-size: var(--pv-font-size-lg, 1.25em);
  }
  .downloads {
    display: flex;
    flex-wrap: wrap;
    gap: var(--pv-space-2, 0.5em);
    margin-block: var(--pv-space-3, 0.75em);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    margin-block-end: var(--pv-space-3, 0.75em);
  }
  caption {
    text-align: start;
    font-weight: var(--pv-font-weight-medium, 600);
    padding-block-end: var(--pv-space-1, 0.25em);
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: var(--pv-space-1, 0.25em) var(--pv-space-2, 0.5em);
    border: 1px solid var(--pv-color-border-default, CanvasText);
  }
  thead th {
    background: var(--pv-color-bg-muted, Canvas);
  }
  tbody th {
    font-weight: var(--pv-font-weight-regular, 400);
  }
  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .empty {
    font-style: italic;
  }
  .warnings {
    margin: 0 0 var(--pv-space-3, 0.75em);
    padding-inline-start: 1.25em;
  }
`;
