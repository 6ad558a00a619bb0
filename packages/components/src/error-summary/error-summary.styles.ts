import { css } from 'lit';

export const errorSummaryStyles = css`
  :host {
    display: block;
    margin-block-end: var(--pv-space-6, 2em);
  }
  .summary {
    padding: var(--pv-space-4, 1em);
    color: var(--pv-color-text-default, CanvasText);
    background: var(--pv-error-summary-background, var(--pv-color-bg-default, Canvas));
    border: var(--pv-error-summary-border-width, var(--pv-border-width-strong, 4px)) solid var(--pv-error-summary-border, var(--pv-color-error-default, CanvasText));
    border-radius: var(--pv-radius-md, 4px);
  }
  .heading {
    margin: 0 0 var(--pv-space-3, 0.75em);
    font-size: var(--pv-font-size-lg, 1.25em);
    font-weight: var(--pv-font-weight-bold, 700);
    line-height: var(--pv-line-height-tight, 1.25);
    overflow-wrap: anywhere;
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list li + li {
    margin-block-start: var(--pv-space-2, 0.5em);
  }
  a {
    display: inline-block;
    min-block-size: 1.5em;
    color: var(--pv-color-error-default, LinkText);
    font-weight: var(--pv-font-weight-bold, 700);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  @media (forced-colors: active) {
    .summary {
      border-color: CanvasText;
    }
    a {
      color: LinkText;
    }
  }
`;
