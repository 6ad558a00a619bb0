import { css } from 'lit';

/**
 * Colours come from the semantic tokens only (there are no data-visualisation tokens yet), always
 * with a pattern over them; no style attribute anywhere (strict CSP): geometry is in SVG
 * attributes, paint in these classes.
 */
export const chartStyles = css`
  :host {
    display: block;
    overflow-wrap: anywhere;
  }
  .title {
    margin: 0 0 var(--pv-space-1, 0.25em);
    font-size: var(--pv-font-size-lg, 1.125em);
    font-weight: var(--pv-font-weight-bold, 700);
    line-height: var(--pv-line-height-tight, 1.25);
  }
  .summary,
  .message,
  .note {
    margin: 0 0 var(--pv-space-3, 0.75em);
    max-inline-size: 45em;
  }
  .message {
    padding: var(--pv-space-3, 0.75em) var(--pv-space-4, 1em);
    border-inline-start: 0.35em solid var(--pv-color-info-default, CanvasText);
    background: var(--pv-color-info-subtle, Canvas);
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: var(--pv-space-2, 0.5em);
    min-block-size: 2.75em;
    margin: 0 0 var(--pv-space-3, 0.75em);
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
  .toggle:hover {
    background: var(--pv-color-action-subtle, ButtonFace);
  }
  .toggle .box {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  .toggle .tick-mark {
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
  }
  .plot {
    display: block;
    inline-size: 100%;
    block-size: auto;
    font-size: 0.875em;
  }
  text {
    fill: var(--pv-color-text-default, CanvasText);
  }
  .value,
  .slice-label {
    font-weight: var(--pv-font-weight-bold, 700);
  }
  /* A halo in the background colour: a label above its bar (320 px) stays readable across grid lines. */
  .label,
  .slice-label {
    paint-order: stroke;
    stroke: var(--pv-color-bg-default, Canvas);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  .grid {
    stroke: var(--pv-color-border-subtle, GrayText);
    stroke-width: 1;
  }
  .axis {
    stroke: var(--pv-color-text-default, CanvasText);
    stroke-width: 1.5;
  }
  .area {
    stroke: var(--pv-color-text-default, CanvasText);
    stroke-width: 1;
  }
  .slice .area {
    stroke: var(--pv-color-bg-default, Canvas);
    stroke-width: 2;
  }
  .hatch {
    stroke: none;
  }
  .ink {
    fill: none;
    stroke: var(--pv-color-bg-default, Canvas);
    stroke-width: 1.5;
  }
  .ink.dot {
    fill: var(--pv-color-bg-default, Canvas);
    stroke: none;
  }
  .c0 {
    fill: var(--pv-color-info-default, #1d4f91);
  }
  .c1 {
    fill: var(--pv-color-accent-default, #a3472a);
  }
  .c2 {
    fill: var(--pv-color-success-default, #1e6b3a);
  }
  .c3 {
    fill: var(--pv-color-warning-default, #8a5a00);
  }
  .c4 {
    fill: var(--pv-color-action-default, #0f6b6b);
  }
  .c5 {
    fill: var(--pv-color-text-subtle, #444);
  }
  .trend {
    fill: none;
    stroke: var(--pv-color-info-default, CanvasText);
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  .marker {
    fill: var(--pv-color-info-default, CanvasText);
    stroke: var(--pv-color-bg-default, Canvas);
    stroke-width: 2;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--pv-space-1, 0.25em) var(--pv-space-4, 1em);
    margin: var(--pv-space-2, 0.5em) 0 var(--pv-space-3, 0.75em);
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    align-items: baseline;
    gap: var(--pv-space-2, 0.5em);
  }
  .swatch {
    flex: none;
    align-self: center;
  }
  table {
    inline-size: 100%;
    max-inline-size: 45em;
    margin-block-end: var(--pv-space-3, 0.75em);
    border-collapse: collapse;
  }
  th,
  td {
    padding: var(--pv-space-1, 0.25em) var(--pv-space-2, 0.5em);
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--pv-color-border-default, CanvasText);
  }
  thead th {
    border-block-end-width: 2px;
  }
  td {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    /* System colours replace the palette: the patterns alone tell the categories apart. */
    .area {
      fill: Canvas;
      stroke: CanvasText;
    }
    .slice .area {
      stroke: CanvasText;
    }
    .ink {
      stroke: CanvasText;
    }
    .ink.dot {
      fill: CanvasText;
    }
    text {
      fill: CanvasText;
    }
    .label,
    .slice-label {
      stroke: Canvas;
    }
    .grid {
      stroke: GrayText;
    }
    .axis,
    .trend {
      stroke: CanvasText;
    }
    .marker {
      fill: CanvasText;
      stroke: Canvas;
    }
    .toggle {
      color: ButtonText;
      border-color: ButtonText;
    }
  }
`;
