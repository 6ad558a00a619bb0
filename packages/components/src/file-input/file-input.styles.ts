import { css } from 'lit';

export const fileInputStyles = css`
  /* The native input covers the whole zone (transparent): clicks and dropped files reach it. */
  .zone {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--pv-space-2, 0.5em) var(--pv-space-3, 0.75em);
    padding: var(--pv-space-2, 0.5em);
    border: var(--pv-border-width-default, 2px) dashed var(--pv-control-border, var(--pv-color-border-strong, CanvasText));
    border-radius: var(--pv-control-radius, var(--pv-radius-sm, 4px));
    background: var(--pv-control-background, var(--pv-color-bg-default, Canvas));
  }
  .input {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .input:disabled {
    cursor: not-allowed;
  }
  .button {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--pv-button-min-height, 2.75em);
    padding: var(--pv-space-2, 0.5em) var(--pv-space-4, 1em);
    font-weight: var(--pv-font-weight-bold, 700);
    color: var(--pv-button-text, var(--pv-color-text-inverse, ButtonText));
    background: var(--pv-button-background, var(--pv-color-action-default, ButtonFace));
    border: var(--pv-border-width-default, 2px) solid var(--pv-button-border, var(--pv-color-action-default, ButtonText));
    border-radius: var(--pv-button-radius, var(--pv-radius-sm, 4px));
    overflow-wrap: anywhere;
  }
  .drop {
    color: var(--pv-color-text-subtle, CanvasText);
    overflow-wrap: anywhere;
  }
  .input:hover ~ .button {
    background: var(--pv-button-background-hover, var(--pv-color-action-hover, ButtonFace));
  }
  .input:focus-visible ~ .button {
    outline: var(--pv-focus-ring-width, 3px) solid var(--pv-color-focus-default, Highlight);
    outline-offset: var(--pv-focus-ring-offset, 2px);
  }
  .input[aria-invalid='true'] ~ .button {
    outline: var(--pv-border-width-default, 2px) solid var(--pv-color-error-default, CanvasText);
  }
  :host([data-user-invalid]) .zone {
    border-color: var(--pv-color-error-default, CanvasText);
    border-style: solid;
  }
  .input:disabled ~ .button {
    color: var(--pv-color-disabled-default, GrayText);
    background: var(--pv-color-disabled-subtle, Canvas);
    border-color: var(--pv-color-disabled-default, GrayText);
  }
  .input:disabled ~ .drop {
    color: var(--pv-color-disabled-default, GrayText);
  }
  .files {
    margin: var(--pv-space-3, 0.75em) 0 0;
    padding: 0;
    list-style: none;
  }
  .file {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--pv-space-1, 0.25em) var(--pv-space-3, 0.75em);
    padding-block: var(--pv-space-2, 0.5em);
    border-block-end: 1px solid var(--pv-color-border-subtle, CanvasText);
  }
  .name {
    flex: 1 1 12em;
    min-inline-size: 0;
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }
  .size {
    color: var(--pv-color-text-subtle, CanvasText);
    white-space: nowrap;
  }
  .remove {
    min-block-size: 2.75em;
    padding: var(--pv-space-1, 0.25em) var(--pv-space-3, 0.75em);
    font: inherit;
    color: var(--pv-color-action-default, ButtonText);
    background: transparent;
    border: var(--pv-border-width-default, 2px) solid currentColor;
    border-radius: var(--pv-radius-sm, 4px);
    cursor: pointer;
  }
  .remove:hover:not(:disabled) {
    color: var(--pv-color-action-hover, ButtonText);
    background: var(--pv-color-bg-subtle, Canvas);
  }
  .remove:disabled {
    color: var(--pv-color-disabled-default, GrayText);
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    .zone {
      border-color: CanvasText;
    }
    .button,
    .remove {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    .input:focus-visible ~ .button {
      outline-color: Highlight;
    }
    .input:disabled ~ .button,
    .remove:disabled {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
