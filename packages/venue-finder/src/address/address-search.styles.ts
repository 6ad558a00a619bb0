import { css } from 'lit';

/** Field look from core's fieldStyles; this adds the row, the popup list and the two buttons. */
export const addressSearchStyles = css`
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: stretch;
    gap: var(--pv-space-2, 0.5em);
  }
  .combo {
    position: relative;
    flex: 1 1 16em;
    min-inline-size: 0;
  }
  .listbox {
    position: absolute;
    inset-inline: 0;
    inset-block-start: 100%;
    z-index: 10;
    max-block-size: 20em;
    overflow-y: auto;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--pv-color-text-default, CanvasText);
    background: var(--pv-color-bg-default, Canvas);
    border: var(--pv-border-width-default, 2px) solid var(--pv-color-border-strong, CanvasText);
    border-block-start: 0;
    border-radius: 0 0 var(--pv-radius-sm, 4px) var(--pv-radius-sm, 4px);
  }
  .listbox[hidden] {
    display: none;
  }
  .option {
    padding: var(--pv-space-2, 0.5em) var(--pv-space-3, 0.75em);
    cursor: pointer;
    overflow-wrap: anywhere;
    border-block-end: 1px solid var(--pv-color-border-subtle, CanvasText);
  }
  .option:last-child {
    border-block-end: 0;
  }
  .option:hover {
    background: var(--pv-color-action-subtle, Canvas);
  }
  .option[aria-selected='true'] {
    color: var(--pv-color-selected-inverse, HighlightText);
    background: var(--pv-color-selected-default, Highlight);
  }
  .context {
    display: block;
    font-size: var(--pv-font-size-sm, 0.875em);
  }
  .option:not([aria-selected='true']) .context {
    color: var(--pv-color-text-subtle, CanvasText);
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: var(--pv-space-2, 0.5em);
    min-block-size: var(--pv-control-min-height, 2.75em);
    margin: 0;
    padding: var(--pv-space-2, 0.5em) var(--pv-space-4, 1em);
    font: inherit;
    font-weight: var(--pv-font-weight-bold, 700);
    line-height: var(--pv-line-height-tight, 1.25);
    cursor: pointer;
    color: var(--pv-color-action-default, ButtonText);
    background: var(--pv-color-bg-default, ButtonFace);
    border: var(--pv-border-width-default, 2px) solid currentColor;
    border-radius: var(--pv-radius-md, 6px);
  }
  .button:hover {
    background: var(--pv-color-action-subtle, ButtonFace);
  }
  .button[aria-disabled='true'] {
    cursor: progress;
  }
  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  .feedback,
  .status {
    margin-block: var(--pv-space-2, 0.5em) 0;
  }
  .status {
    color: var(--pv-color-text-subtle, CanvasText);
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .option[aria-selected='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
    }
    .button {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
  }
`;
