import { css } from 'lit';

export const textFieldStyles = css`
  .wrapper {
    display: flex;
    align-items: stretch;
    max-inline-size: 100%;
  }
  .control {
    flex: 1 1 auto;
    min-inline-size: 0;
  }
  /* width="N": room for N characters inside the padding and border, the affixes come on top */
  :host([width='30']) { --_pv-chars: 30; }
  :host([width='20']) { --_pv-chars: 20; }
  :host([width='10']) { --_pv-chars: 10; }
  :host([width='5']) { --_pv-chars: 5; }
  :host([width='4']) { --_pv-chars: 4; }
  :host([width='3']) { --_pv-chars: 3; }
  :host([width='2']) { --_pv-chars: 2; }
  :host([width]:not([width='full'])) .control {
    flex: 0 1 auto;
    inline-size: calc(var(--_pv-chars, 20) * 1.1ch + 2 * var(--pv-space-3, 0.75em) + 2 * var(--pv-border-width-default, 2px));
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
