import { css } from 'lit';

export const selectStyles = css`
  .wrapper {
    position: relative;
    max-inline-size: 100%;
  }
  .control {
    padding-inline-end: 2.5em;
    text-overflow: ellipsis;
    cursor: pointer;
  }
  .arrow {
    position: absolute;
    inset-inline-end: var(--pv-space-3, 0.75em);
    inset-block-start: 50%;
    inline-size: 1em;
    block-size: 1em;
    margin-block-start: -0.5em;
    pointer-events: none;
    color: var(--pv-control-text, var(--pv-color-text-default, FieldText));
  }
  .control:disabled + .arrow {
    color: var(--pv-color-disabled-default, GrayText);
  }
  @media (forced-colors: active) {
    .arrow {
      color: FieldText;
    }
    .control:disabled + .arrow {
      color: GrayText;
    }
  }
`;
