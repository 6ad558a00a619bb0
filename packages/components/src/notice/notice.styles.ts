import { css } from 'lit';

export const noticeStyles = css`
  :host {
    display: block;
    margin-block-end: var(--pv-space-4, 1em);
    --_accent: var(--pv-color-info-default, CanvasText);
    --_bg: var(--pv-color-info-subtle, Canvas);
  }
  :host([type='success']) {
    --_accent: var(--pv-color-success-default, CanvasText);
    --_bg: var(--pv-color-success-subtle, Canvas);
  }
  :host([type='warning']) {
    --_accent: var(--pv-color-warning-default, CanvasText);
    --_bg: var(--pv-color-warning-subtle, Canvas);
  }
  :host([type='error']) {
    --_accent: var(--pv-color-error-default, CanvasText);
    --_bg: var(--pv-color-error-subtle, Canvas);
  }
  .notice {
    display: flex;
    align-items: flex-start;
    gap: var(--pv-space-3, 0.75em);
    padding: var(--pv-space-3, 0.75em) var(--pv-space-4, 1em);
    background: var(--_bg);
    color: var(--pv-color-text-default, CanvasText);
    border: var(--pv-border-width-default, 2px) solid var(--_accent);
    border-inline-start-width: var(--pv-notice-border-width, var(--pv-border-width-strong, 6px));
    border-radius: var(--pv-notice-radius, var(--pv-radius-sm, 4px));
  }
  .icon {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    color: var(--_accent);
  }
  .body {
    flex: 1 1 auto;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .heading {
    margin: 0 0 var(--pv-space-1, 0.25em);
    font-size: var(--pv-font-size-md, 1em);
    font-weight: var(--pv-font-weight-bold, 700);
    line-height: var(--pv-line-height-tight, 1.25);
  }
  .content ::slotted(*) {
    margin-block: 0;
  }
  .content ::slotted(a),
  .content ::slotted(p) {
    color: inherit;
  }
  .close {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: 2.75em;
    min-block-size: 2.75em;
    margin: calc(-1 * var(--pv-space-2, 0.5em));
    padding: 0;
    font: inherit;
    color: inherit;
    background: transparent;
    border: 0;
    border-radius: var(--pv-radius-sm, 4px);
    cursor: pointer;
  }
  .close:hover {
    background: var(--pv-color-bg-muted, Canvas);
  }
  .close svg {
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  @media (forced-colors: active) {
    .notice {
      border-color: CanvasText;
    }
    .icon {
      color: CanvasText;
    }
    .close {
      color: ButtonText;
      border: 1px solid ButtonText;
    }
  }
`;
