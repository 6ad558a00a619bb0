import { css } from 'lit';

export const dialogStyles = css`
  :host {
    display: contents;
  }
  dialog {
    inline-size: min(40em, calc(100% - 2em));
    max-inline-size: calc(100% - 2em);
    max-block-size: calc(100% - 2em);
    padding: 0;
    color: var(--pv-color-text-default, CanvasText);
    background: var(--pv-dialog-background, var(--pv-color-bg-default, Canvas));
    border: var(--pv-border-width-default, 2px) solid var(--pv-color-border-strong, CanvasText);
    border-radius: var(--pv-dialog-radius, var(--pv-radius-md, 8px));
    box-shadow: var(--pv-dialog-shadow, var(--pv-shadow-md, none));
    overflow-wrap: anywhere;
  }
  dialog::backdrop {
    background: var(--pv-dialog-backdrop, var(--pv-color-backdrop, rgb(0 0 0 / 0.6)));
  }
  .panel {
    display: flex;
    flex-direction: column;
    gap: var(--pv-space-4, 1em);
    padding: var(--pv-space-5, 1.5em);
  }
  @media (max-width: 30em) {
    .panel {
      padding: var(--pv-space-3, 0.75em);
    }
  }
  .header {
    display: flex;
    flex-wrap: wrap-reverse;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--pv-space-2, 0.5em) var(--pv-space-4, 1em);
  }
  .heading {
    flex: 1 1 12em;
    margin: 0;
    padding-block-start: var(--pv-space-2, 0.5em);
    font-size: var(--pv-font-size-xl, 1.5em);
    font-weight: var(--pv-font-weight-bold, 700);
    line-height: var(--pv-line-height-tight, 1.25);
  }
  .close {
    flex: none;
    display: inline-flex;
    align-items: center;
    gap: var(--pv-space-1, 0.25em);
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    margin-inline-start: auto;
    padding: var(--pv-space-1, 0.25em) var(--pv-space-2, 0.5em);
    font: inherit;
    font-weight: var(--pv-font-weight-medium, 500);
    color: var(--pv-color-action-default, ButtonText);
    background: transparent;
    border: var(--pv-border-width-default, 2px) solid transparent;
    border-radius: var(--pv-radius-sm, 4px);
    cursor: pointer;
  }
  .close:hover {
    color: var(--pv-color-action-hover, ButtonText);
    background: var(--pv-color-action-subtle, transparent);
  }
  .close svg {
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--pv-space-3, 0.75em);
    padding-block-start: var(--pv-space-4, 1em);
    border-block-start: 1px solid var(--pv-color-border-subtle, GrayText);
  }
  .footer[hidden] {
    display: none;
  }
  @media (forced-colors: active) {
    dialog {
      border: var(--pv-border-width-strong, 4px) solid CanvasText;
    }
    .close {
      color: ButtonText;
      border-color: ButtonText;
    }
    .footer {
      border-color: CanvasText;
    }
  }
`;
