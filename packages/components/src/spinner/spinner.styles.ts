import { css } from 'lit';

export const spinnerStyles = css`
  :host {
    display: inline-flex;
    align-items: center;
    gap: var(--pv-space-2, 0.5em);
    max-inline-size: 100%;
  }
  .indicator {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    border-radius: 50%;
    border: 0.2em solid var(--pv-color-border-subtle, GrayText);
    border-block-start-color: var(--pv-color-action-default, CanvasText);
    animation: pv-spin 0.9s linear infinite;
  }
  .label {
    overflow-wrap: anywhere;
  }
  @keyframes pv-spin {
    to {
      transform: rotate(1turn);
    }
  }
  /* No movement: a still ring with a dotted track still says "waiting" next to the text. */
  @media (prefers-reduced-motion: reduce) {
    .indicator {
      animation: none;
      border-style: dotted;
      border-color: var(--pv-color-action-default, CanvasText);
    }
  }
  @media (forced-colors: active) {
    .indicator {
      border-color: GrayText;
      border-block-start-color: CanvasText;
    }
  }
`;
