import { css } from 'lit';

export const buttonStyles = css`
  :host {
    display: inline-block;
    max-inline-size: 100%;
    vertical-align: middle;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 2.75em;
    margin: 0;
    padding: var(--pv-space-2, 0.5em) var(--pv-space-4, 1em);
    font: inherit;
    font-weight: var(--pv-font-weight-bold, 700);
    line-height: var(--pv-line-height-tight, 1.25);
    text-align: center;
    text-decoration: none;
    overflow-wrap: anywhere;
    cursor: pointer;
    color: var(--pv-button-text, var(--pv-color-action-inverse, ButtonFace));
    background: var(--pv-button-background, var(--pv-color-action-default, ButtonText));
    border: var(--pv-border-width-default, 2px) solid var(--pv-button-background, var(--pv-color-action-default, ButtonText));
    border-radius: var(--pv-button-radius, var(--pv-radius-md, 6px));
    transition: background-color var(--pv-duration-fast, 0.1s);
  }
  .btn:hover {
    background: var(--pv-button-background-hover, var(--pv-color-action-hover, ButtonText));
    border-color: var(--pv-button-background-hover, var(--pv-color-action-hover, ButtonText));
  }
  .btn:active {
    background: var(--pv-color-action-active, ButtonText);
  }
  :host([variant='secondary']) .btn {
    color: var(--pv-color-action-default, ButtonText);
    background: var(--pv-color-bg-default, ButtonFace);
    border-color: currentColor;
  }
  :host([variant='secondary']) .btn:hover {
    background: var(--pv-color-action-subtle, ButtonFace);
  }
  :host([variant='tertiary']) .btn {
    color: var(--pv-color-action-default, LinkText);
    background: transparent;
    border-color: transparent;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  :host([variant='tertiary']) .btn:hover {
    background: var(--pv-color-action-subtle, transparent);
    text-decoration-thickness: 0.15em;
  }
  :host([variant='danger']) .btn {
    color: var(--pv-color-error-inverse, ButtonFace);
    background: var(--pv-color-error-default, ButtonText);
    border-color: var(--pv-color-error-default, ButtonText);
  }
  :host([variant='danger']) .btn:hover {
    background: var(--pv-color-error-hover, ButtonText);
    border-color: var(--pv-color-error-hover, ButtonText);
  }
  :host([size='sm']) .btn {
    min-block-size: 1.75em;
    padding: var(--pv-space-1, 0.25em) var(--pv-space-3, 0.75em);
    font-size: var(--pv-font-size-sm, 0.875em);
  }
  :host([variant]) .btn:disabled,
  :host([variant]) a.btn[aria-disabled='true'] {
    cursor: not-allowed;
    color: var(--pv-color-text-disabled, GrayText);
    background: var(--pv-color-disabled-subtle, ButtonFace);
    border-color: var(--pv-color-disabled-default, GrayText);
    text-decoration: none;
  }
  :host([loading]) .btn {
    cursor: progress;
  }
  ::slotted([slot='icon']),
  .spinner {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-inline-end: var(--pv-space-2, 0.5em);
  }
  .spinner {
    animation: pv-button-spin 0.8s linear infinite;
  }
  @keyframes pv-button-spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .btn {
      transition: none;
    }
    .spinner {
      animation-duration: 3s;
    }
  }
  @media (forced-colors: active) {
    .btn,
    :host([variant]) .btn {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    :host([variant]) a.btn[href] {
      color: LinkText;
      border-color: LinkText;
    }
    :host([variant]) .btn:disabled,
    :host([variant]) a.btn[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
