import { css } from 'lit';

export const dateInputStyles = css`
  .parts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--pv-space-2, 0.5em) var(--pv-space-4, 1em);
  }
  .part {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  .part-label {
    margin-block-end: var(--pv-space-1, 0.25em);
  }
  /* Widths hint at the expected answer: 2 digits, 2 digits, 4 digits (GOV.UK). */
  .control.width-2 {
    inline-size: calc(2ch + 2 * var(--pv-space-3, 0.75em) + 2 * var(--pv-border-width-strong, 4px) + 0.5em);
  }
  .control.width-4 {
    inline-size: calc(4ch + 2 * var(--pv-space-3, 0.75em) + 2 * var(--pv-border-width-strong, 4px) + 0.5em);
  }
  .control {
    max-inline-size: 100%;
  }
`;
