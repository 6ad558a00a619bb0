import { css } from 'lit';

export const tagStyles = css`
  :host {
    display: inline-block;
    max-inline-size: 100%;
    vertical-align: middle;
  }
  .tag {
    display: inline-flex;
    align-items: center;
    gap: var(--pv-space-1, 0.25em);
    max-inline-size: 100%;
    min-block-size: 2em;
    padding-block: 0;
    padding-inline: var(--pv-space-3, 0.75em);
    font-size: var(--pv-font-size-sm, 0.875em);
    line-height: var(--pv-line-height-tight, 1.25);
    color: var(--pv-tag-text, var(--pv-color-text-default, CanvasText));
    background: var(--pv-tag-background, var(--pv-color-bg-muted, Canvas));
    border: var(--pv-border-width-default, 2px) solid var(--pv-tag-border, var(--pv-color-border-default, CanvasText));
    /* Capped so that a tag wrapped on several lines keeps its text clear of the corners. */
    border-radius: min(var(--pv-tag-radius, var(--pv-radius-pill, 999px)), 1em);
  }
  :host([removable]) .tag {
    padding-inline-end: var(--pv-space-0, 0);
  }
  .label {
    padding-block: var(--pv-space-1, 0.25em);
    overflow-wrap: anywhere;
  }
  :host([selected]) .tag {
    background: var(--pv-color-selected-subtle, Canvas);
    border-color: var(--pv-color-selected-default, Highlight);
    font-weight: var(--pv-font-weight-medium, 500);
  }
  .check,
  .remove svg {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
  }
  .remove {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: 2em;
    min-block-size: 2em;
    margin: 0;
    padding: 0;
    font: inherit;
    color: inherit;
    background: transparent;
    border: 0;
    border-radius: var(--pv-radius-pill, 999px);
    cursor: pointer;
  }
  .remove:hover:not(:disabled) {
    color: var(--pv-color-text-inverse, Canvas);
    background: var(--pv-color-action-default, CanvasText);
  }
  .remove:disabled {
    color: var(--pv-color-disabled-default, GrayText);
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    .tag {
      border-color: CanvasText;
    }
    :host([selected]) .tag {
      border-color: Highlight;
    }
    .remove {
      color: ButtonText;
    }
    .remove:hover:not(:disabled) {
      color: HighlightText;
      background: Highlight;
    }
    .remove:disabled {
      color: GrayText;
    }
  }
`;
