import { css } from 'lit';

export const checkboxStyles = css`
  .row {
    display: flex;
    align-items: flex-start;
    gap: var(--pv-space-3, 0.75em);
  }
  .box {
    position: relative;
    flex: none;
    inline-size: 1.75em;
    block-size: 1.75em;
  }
  .check {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    appearance: none;
    cursor: pointer;
    background: var(--pv-control-background, var(--pv-color-bg-default, Field));
    border: var(--pv-border-width-default, 2px) solid var(--pv-control-border, var(--pv-color-border-strong, FieldText));
    border-radius: var(--pv-radius-sm, 4px);
  }
  .check:hover:not(:disabled) {
    border-color: var(--pv-control-border-hover, var(--pv-color-action-hover, FieldText));
  }
  .check:checked,
  .check:indeterminate {
    background: var(--pv-color-selected-default, var(--pv-color-action-default, Highlight));
    border-color: var(--pv-color-selected-default, var(--pv-color-action-default, Highlight));
  }
  .check[aria-invalid='true'] {
    border-color: var(--pv-color-error-default, CanvasText);
    border-width: var(--pv-border-width-strong, 4px);
  }
  .check:disabled {
    cursor: not-allowed;
    background: var(--pv-color-disabled-subtle, Field);
    border-color: var(--pv-color-disabled-default, GrayText);
  }
  .mark {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    pointer-events: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 3;
    color: var(--pv-color-selected-inverse, var(--pv-color-action-inverse, HighlightText));
  }
  .tick,
  .dash {
    display: none;
  }
  .check:checked:not(:indeterminate) + .mark .tick,
  .check:indeterminate + .mark .dash {
    display: inline;
  }
  .check:disabled + .mark {
    color: var(--pv-color-disabled-default, GrayText);
  }
  .text {
    flex: 1 1 auto;
    min-inline-size: 0;
  }
  .label {
    font-weight: var(--pv-font-weight-regular, 400);
    margin: 0;
    padding-block: 0.125em;
    cursor: pointer;
  }
  .hint {
    margin: 0;
  }
  @media (forced-colors: active) {
    .check {
      border-color: FieldText;
    }
    .check:checked,
    .check:indeterminate {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
    }
    .mark {
      forced-color-adjust: none;
      color: HighlightText;
    }
    .check:disabled,
    .check:disabled:checked {
      background: Canvas;
      border-color: GrayText;
    }
    .check:disabled + .mark {
      color: GrayText;
    }
  }
`;
