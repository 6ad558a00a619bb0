import { css } from 'lit';

/**
 * Shared by every control drawn as `<fieldset>` + `<legend>` (pv-fieldset, pv-checkbox-group,
 * pv-radio-group, pv-date-input): the native fieldset reset (its default `min-inline-size:
 * min-content` would break reflow at 320 px), the legend sizes and the error bar.
 */
export const groupStyles = css`
  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    display: block;
    max-inline-size: 100%;
    padding: 0;
    overflow-wrap: anywhere;
  }
  legend.label {
    margin-block-end: var(--pv-space-2, 0.5em);
  }
  :host([size='lg']) legend.label {
    font-size: var(--pv-font-size-xl, 1.5em);
    line-height: var(--pv-line-height-tight, 1.25);
    margin-block-end: var(--pv-space-3, 0.75em);
  }
  :host([size='xl']) legend.label {
    font-size: var(--pv-font-size-2xl, 2em);
    line-height: var(--pv-line-height-tight, 1.25);
    margin-block-end: var(--pv-space-4, 1em);
  }
  /* An error message is shown: a bar along the whole question (GOV.UK error pattern). */
  :host([data-user-invalid]) .group {
    padding-inline-start: var(--pv-space-3, 0.75em);
    border-inline-start: var(--pv-border-width-strong, 4px) solid var(--pv-color-error-default, CanvasText);
  }
  @media (forced-colors: active) {
    :host([data-user-invalid]) .group {
      border-inline-start-color: CanvasText;
    }
  }
`;

/**
 * The answers of checkbox and radio groups: a native input drawn as a 1.5 em box (24 px at the
 * default size) with an inline SVG mark, and a label that makes the whole row at least 44 px tall
 * and clickable. Inputs keep their native role, keyboard and focus; only the look changes.
 */
export const choiceStyles = css`
  .choices {
    display: flex;
    flex-direction: column;
    gap: var(--pv-space-2, 0.5em);
  }
  .choice {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: var(--pv-space-3, 0.75em);
    align-items: start;
  }
  .box {
    position: relative;
    display: grid;
    place-items: center;
    block-size: 2.5em;
  }
  .input {
    display: block;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    background: var(--pv-control-background, var(--pv-color-bg-default, Field));
    border: var(--pv-border-width-default, 2px) solid var(--pv-control-border, var(--pv-color-border-strong, FieldText));
    border-radius: var(--pv-radius-sm, 4px);
    appearance: none;
    cursor: pointer;
  }
  .input[type='radio'] {
    border-radius: 50%;
  }
  .input:hover:not(:disabled) {
    border-color: var(--pv-control-border-hover, var(--pv-color-action-hover, FieldText));
  }
  .input:checked {
    background: var(--pv-color-action-default, Highlight);
    border-color: var(--pv-color-action-default, Highlight);
  }
  .input[aria-invalid='true'] {
    border-color: var(--pv-control-border-invalid, var(--pv-color-error-default, CanvasText));
  }
  .input:disabled {
    background: var(--pv-control-background-disabled, var(--pv-color-disabled-subtle, Field));
    border-color: var(--pv-color-disabled-default, GrayText);
    cursor: not-allowed;
  }
  .mark {
    position: absolute;
    inline-size: 1em;
    block-size: 1em;
    color: var(--pv-color-action-inverse, Canvas);
    pointer-events: none;
    visibility: hidden;
  }
  .input:checked + .mark {
    visibility: visible;
  }
  .input:checked:disabled + .mark {
    color: var(--pv-color-disabled-default, GrayText);
  }
  .choice-label {
    display: block;
    padding-block: 0.5em;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .choice-hint {
    grid-column: 2;
    margin-block-start: calc(-1 * var(--pv-space-1, 0.25em));
    color: var(--pv-color-text-subtle, CanvasText);
    overflow-wrap: anywhere;
  }
  .disabled .choice-label,
  .disabled .choice-hint {
    color: var(--pv-color-text-disabled, GrayText);
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    .input {
      border-color: ButtonText;
      background: Canvas;
    }
    .input:checked {
      border-color: Highlight;
      background: Canvas;
    }
    .input:disabled {
      border-color: GrayText;
    }
    .mark,
    .input:checked:disabled + .mark {
      color: Highlight;
    }
    .input:disabled + .mark {
      color: GrayText;
    }
    .disabled .choice-label,
    .disabled .choice-hint {
      color: GrayText;
    }
  }
`;
