import { css } from 'lit';

/**
 * The table draws its own native controls with the tokens (as the venue finder does): no
 * dependency on the form primitives. Rows never wrap, so every row has the height measured once
 * (virtual scrolling); the region scrolls both ways and the header sticks to its top.
 * - `inline-size: max-content`: the widths kept on header cells (table.ts, holdWidths) are honoured
 *   rather than squeezed back to the content of the rows shown.
 * - `overflow-anchor: none`: rows are recycled as the window moves; scroll anchoring would chase them.
 * - Sort buttons: the focus ring is drawn inside (an outer ring would be clipped by the region).
 * - The sort arrow is drawn from `aria-sort` (no element per column); the alternative text after
 *   "/" keeps it silent (aria-sort already says the order); the first declaration is for browsers
 *   without alternative text.
 */
export const tableStyles = css`
  :host {
    display: block;
    max-inline-size: 100%;
  }
  .scroll {
    position: relative;
    max-inline-size: 100%;
    max-block-size: var(--pv-data-table-max-height, min(36em, 80vh));
    overflow: auto;
    overscroll-behavior: contain;
    overflow-anchor: none;
    border: var(--pv-border-width-default, 1px) solid var(--pv-color-border-default, CanvasText);
    border-radius: var(--pv-radius-sm, 4px);
  }
  :host([paged]) .scroll {
    max-block-size: none;
  }
  .scroll:focus-visible {
    outline-offset: 0;
  }
  table {
    border-collapse: separate;
    border-spacing: 0;
    inline-size: max-content;
    min-inline-size: 100%;
  }
  caption {
    padding: var(--pv-space-2, 0.5em) var(--pv-space-3, 0.75em);
    font-weight: var(--pv-font-weight-bold, 700);
    font-size: var(--pv-font-size-lg, 1.125em);
    text-align: start;
  }
  th,
  td {
    padding: var(--pv-space-2, 0.5em) var(--pv-space-3, 0.75em);
    text-align: start;
    white-space: nowrap;
    border-block-end: 1px solid var(--pv-color-border-subtle, GrayText);
  }
  th {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    padding: 0;
    vertical-align: bottom;
    background: var(--pv-color-bg-muted, Canvas);
    border-block-end: var(--pv-border-width-strong, 2px) solid var(--pv-color-border-strong, CanvasText);
  }
  /* A cell that breaks the data schema: a mark beside the value (not colour alone), the reason read after it. */
  td.invalid {
    background: var(--pv-color-error-subtle, Canvas);
    box-shadow: inset 0 -2px 0 var(--pv-color-error-default, CanvasText);
  }
  .mark {
    display: inline-block;
    margin-inline-start: var(--pv-space-1, 0.25em);
    padding-inline: 0.35em;
    border-radius: var(--pv-radius-sm, 4px);
    font-weight: var(--pv-font-weight-bold, 700);
    color: var(--pv-color-error-inverse, Canvas);
    background: var(--pv-color-error-default, CanvasText);
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  th button {
    display: flex;
    align-items: center;
    gap: var(--pv-space-1, 0.25em);
    inline-size: 100%;
    min-block-size: 2.75em;
    margin: 0;
    padding: var(--pv-space-2, 0.5em) var(--pv-space-3, 0.75em);
    font: inherit;
    font-weight: var(--pv-font-weight-bold, 700);
    text-align: inherit;
    color: inherit;
    background: transparent;
    border: 0;
    cursor: pointer;
  }
  th.num button {
    justify-content: flex-end;
  }
  th button:focus-visible {
    outline-offset: calc(-1 * var(--pv-focus-ring-width, 3px));
    box-shadow: none;
  }
  th button::after {
    content: '↕';
    content: '↕' / '';
    font-weight: var(--pv-font-weight-regular, 400);
  }
  th[aria-sort='ascending'] button::after {
    content: '↑';
    content: '↑' / '';
  }
  th[aria-sort='descending'] button::after {
    content: '↓';
    content: '↓' / '';
  }
  tr.odd > td {
    background: var(--pv-color-bg-subtle, Canvas);
  }
  .pending > td {
    color: var(--pv-color-text-subtle, CanvasText);
    font-style: italic;
  }
  .spacer > td {
    padding: 0;
    border: 0;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--pv-space-2, 0.5em) var(--pv-space-4, 1em);
    margin-block-start: var(--pv-space-3, 0.75em);
  }
  .status {
    margin: 0;
  }
  .btn {
    min-block-size: 2.75em;
    padding: var(--pv-space-2, 0.5em) var(--pv-space-4, 1em);
    font: inherit;
    font-weight: var(--pv-font-weight-bold, 700);
    color: var(--pv-color-action-default, ButtonText);
    background: var(--pv-color-bg-default, ButtonFace);
    border: var(--pv-border-width-default, 2px) solid currentColor;
    border-radius: var(--pv-radius-md, 6px);
    cursor: pointer;
  }
  .btn:hover {
    background: var(--pv-color-action-subtle, ButtonFace);
  }
  .btn[aria-disabled='true'] {
    cursor: not-allowed;
    color: var(--pv-color-text-disabled, GrayText);
  }
  .empty {
    margin-block: var(--pv-space-3, 0.75em);
  }
  @media (forced-colors: active) {
    th {
      background: Canvas;
    }
    .mark {
      border: 1px solid CanvasText;
    }
    .btn {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    .btn[aria-disabled='true'] {
      color: GrayText;
    }
  }
`;
