import { css } from 'lit';

/**
 * Label, hint, feedback and text-control look shared by every form control.
 * Reads only `--pv-*` tokens; component contracts (`--pv-control-*`) fall back to semantic roles.
 */
export const fieldStyles = css`
  :host {
    display: block;
    margin-block-end: var(--pv-space-5, 1.5em);
  }
  .label {
    display: block;
    font-weight: var(--pv-font-weight-bold, 700);
    margin-block-end: var(--pv-space-1, 0.25em);
    overflow-wrap: anywhere;
  }
  .required-marker {
    font-weight: var(--pv-font-weight-regular, 400);
    color: var(--pv-color-text-subtle, CanvasText);
  }
  .hint {
    display: block;
    color: var(--pv-color-text-subtle, CanvasText);
    margin-block-end: var(--pv-space-2, 0.5em);
    overflow-wrap: anywhere;
  }
  .feedback {
    display: flex;
    gap: var(--pv-space-1, 0.25em);
    margin: 0 0 var(--pv-space-2, 0.5em);
    font-weight: var(--pv-font-weight-bold, 700);
    overflow-wrap: anywhere;
  }
  .feedback::before {
    content: '';
    flex: none;
    inline-size: var(--pv-border-width-strong, 4px);
    background: currentColor;
  }
  .feedback.error {
    color: var(--pv-color-error-default, CanvasText);
  }
  .feedback.warning {
    color: var(--pv-color-warning-default, CanvasText);
  }
  .feedback.info {
    color: var(--pv-color-info-default, CanvasText);
  }
  .control {
    display: block;
    inline-size: 100%;
    max-inline-size: var(--pv-control-max-width, 100%);
    min-block-size: var(--pv-control-min-height, 2.75em);
    margin: 0;
    padding: var(--pv-space-2, 0.5em) var(--pv-space-3, 0.75em);
    font: inherit;
    color: var(--pv-control-text, var(--pv-color-text-default, FieldText));
    background: var(--pv-control-background, var(--pv-color-bg-default, Field));
    border: var(--pv-border-width-default, 2px) solid var(--pv-control-border, var(--pv-color-border-strong, FieldText));
    border-radius: var(--pv-control-radius, var(--pv-radius-sm, 4px));
    appearance: none;
  }
  .control:hover:not(:disabled) {
    border-color: var(--pv-control-border-hover, var(--pv-color-action-hover, FieldText));
  }
  .control[aria-invalid='true'] {
    border-color: var(--pv-color-error-default, CanvasText);
    border-width: var(--pv-border-width-strong, 4px);
  }
  .control:disabled {
    color: var(--pv-color-disabled-default, GrayText);
    background: var(--pv-color-disabled-subtle, Field);
    border-color: var(--pv-color-disabled-default, GrayText);
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    .control {
      border-color: FieldText;
    }
    .control:disabled {
      border-color: GrayText;
      color: GrayText;
    }
    .feedback::before {
      background: CanvasText;
    }
  }
`;
