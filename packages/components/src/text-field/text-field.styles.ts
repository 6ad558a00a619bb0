import { css } from 'lit';

export const textFieldStyles = css`
  .wrapper {
    display: flex;
    align-items: stretch;
    max-inline-size: 100%;
  }
  :host([width='30']) .wrapper { max-inline-size: 30ch; }
  :host([width='20']) .wrapper { max-inline-size: 20ch; }
  :host([width='10']) .wrapper { max-inline-size: 10ch; }
  :host([width='5']) .wrapper { max-inline-size: 7ch; }
  :host([width='4']) .wrapper { max-inline-size: 6ch; }
  :host([width='3']) .wrapper { max-inline-size: 5ch; }
  :host([width='2']) .wrapper { max-inline-size: 4ch; }
  .control {
    flex: 1 1 auto;
    min-inline-size: 0;
  }
  .affix {
    display: flex;
    align-items: center;
    padding: 0 var(--pv-space-3, 0.75em);
    background: var(--pv-color-bg-muted, Canvas);
    border: var(--pv-border-width-default, 2px) solid var(--pv-control-border, var(--pv-color-border-strong, CanvasText));
    white-space: nowrap;
  }
  .affix:first-child { border-inline-end: 0; }
  .affix:last-child { border-inline-start: 0; }
`;
