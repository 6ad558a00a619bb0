import { css } from 'lit';

/**
 * Native buttons, the error box and the loading indicator of the widgets (venue finder and report,
 * data viewer), drawn with the same tokens as pv-button and pv-notice: a widget stays free of the
 * form primitives (in the script-tag bundle its chunk does not load the form chunk).
 * Classes: `.btn` (secondary look), `.btn.tertiary` (link look), `.skip`, `.error`,
 * `.loading` + `.spinner`; native text fields, selects and checkboxes get the look of the primitives.
 */
export const controlStyles = css`
  input:not([type='checkbox']):not([type='radio']),
  select {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: var(--pv-space-2, 0.5em) var(--pv-space-3, 0.75em);
    font: inherit;
    color: inherit;
    background: var(--pv-control-background, var(--pv-color-bg-default, Field));
    border: var(--pv-border-width-default, 2px) solid var(--pv-control-border, var(--pv-color-border-strong, FieldText));
    border-radius: var(--pv-radius-sm, 4px);
  }
  input[type='checkbox'] {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.125em 0 0;
    accent-color: var(--pv-color-action-default, auto);
  }
  input:focus-visible,
  select:focus-visible,
  summary:focus-visible,
  button:focus-visible {
    outline: var(--pv-focus-ring-width, 2px) solid var(--pv-color-focus-default, Highlight);
    outline-offset: var(--pv-focus-ring-offset, 2px);
  }
  .btn,
  .skip {
    display: inline-flex;
    align-items: center;
    gap: var(--pv-space-2, 0.5em);
    min-block-size: 2.75em;
    margin: 0;
    padding: var(--pv-space-2, 0.5em) var(--pv-space-4, 1em);
    font: inherit;
    font-weight: var(--pv-font-weight-bold, 700);
    line-height: var(--pv-line-height-tight, 1.25);
    text-align: start;
    cursor: pointer;
    color: var(--pv-color-action-default, ButtonText);
    background: var(--pv-color-bg-default, ButtonFace);
    border: var(--pv-border-width-default, 2px) solid currentColor;
    border-radius: var(--pv-radius-md, 6px);
  }
  .btn:hover {
    background: var(--pv-color-action-subtle, ButtonFace);
  }
  .btn.tertiary,
  .skip {
    border-color: transparent;
    background: transparent;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .btn:disabled {
    cursor: not-allowed;
    color: var(--pv-color-text-disabled, GrayText);
  }
  .map-error,
  .error {
    padding: var(--pv-space-3, 0.75em) var(--pv-space-4, 1em);
    border-inline-start: 0.35em solid var(--pv-color-error-default, CanvasText);
    background: var(--pv-color-error-subtle, Canvas);
  }
  .error > :first-child {
    margin-block-start: 0;
  }
  .loading {
    display: flex;
    align-items: center;
    gap: var(--pv-space-2, 0.5em);
  }
  .spinner {
    inline-size: 1.25em;
    block-size: 1.25em;
    border: 0.2em solid var(--pv-color-border-default, GrayText);
    border-block-start-color: var(--pv-color-action-default, CanvasText);
    border-radius: 50%;
    animation: pv-venue-spin 0.8s linear infinite;
  }
  @keyframes pv-venue-spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 3s;
    }
  }
  @media (forced-colors: active) {
    .btn {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
  }
`;
