import { css } from 'lit';

export const paginationStyles = css`
  :host {
    display: block;
    margin-block: var(--pv-space-5, 1.5em);
  }
  nav {
    container-type: inline-size;
  }
  .list {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--pv-space-1, 0.25em);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: flex;
  }
  .gap {
    align-items: center;
    min-inline-size: 1.5em;
    justify-content: center;
    color: var(--pv-color-text-subtle, CanvasText);
  }
  .control {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--pv-space-1, 0.25em);
    min-inline-size: 2.75em;
    min-block-size: 2.75em;
    margin: 0;
    padding: var(--pv-space-1, 0.25em) var(--pv-space-2, 0.5em);
    font: inherit;
    font-weight: var(--pv-font-weight-medium, 500);
    color: var(--pv-color-action-default, LinkText);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    background: transparent;
    border: var(--pv-border-width-default, 2px) solid transparent;
    border-radius: var(--pv-radius-sm, 4px);
    cursor: pointer;
  }
  .control:hover {
    color: var(--pv-color-action-hover, LinkText);
    text-decoration-thickness: 0.15em;
    background: var(--pv-color-action-subtle, transparent);
  }
  .control[aria-current='page'] {
    color: var(--pv-color-text-inverse, Canvas);
    background: var(--pv-color-action-default, CanvasText);
    border-color: var(--pv-color-action-default, CanvasText);
    text-decoration: none;
    font-weight: var(--pv-font-weight-bold, 700);
  }
  svg {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
  }
  /* Reflow at 320 px (and 400 % zoom): only the current page stays between Previous and Next. */
  @container (max-width: 24em) {
    .number:not(.is-current),
    .gap {
      display: none;
    }
    .list {
      flex-wrap: nowrap;
      justify-content: space-between;
    }
    .control {
      padding-inline: var(--pv-space-1, 0.25em);
    }
  }
  @media (forced-colors: active) {
    a.control {
      color: LinkText;
    }
    button.control {
      color: ButtonText;
    }
    .control[aria-current='page'] {
      color: CanvasText;
      background: Canvas;
      border-color: CanvasText;
      text-decoration: underline;
      text-decoration-thickness: 0.2em;
    }
  }
`;
