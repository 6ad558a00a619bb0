import { css } from 'lit';

export const checkboxGroupStyles = css`
  /* "ou" before a "None of these" answer (GOV.UK exclusive checkbox). */
  .divider {
    inline-size: 1.5em;
    text-align: center;
    color: var(--pv-color-text-subtle, CanvasText);
  }
`;
