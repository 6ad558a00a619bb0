import { css } from 'lit';

export const progressStyles = css`
  :host {
    display: block;
    margin-block-end: var(--pv-space-4, 1em);
  }
  .label {
    display: block;
    font-weight: var(--pv-font-weight-bold, 700);
    margin-block-end: var(--pv-space-1, 0.25em);
    overflow-wrap: anywhere;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--pv-space-1, 0.25em) var(--pv-space-3, 0.75em);
  }
  progress {
    flex: 1 1 12em;
    min-inline-size: 0;
    block-size: 1em;
    appearance: none;
    border: var(--pv-border-width-default, 2px) solid var(--pv-color-border-strong, CanvasText);
    border-radius: var(--pv-radius-pill, 999px);
    background: var(--pv-progress-track, var(--pv-color-bg-muted, Canvas));
    overflow: hidden;
  }
  progress::-webkit-progress-bar {
    background: var(--pv-progress-track, var(--pv-color-bg-muted, Canvas));
  }
  progress::-webkit-progress-value {
    background: var(--pv-progress-bar, var(--pv-color-action-default, Highlight));
    transition: inline-size var(--pv-duration-base, 0.2s);
  }
  progress::-moz-progress-bar {
    background: var(--pv-progress-bar, var(--pv-color-action-default, Highlight));
  }
  /* Indeterminate: a moving stripe where motion is welcome, a hatched still track otherwise. */
  progress:indeterminate {
    background: linear-gradient(90deg, transparent 0 35%, var(--pv-progress-bar, var(--pv-color-action-default, Highlight)) 35% 65%, transparent 65%)
      0 0 / 200% 100% var(--pv-progress-track, var(--pv-color-bg-muted, Canvas));
    animation: pv-slide 1.4s linear infinite;
  }
  progress:indeterminate::-webkit-progress-bar {
    background: transparent;
  }
  @keyframes pv-slide {
    from { background-position: 100% 0; }
    to { background-position: -100% 0; }
  }
  .text {
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  @media (prefers-reduced-motion: reduce) {
    progress:indeterminate {
      animation: none;
      background: repeating-linear-gradient(45deg, var(--pv-progress-bar, var(--pv-color-action-default, Highlight)) 0 0.25em, transparent 0.25em 0.6em)
        var(--pv-progress-track, var(--pv-color-bg-muted, Canvas));
    }
    progress::-webkit-progress-value {
      transition: none;
    }
  }
  /* Forced colours would flatten every background to Canvas: keep the bar in system colours. */
  @media (forced-colors: active) {
    progress,
    progress::-webkit-progress-bar {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    progress::-webkit-progress-value {
      forced-color-adjust: none;
      background: Highlight;
    }
    progress::-moz-progress-bar {
      forced-color-adjust: none;
      background: Highlight;
    }
    progress:indeterminate {
      background: repeating-linear-gradient(45deg, Highlight 0 0.25em, Canvas 0.25em 0.6em);
    }
  }
`;
