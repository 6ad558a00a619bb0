import { css } from 'lit';

export const textareaStyles = css`
  .control {
    min-block-size: 5em;
    resize: vertical;
    line-height: var(--pv-line-height-base, 1.5);
    overflow-wrap: anywhere;
  }
  .count {
    margin-block-start: var(--pv-space-1, 0.25em);
    color: var(--pv-color-text-subtle, CanvasText);
    overflow-wrap: anywhere;
  }
  .count.over {
    color: var(--pv-color-error-default, CanvasText);
    font-weight: var(--pv-font-weight-bold, 700);
  }
  @media (forced-colors: active) {
    .count.over {
      color: CanvasText;
      text-decoration: underline;
    }
  }
`;
