import { css } from 'lit';

/**
 * Series colours are the chart palette `--pv-color-data-1` … `-8`, which every theme sets (each
 * ≥ 3:1 on its backgrounds, neighbours apart in hue and lightness), always with a pattern over
 * them; no style attribute anywhere (strict CSP): geometry is in SVG attributes, paint in these
 * classes. The fallback of each colour is the semantic role the chart used before the palette
 * existed, so a theme file written before it still draws distinct series.
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
    fill: var(--pv-color-data-1, var(--pv-color-info-default, CanvasText));
  }
  .c1 {
    fill: var(--pv-color-data-2, var(--pv-color-accent-default, CanvasText));
  }
  .c2 {
    fill: var(--pv-color-data-3, var(--pv-color-success-default, CanvasText));
  }
  .c3 {
    fill: var(--pv-color-data-4, var(--pv-color-warning-default, CanvasText));
  }
  .c4 {
    fill: var(--pv-color-data-5, var(--pv-color-action-default, CanvasText));
  }
  .c5 {
    fill: var(--pv-color-data-6, var(--pv-color-text-subtle, CanvasText));
  }
  .c6 {
    fill: var(--pv-color-data-7, var(--pv-color-error-default, CanvasText));
  }
  .c7 {
    fill: var(--pv-color-data-8, var(--pv-color-border-strong, CanvasText));
  }
  /* A line is one series: the first colour of the palette. */
  .trend {
    fill: none;
    stroke: var(--pv-color-data-1, var(--pv-color-info-default, CanvasText));
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  .marker {
    fill: var(--pv-color-data-1, var(--pv-color-info-default, CanvasText));
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
    /* System colours replace the palette (every .cN fill gives way to .area below, which comes
       later with the same specificity): the patterns alone tell the categories apart. */
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
