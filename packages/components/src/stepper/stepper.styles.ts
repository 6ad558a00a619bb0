import { css } from 'lit';

export const stepperStyles = css`
  :host {
    display: block;
    margin-block-end: var(--pv-space-6, 2em);
  }
  .stepper {
    container-type: inline-size;
  }
  .heading {
    margin: 0 0 var(--pv-space-3, 0.75em);
    font-size: var(--pv-font-size-lg, 1.25em);
    font-weight: var(--pv-font-weight-bold, 700);
    line-height: var(--pv-line-height-tight, 1.25);
    overflow-wrap: anywhere;
  }
  .compact,
  .progress {
    display: none;
  }
  .steps {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(9em, 100%), 1fr));
    gap: var(--pv-space-3, 0.75em) var(--pv-space-2, 0.5em);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .step {
    display: flex;
    border-block-start: var(--pv-border-width-strong, 4px) dashed var(--pv-stepper-todo, var(--pv-color-border-strong, GrayText));
  }
  .step:not([data-state='todo']) {
    border-block-start-style: solid;
  }
  .box {
    display: flex;
    align-items: flex-start;
    gap: var(--pv-space-2, 0.5em);
    inline-size: 100%;
    min-block-size: 2.75em;
    padding-block: var(--pv-space-2, 0.5em);
    color: var(--pv-color-text-default, CanvasText);
    text-decoration: none;
  }
  a.box .label {
    color: var(--pv-color-action-default, LinkText);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a.box:hover .label {
    color: var(--pv-color-action-hover, LinkText);
    text-decoration-thickness: 0.15em;
  }
  .marker {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.1em;
    min-inline-size: 1.75em;
    block-size: 1.75em;
    padding-inline: 0.35em;
    font-size: var(--pv-font-size-sm, 0.875em);
    font-weight: var(--pv-font-weight-bold, 700);
    color: var(--pv-color-text-default, CanvasText);
    background: transparent;
    border: var(--pv-border-width-default, 2px) solid var(--pv-stepper-todo, var(--pv-color-border-strong, GrayText));
    border-radius: var(--pv-radius-pill, 999px);
  }
  .step:not([data-state='todo']) .marker {
    color: var(--pv-color-text-inverse, Canvas);
  }
  .marker svg {
    inline-size: 1em;
    block-size: 1em;
  }
  .label {
    padding-block-start: 0.1em;
    overflow-wrap: anywhere;
  }
  .step[data-state='current'] .label {
    font-weight: var(--pv-font-weight-bold, 700);
  }
  .progress {
    inline-size: 100%;
    block-size: 0.75em;
    overflow: visible;
  }
  .segment {
    fill: var(--pv-progress-track, var(--pv-color-bg-muted, Canvas));
    stroke: var(--pv-stepper-todo, var(--pv-color-border-strong, GrayText));
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  /* State colours: the top border and marker of a step, and its segment of the compact bar. */
  .step[data-state='done'],
  .step[data-state='done'] .marker {
    border-color: var(--pv-stepper-done, var(--pv-color-success-default, CanvasText));
  }
  .step[data-state='done'] .marker {
    background: var(--pv-stepper-done, var(--pv-color-success-default, CanvasText));
  }
  .segment[data-state='done'] {
    fill: var(--pv-stepper-done, var(--pv-color-success-default, CanvasText));
    stroke: var(--pv-stepper-done, var(--pv-color-success-default, CanvasText));
  }
  .step[data-state='current'],
  .step[data-state='current'] .marker {
    border-color: var(--pv-stepper-current, var(--pv-color-action-default, Highlight));
  }
  .step[data-state='current'] .marker {
    background: var(--pv-stepper-current, var(--pv-color-action-default, Highlight));
  }
  .segment[data-state='current'] {
    fill: var(--pv-stepper-current, var(--pv-color-action-default, Highlight));
    stroke: var(--pv-stepper-current, var(--pv-color-action-default, Highlight));
  }
  .step[data-state='error'],
  .step[data-state='error'] .marker {
    border-color: var(--pv-stepper-error, var(--pv-color-error-default, CanvasText));
  }
  .step[data-state='error'] .marker {
    background: var(--pv-stepper-error, var(--pv-color-error-default, CanvasText));
  }
  .segment[data-state='error'] {
    fill: var(--pv-stepper-error, var(--pv-color-error-default, CanvasText));
    stroke: var(--pv-stepper-error, var(--pv-color-error-default, CanvasText));
  }
  /* Compact view at 320 px (or 400 % zoom), or when asked: "Étape 2 sur 5 : Budget" and a progress bar. */
  :host([compact]) .full,
  :host([compact]) .steps {
    display: none;
  }
  :host([compact]) .compact {
    display: inline;
  }
  :host([compact]) .progress {
    display: block;
  }
  @container (max-width: 20em) {
    .full,
    .steps {
      display: none;
    }
    .compact {
      display: inline;
    }
    .progress {
      display: block;
    }
  }
  @media (forced-colors: active) {
    .marker,
    .progress {
      forced-color-adjust: none;
    }
    .step,
    .step[data-state] .marker {
      border-color: CanvasText;
    }
    .step[data-state='current'],
    .step[data-state='current'] .marker {
      border-color: Highlight;
    }
    .segment[data-state] {
      fill: Canvas;
      stroke: CanvasText;
    }
    .marker,
    .step:not([data-state='todo']) .marker {
      color: CanvasText;
      background: Canvas;
    }
    .segment[data-state='done'],
    .segment[data-state='error'] {
      fill: CanvasText;
    }
    .segment[data-state='current'] {
      fill: Highlight;
      stroke: Highlight;
    }
    a.box .label {
      color: LinkText;
    }
  }
`;
